package dev.liaison.people;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.liaison.slack.SlackUser;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A Slack user of one workspace, as last read from users.info (refreshed at most daily). */
@Document("people")
@CompoundIndex(name = "team_user", def = "{'teamId': 1, 'userId': 1}", unique = true)
public class Person {

    @Id
    private String id;
    private String teamId;
    private String userId;
    private String name;
    private String realName;
    private String tz;
    /** The workspace's time zone when Slack's tz is one Java does not know (read at each refresh). */
    private String fallbackTz;
    private String homeTeamId;
    private String enterpriseId;
    private boolean admin;
    private boolean workspaceAdmin;
    private boolean guest;
    private boolean stranger;
    private boolean bot;
    private boolean deleted;
    private Instant firstSeenAt;
    private Instant refreshedAt;
    /** HH:mm; null means the default 09:00. */
    private String digestTime;
    private boolean digestOff;
    private String workStart;
    private String workEnd;
    private List<DayOfWeek> workDays;
    /** The person's team lead (null: nobody set one). */
    private String leadId;
    /** The e-mail of their Slack profile, lower case: how their calendar and mailbox are found. */
    private String email;
    /** {@code /liaison me mail off}: their mailbox is not read for touches. */
    private boolean mailOff;
    /** Clients this person can carry; null means the default 10. */
    private Integer capacity;
    /** Public holidays this person keeps ({@link HolidayRegions} code, e.g. gb-eng); null: the workspace's default. */
    private String holidays;
    @Version
    private Long version;

    protected Person() {
    }

    Person(String teamId, String userId, Instant firstSeenAt) {
        this.id = key(teamId, userId);
        this.teamId = teamId;
        this.userId = userId;
        this.firstSeenAt = firstSeenAt;
    }

    /**
     * A copy to hand out from {@link PeopleCache}: callers change the person they get (the admin flag,
     * a setting before it is saved), and must not change the cached one. Every field is copied
     * ({@code PersonCopyTest} fails for one left out).
     */
    Person copy() {
        Person c = new Person();
        c.id = id;
        c.teamId = teamId;
        c.userId = userId;
        c.name = name;
        c.realName = realName;
        c.tz = tz;
        c.fallbackTz = fallbackTz;
        c.homeTeamId = homeTeamId;
        c.enterpriseId = enterpriseId;
        c.admin = admin;
        c.workspaceAdmin = workspaceAdmin;
        c.guest = guest;
        c.stranger = stranger;
        c.bot = bot;
        c.deleted = deleted;
        c.firstSeenAt = firstSeenAt;
        c.refreshedAt = refreshedAt;
        c.digestTime = digestTime;
        c.digestOff = digestOff;
        c.workStart = workStart;
        c.workEnd = workEnd;
        c.workDays = workDays == null ? null : List.copyOf(workDays);
        c.leadId = leadId;
        c.email = email;
        c.mailOff = mailOff;
        c.capacity = capacity;
        c.holidays = holidays;
        c.version = version;
        return c;
    }

    static String key(String teamId, String userId) {
        return teamId + ":" + userId;
    }

    /**
     * The person's Slack time zone; when Slack gave none, or one Java does not know, the workspace's
     * (its working hours' zone), else UTC.
     */
    public ZoneId zone() {
        return known(tz).or(() -> known(fallbackTz)).orElse(ZoneOffset.UTC);
    }

    /** False when Slack's time zone for this person is missing or unknown to Java (then {@link #zone()} is the workspace's). */
    public boolean zoneKnown() {
        return known(tz).isPresent();
    }

    private static Optional<ZoneId> known(String zone) {
        if (zone == null || zone.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zone));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** The name to show: real name, else handle, else the id. */
    public String displayName() {
        if (realName != null && !realName.isBlank()) {
            return realName;
        }
        return name != null && !name.isBlank() ? name : userId;
    }

    public PersonalSchedule schedule() {
        return new PersonalSchedule(zone(),
                digestOff ? null : digestTime == null ? PersonalSchedule.DEFAULT_DIGEST : LocalTime.parse(digestTime),
                workStart == null ? PersonalSchedule.DEFAULT_START : LocalTime.parse(workStart),
                workEnd == null ? PersonalSchedule.DEFAULT_END : LocalTime.parse(workEnd),
                workDays == null ? null : Set.copyOf(workDays));
    }

    void setDigest(LocalTime time) {
        this.digestOff = time == null;
        this.digestTime = time == null ? null : time.toString();
    }

    void setWorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {
        this.workStart = start.toString();
        this.workEnd = end.toString();
        this.workDays = days.stream().sorted().toList();
    }

    public static final int DEFAULT_CAPACITY = 10;

    public String leadId() { return leadId; }
    public int capacity() { return capacity == null ? DEFAULT_CAPACITY : capacity; }
    void setLeadId(String leadId) { this.leadId = leadId; }
    void setCapacity(int capacity) { this.capacity = capacity; }
    /** This person's own holiday code (e.g. {@code gb-eng}); null when they keep the workspace's default. */
    public String holidayCode() { return holidays; }
    void setHolidayCode(String code) { this.holidays = code; }

    public String email() { return email; }
    public boolean mailOff() { return mailOff; }
    void setMailOff(boolean off) { this.mailOff = off; }

    public String id() { return id; }
    public String teamId() { return teamId; }
    public String userId() { return userId; }
    public String name() { return name; }
    public String realName() { return realName; }
    public String tz() { return tz; }
    public String homeTeamId() { return homeTeamId; }
    public String enterpriseId() { return enterpriseId; }
    public boolean admin() { return admin; }
    public boolean workspaceAdmin() { return workspaceAdmin; }
    public boolean guest() { return guest; }
    public boolean stranger() { return stranger; }
    public boolean bot() { return bot; }
    public boolean deleted() { return deleted; }
    public Instant firstSeenAt() { return firstSeenAt; }
    public Instant refreshedAt() { return refreshedAt; }

    void refresh(SlackUser user, boolean liaisonAdmin, ZoneId workspaceZone, Instant at) {
        this.name = user.name();
        this.realName = user.realName();
        this.tz = user.tz();
        this.fallbackTz = workspaceZone == null ? null : workspaceZone.getId();
        this.homeTeamId = user.homeTeamId();
        this.enterpriseId = user.enterpriseId();
        this.workspaceAdmin = user.workspaceAdmin();
        this.guest = user.guest();
        this.stranger = user.stranger();
        this.bot = user.bot();
        this.deleted = user.deleted();
        this.email = user.email();
        this.admin = liaisonAdmin;
        this.refreshedAt = at;
    }

    void setAdmin(boolean admin) {
        this.admin = admin;
    }
}
