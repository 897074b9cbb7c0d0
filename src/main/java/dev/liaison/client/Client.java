package dev.liaison.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A client account of one workspace, together with everything its status card needs (last touch,
 * the last few touches, this month's budget use, open tasks and escalations), so reading a card
 * is one document whatever the length of the history.
 */
@Document("clients")
@CompoundIndex(name = "team_name", def = "{'teamId': 1, 'nameKey': 1}", unique = true)
public class Client {

    static final int RECENT_TOUCHES = 5;
    static final int NEGATIVE_TOUCHES_KEPT = 10;

    /**
     * A touch as the card shows it.
     *
     * @param source where it was logged from ({@link Interaction#source()}), e.g. {@code google-calendar}
     *               (null on touches stored before it was copied here)
     */
    public record TouchSummary(Instant at, TouchType type, Sentiment sentiment, String summary, String by,
                               int minutes, String source) {

        /** "meeting", or "meeting from Google Calendar" for a touch a calendar or mail sync logged. */
        public String described() {
            return type.label() + TouchSource.labelOf(source).map(l -> " from " + l).orElse("");
        }
    }

    /** An open task as the card shows it; the task itself lives in the task feature. */
    public record OpenTask(String number, String title, String assigneeId, String due) {
        public LocalDate dueDate() {
            return due == null ? null : LocalDate.parse(due);
        }
    }

    /**
     * An open escalation as the card and the health score see it.
     *
     * @param permalink the escalation thread's link (null when Slack gave none)
     */
    public record OpenEscalation(String id, String severity, String summary, Instant openedAt, String permalink) {
    }

    @Id
    private String id;
    private String teamId;
    private String name;
    private String nameKey;
    private List<String> aliases = new ArrayList<>();
    private String ownerId;
    private String backupId;
    private Tier tier = Tier.GROWTH;
    private int cadenceDays = Tier.GROWTH.defaultCadenceDays();
    private List<String> channelIds = new ArrayList<>();
    /** ISO date: a LocalDate would be stored as a midnight in the server's zone. */
    private String renewal;
    private Long retainerCents;
    private Double budgetHours;
    /** The client's e-mail domains, lower case, each once (see {@link EmailDomains}). */
    private List<String> domains = new ArrayList<>();
    private ClientStatus status = ClientStatus.ACTIVE;
    /** Weeks between quarterly business reviews: null for the tier's default, 0 for none. */
    private Integer qbrWeeks;
    /** ISO date of the last quarterly business review held (see {@link QbrSchedule}). */
    private String qbrHeldOn;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;

    private Instant lastTouchAt;
    private long touchCount;
    private List<TouchSummary> recentTouches = new ArrayList<>();
    private List<Instant> negativeTouchTimes = new ArrayList<>();
    /** yyyy-MM (UTC) of {@link #budgetMinutes}; a new month starts from zero. */
    private String budgetMonth;
    private int budgetMinutes;
    private List<OpenTask> openTasks = new ArrayList<>();
    private List<OpenEscalation> openEscalations = new ArrayList<>();

    /** Weeks between client status updates; null: no update cadence. */
    private Integer updateWeeks;
    /** When the last client status update was posted to the client; null: never. */
    private Instant lastUpdateAt;

    /** Check-in nudges leave the client alone until then. */
    private Instant snoozedUntil;

    @Version
    private Long version;

    protected Client() {
    }

    Client(String teamId, String name, String nameKey, String ownerId, Instant createdAt, String createdBy) {
        this.teamId = teamId;
        this.name = name;
        this.nameKey = nameKey;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
    }

    /** Copies what the card needs from a new touch; the full record is the {@link Interaction}. */
    void recordTouch(Interaction touch, String month) {
        if (lastTouchAt == null || touch.occurredAt().isAfter(lastTouchAt)) {
            lastTouchAt = touch.occurredAt();
        }
        touchCount++;
        recentTouches.add(new TouchSummary(touch.occurredAt(), touch.type(), touch.sentiment(),
                touch.summary() == null ? "" : touch.summary().substring(0, Math.min(300, touch.summary().length())),
                touch.loggedBy(), touch.minutes(), touch.source()));
        recentTouches.sort(Comparator.comparing(TouchSummary::at).reversed());
        if (recentTouches.size() > RECENT_TOUCHES) {
            recentTouches = new ArrayList<>(recentTouches.subList(0, RECENT_TOUCHES));
        }
        if (touch.sentiment() == Sentiment.NEGATIVE) {
            negativeTouchTimes.add(touch.occurredAt());
            negativeTouchTimes.sort(Comparator.reverseOrder());
            if (negativeTouchTimes.size() > NEGATIVE_TOUCHES_KEPT) {
                negativeTouchTimes = new ArrayList<>(negativeTouchTimes.subList(0, NEGATIVE_TOUCHES_KEPT));
            }
        }
        if (touch.minutes() > 0) {
            if (!month.equals(budgetMonth)) {
                budgetMonth = month;
                budgetMinutes = 0;
            }
            budgetMinutes += touch.minutes();
        }
    }

    /** Minutes used in the given month (zero when the stored month is an older one). */
    public int budgetMinutesIn(String month) {
        return month.equals(budgetMonth) ? budgetMinutes : 0;
    }

    public long negativeTouchesSince(Instant since) {
        return negativeTouchTimes.stream().filter(at -> !at.isBefore(since)).count();
    }

    public String id() { return id; }
    public String teamId() { return teamId; }
    public String name() { return name; }
    public String nameKey() { return nameKey; }
    public List<String> aliases() { return List.copyOf(aliases); }
    public String ownerId() { return ownerId; }
    public String backupId() { return backupId; }
    public Tier tier() { return tier; }
    public int cadenceDays() { return cadenceDays; }
    public List<String> channelIds() { return List.copyOf(channelIds); }
    public LocalDate renewal() { return renewal == null ? null : LocalDate.parse(renewal); }
    public Long retainerCents() { return retainerCents; }
    public Double budgetHours() { return budgetHours; }
    public List<String> domains() { return domains == null ? List.of() : List.copyOf(domains); }
    public ClientStatus status() { return status; }
    /** The weeks between quarterly business reviews as set on the client; null when it follows its tier. */
    public Integer qbrWeeksSet() { return qbrWeeks; }
    /** The weeks between quarterly business reviews in effect (0: none). */
    public int qbrWeeks() { return qbrWeeks != null ? qbrWeeks : QbrSchedule.defaultWeeks(tier); }
    public LocalDate qbrHeldOn() { return qbrHeldOn == null ? null : LocalDate.parse(qbrHeldOn); }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant updatedAt() { return updatedAt; }
    public Instant lastTouchAt() { return lastTouchAt; }
    public long touchCount() { return touchCount; }
    public List<TouchSummary> recentTouches() { return List.copyOf(recentTouches); }
    public List<OpenTask> openTasks() { return List.copyOf(openTasks); }
    public List<OpenEscalation> openEscalations() { return List.copyOf(openEscalations); }
    public Instant snoozedUntil() { return snoozedUntil; }
    public Integer updateWeeks() { return updateWeeks; }
    public Instant lastUpdateAt() { return lastUpdateAt; }

    /**
     * When the next client status update is due: the last one plus the update cadence, or now when
     * none was ever posted; null without an update cadence.
     */
    public Instant updateDueAt(Instant now) {
        if (updateWeeks == null) {
            return null;
        }
        return lastUpdateAt == null ? now : lastUpdateAt.plus(java.time.Duration.ofDays(7L * updateWeeks));
    }

    /** An active client whose update cadence has come round (or that never had an update). */
    public boolean updateDue(Instant now) {
        Instant due = updateDueAt(now);
        return status == ClientStatus.ACTIVE && due != null && !now.isBefore(due);
    }

    /** Due for a check-in now: active, past its cadence, and not snoozed. */
    public boolean dueForCheckIn(Instant now) {
        return status == ClientStatus.ACTIVE && CheckInPolicy.isDue(lastTouchAt, createdAt, cadenceDays, now)
                && (snoozedUntil == null || !now.isBefore(snoozedUntil));
    }

    void snoozeUntil(Instant until) { this.snoozedUntil = until; }

    /** Before the first insert only: a new client's id, chosen by us instead of the database. */
    void assignId(String id) {
        if (this.id != null) {
            throw new IllegalStateException("Client " + this.id + " already has an id");
        }
        this.id = id;
    }

    void rename(String name, String nameKey) { this.name = name; this.nameKey = nameKey; }
    void addAlias(String alias) { if (!aliases.contains(alias)) { aliases.add(alias); } }
    void setOwnerId(String ownerId) { this.ownerId = ownerId; }
    void setBackupId(String backupId) { this.backupId = backupId; }
    void setTier(Tier tier) { this.tier = tier; }
    void setCadenceDays(int cadenceDays) { this.cadenceDays = cadenceDays; }
    void addChannel(String channelId) { if (!channelIds.contains(channelId)) { channelIds.add(channelId); } }
    void clearChannels() { channelIds.clear(); }
    void setRenewal(LocalDate renewal) { this.renewal = renewal == null ? null : renewal.toString(); }
    void setRetainerCents(Long retainerCents) { this.retainerCents = retainerCents; }
    void setBudgetHours(Double budgetHours) { this.budgetHours = budgetHours; }
    void setDomains(List<String> domains) { this.domains = new ArrayList<>(domains); }
    void setStatus(ClientStatus status) { this.status = status; }
    void setQbrWeeks(Integer weeks) { this.qbrWeeks = weeks; }
    void qbrHeld(LocalDate on) { this.qbrHeldOn = on.toString(); }
    void setUpdateWeeks(Integer updateWeeks) { this.updateWeeks = updateWeeks; }
    void updatePosted(Instant at) {
        if (lastUpdateAt == null || at.isAfter(lastUpdateAt)) {
            lastUpdateAt = at;
        }
    }
    void touched(Instant at) { this.updatedAt = at; }

    /**
     * A copy of the settable fields, never saved: forms and imports apply their values to it one by
     * one to find which of them would change the client ({@link ClientFields#changes}).
     */
    Client draft() {
        Client draft = new Client(teamId, name, nameKey, ownerId, createdAt, createdBy);
        draft.aliases = new ArrayList<>(aliases);
        draft.backupId = backupId;
        draft.tier = tier;
        draft.cadenceDays = cadenceDays;
        draft.channelIds = new ArrayList<>(channelIds);
        draft.renewal = renewal;
        draft.retainerCents = retainerCents;
        draft.budgetHours = budgetHours;
        draft.domains = new ArrayList<>(domains());
        draft.status = status;
        draft.qbrWeeks = qbrWeeks;
        draft.qbrHeldOn = qbrHeldOn;
        draft.updateWeeks = updateWeeks;
        return draft;
    }

    void addOpenTask(OpenTask task) {
        openTasks.removeIf(t -> t.number().equals(task.number()));
        openTasks.add(task);
    }

    void addOpenEscalation(OpenEscalation escalation) {
        openEscalations.removeIf(e -> e.id().equals(escalation.id()));
        openEscalations.add(escalation);
    }

    void removeOpenEscalation(String id) {
        openEscalations.removeIf(e -> e.id().equals(id));
    }

    boolean removeOpenTask(String number) {
        return openTasks.removeIf(t -> t.number().equals(number));
    }
}
