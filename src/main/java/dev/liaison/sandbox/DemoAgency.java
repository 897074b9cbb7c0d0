package dev.liaison.sandbox;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;
import dev.liaison.client.Client;
import dev.liaison.client.ClientField;
import dev.liaison.client.ClientFields;
import dev.liaison.client.ClientService;
import dev.liaison.client.Sentiment;
import dev.liaison.client.Tier;
import dev.liaison.client.TouchType;
import dev.liaison.escalation.Escalation;
import dev.liaison.escalation.EscalationService;
import dev.liaison.escalation.Severity;
import dev.liaison.ooo.OooService;
import dev.liaison.people.HolidayCalendar;
import dev.liaison.growth.GoalService;
import dev.liaison.growth.OpportunityService;
import dev.liaison.people.PeopleService;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.task.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The demo agency of the sandbox, in its own workspace {@value #TEAM}: a head of accounts, two
 * leads, eight account managers around the world and thirty clients with touches, tasks, a renewal
 * coming up, an open escalation and someone out next week, all dated from now. It is made through
 * Liaison's own services, so everything the page shows is real data; "Reset demo" wipes the demo
 * workspace and makes it again.
 */
@Component
@Conditional(SandboxMode.class)
class DemoAgency {

    private static final Logger log = LoggerFactory.getLogger(DemoAgency.class);

    public static final String TEAM = "TDEMO00001";
    public static final String DOMAIN = "demo-agency";
    public static final String HEAD = "UDEMOHEAD1";

    /** One demo person: id, name, handle, role, time zone, lead. */
    public record DemoPerson(String id, String name, String handle, String role, String tz, String leadId) {
    }

    public static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson(HEAD, "Harriet Hale", "harriet.hale", "Head of accounts (admin)", "Europe/London", null),
            new DemoPerson("UDEMOLEAD1", "Leo Park", "leo.park", "Team lead", "America/New_York", HEAD),
            new DemoPerson("UDEMOLEAD2", "Lina Berg", "lina.berg", "Team lead", "Europe/Berlin", HEAD),
            new DemoPerson("UDEMOAM001", "Ana Lima", "ana.lima", "Account manager", "America/Sao_Paulo", "UDEMOLEAD1"),
            new DemoPerson("UDEMOAM002", "Ben Carter", "ben.carter", "Account manager", "America/Chicago", "UDEMOLEAD1"),
            new DemoPerson("UDEMOAM003", "Chloe Martin", "chloe.martin", "Account manager", "America/Los_Angeles", "UDEMOLEAD1"),
            new DemoPerson("UDEMOAM004", "Dev Patel", "dev.patel", "Account manager", "Asia/Kolkata", "UDEMOLEAD1"),
            new DemoPerson("UDEMOAM005", "Emma Rossi", "emma.rossi", "Account manager", "Europe/Rome", "UDEMOLEAD2"),
            new DemoPerson("UDEMOAM006", "Finn Walsh", "finn.walsh", "Account manager", "Europe/Dublin", "UDEMOLEAD2"),
            new DemoPerson("UDEMOAM007", "Grace Tan", "grace.tan", "Account manager", "Asia/Singapore", "UDEMOLEAD2"),
            new DemoPerson("UDEMOAM008", "Hugo Silva", "hugo.silva", "Account manager", "Australia/Sydney", "UDEMOLEAD2"));

    /** The account manager who is out next week. */
    public static final String AWAY_NEXT_WEEK = "UDEMOAM006";

    static final List<String> CLIENTS = List.of("Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics",
            "Wayne Foods", "Wonka Sweets", "Hooli", "Pied Piper", "Soylent", "Cyberdyne", "Tyrell Labs", "Oscorp",
            "Vandelay Imports", "Dunder Paper", "Monarch Travel", "Nakatomi Trading", "Aperture Science", "Black Mesa",
            "Blue Sun", "Massive Dynamic", "Oceanic Air", "Prestige Worldwide", "Sterling Cooper", "Virtucon",
            "Wernham Hogg", "Bluth Company", "Krusty Krab", "Los Pollos", "Gringotts Bank");

    private static final List<String> SUMMARIES = List.of("Quarterly review: happy with the campaign results",
            "Call about next month's content calendar", "Sent the monthly performance report",
            "Meeting on the new landing pages", "Budget question answered", "Chased the signed scope change",
            "Kick-off for the spring campaign", "Complained about slow turnaround on creatives");

    private final SandboxWorkspace workspace;
    private final PeopleService people;
    private final ClientService clients;
    private final TaskService tasks;
    private final EscalationService escalations;
    private final OooService ooo;
    private final WorkspaceSettingsService settings;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final HolidayCalendar holidays;
    private final SandboxCalendars calendars;
    private final OpportunityService opportunities;
    private final GoalService goals;

    DemoAgency(SandboxWorkspace workspace, PeopleService people, ClientService clients, TaskService tasks,
               EscalationService escalations, OooService ooo, WorkspaceSettingsService settings, MongoTemplate mongo,
               Clock clock, HolidayCalendar holidays, SandboxCalendars calendars, OpportunityService opportunities,
               GoalService goals) {
        this.opportunities = opportunities;
        this.goals = goals;
        this.holidays = holidays;
        this.calendars = calendars;
        this.workspace = workspace;
        this.people = people;
        this.clients = clients;
        this.tasks = tasks;
        this.escalations = escalations;
        this.ooo = ooo;
        this.settings = settings;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** On start: the stand-in learns the demo people again; the data is made only the first time. */
    // before the warm-up, the last of the ready listeners (warmup.WarmUpBeforeReady), which reads what this makes
    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        addMembers();
        if (people.find(TEAM, HEAD).isEmpty()) {
            seed();
        }
        // the stand-in lives in memory: its calendars (and the workspace's key for it) are made at every start
        calendars.seed();
    }

    /** Wipes the demo workspace, in the database and in the stand-in, and makes it again. */
    public synchronized void reset() {
        Query demo = Query.query(new Criteria().orOperator(Criteria.where("teamId").is(TEAM),
                Criteria.where("_id").is(TEAM), Criteria.where("_id").regex("^" + TEAM + ":")));
        for (String collection : mongo.getCollectionNames()) {
            // sequences stay: numbers go on (T-13…) and the client-name index's version only rises, so
            // no instance's cached name matcher mistakes the old clients' names for the new ones
            if (!collection.equals("sequences")) {
                mongo.remove(demo, collection);
            }
        }
        clients.namesChanged(TEAM);
        // what is cached per workspace (people, settings, open opportunities and goals) reloads too
        people.peopleChanged(TEAM);
        settings.changed(TEAM);
        opportunities.changed(TEAM);
        goals.changed(TEAM);
        workspace.clear();
        addMembers();
        seed();
        calendars.seed();
    }

    void addMembers() {
        long now = clock.instant().getEpochSecond();
        for (DemoPerson person : PEOPLE) {
            workspace.addMember(user(person, now));
        }
    }

    private synchronized void seed() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Set<DayOfWeek> everyDay = EnumSet.allOf(DayOfWeek.class);
        for (DemoPerson person : PEOPLE) {
            people.lookup(TEAM, person.id()).orElseThrow();
            // the demo agency works every day and wants its digest early, so "Run now" has something to show
            // whatever day and hour the sandbox is tried
            people.setWorkingHours(TEAM, person.id(), LocalTime.MIDNIGHT, LocalTime.of(23, 59), everyDay);
            people.setDigest(TEAM, person.id(), LocalTime.MIDNIGHT);
        }
        people.setTeam(TEAM, HEAD, List.of("UDEMOLEAD1", "UDEMOLEAD2"));
        people.setTeam(TEAM, "UDEMOLEAD1", ams(0, 4));
        people.setTeam(TEAM, "UDEMOLEAD2", ams(4, 8));
        settings.setEscalationChannel(TEAM, SandboxWorkspace.ESCALATIONS, HEAD);
        settings.setWorkingHours(TEAM, LocalTime.MIDNIGHT, LocalTime.of(23, 59), everyDay, "Europe/London", HEAD);
        // Hugo in Sydney keeps New South Wales' public holidays (/liaison me shows them): on one his digest waits
        // for the next day. Nobody else keeps any, so "Run now" has digests to show on every day of the year.
        holidays.setPersonCode(TEAM, "UDEMOAM008", "au-nsw");

        List<String> ams = ams(0, 8);
        List<Client> made = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/London"));
        for (int i = 0; i < CLIENTS.size(); i++) {
            Tier tier = i % 5 == 0 ? Tier.ENTERPRISE : i % 5 < 3 ? Tier.GROWTH : Tier.STANDARD;
            List<ClientField.Value<?>> fields = new ArrayList<>(List.of(
                    ClientFields.OWNER.of(ams.get(i % ams.size())),
                    ClientFields.BACKUP.of(ams.get((i + 1) % ams.size())),
                    ClientFields.TIER.of(tier),
                    ClientFields.HOURS.of(tier == Tier.ENTERPRISE ? 40.0 : tier == Tier.GROWTH ? 20.0 : 8.0),
                    ClientFields.RETAINER.of((tier == Tier.ENTERPRISE ? 2_500_000L : 800_000L) + i * 10_000L)));
            // Acme's renewal is three weeks out (in every digest's 60-day window); a few others later in the year
            if (i == 0) {
                fields.add(ClientFields.RENEWAL.of(today.plusDays(21)));
                // Acme shares a channel with the agency and wants an update every two weeks: none was
                // posted yet, so one is due in its owner's digest and /client update acme can post it
                fields.add(ClientFields.CHANNEL.of(SandboxWorkspace.ACME_SHARED));
                fields.add(ClientFields.UPDATE.of(2));
                // its people write from acme.example: the demo calendars' meetings and mail with them are touches
                fields.add(ClientFields.DOMAINS.of(List.of(SandboxCalendars.ACME_DOMAIN)));
            } else if (i % 7 == 0) {
                fields.add(ClientFields.RENEWAL.of(today.plusDays(90L + i * 5L)));
            }
            made.add(clients.add(TEAM, ams.get(i % ams.size()), CLIENTS.get(i), fields));
        }
        for (int i = 0; i < made.size(); i++) {
            Client client = made.get(i);
            String owner = ams.get(i % ams.size());
            // some clients touched recently, some well past their cadence (due in digests and nudges)
            int lastTouchDaysAgo = (i * 7) % 40 + 1;
            for (int t = 2; t >= 0; t--) {
                Instant at = now.minus(Duration.ofDays(lastTouchDaysAgo + t * 9L)).minus(Duration.ofHours(i % 5));
                Sentiment sentiment = (i + t) % 6 == 0 ? Sentiment.NEGATIVE : (i + t) % 3 == 0 ? Sentiment.POSITIVE
                        : Sentiment.NEUTRAL;
                TouchType type = TouchType.values()[(i + t) % 4];
                clients.logTouch(TEAM, client.id(), owner, type, sentiment, 30 + (i % 4) * 15,
                        SUMMARIES.get((i + t) % SUMMARIES.size()), at, "demo");
            }
        }
        // quarterly business reviews (enterprise: every 13 weeks): Acme's is due in 10 days, so the digest shows
        // it with Prepare brief; the other enterprise clients held theirs lately
        for (int i = 0; i < made.size(); i += 5) {
            Client client = made.get(i);
            if (client.qbrWeeks() > 0) {
                var owner = people.caller(TEAM, client.ownerId());
                clients.markQbrHeld(owner, client.id(), owner.today().minusDays(i == 0 ? 7L * client.qbrWeeks() - 10 : 3L * i));
            }
        }
        overrun(made.get(OVERRUN_CLIENT), ams.get(OVERRUN_CLIENT % ams.size()), now);
        for (int i = 0; i < 12; i++) {
            Client client = made.get(i * 2);
            String owner = ams.get((i * 2) % ams.size());
            LocalDate due = today.plusDays(i % 4 == 0 ? -1 : i % 4 == 1 ? 0 : i * 2L);
            tasks.add(TEAM, client.id(), List.of("Send the Q" + (1 + i % 4) + " report", "Book the quarterly review",
                    "Update the media plan", "Renewal proposal draft").get(i % 4), owner, due, owner);
        }
        Escalation escalation = escalations.open(TEAM, made.get(1).ownerId(), made.get(1).id(), Severity.P2,
                "Reporting dashboard shows no data since yesterday");
        escalations.announce(TEAM, escalation.id());
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        ooo.declare(TEAM, AWAY_NEXT_WEEK, monday, monday.plusDays(4), AWAY_NEXT_WEEK);
        log.info("Sandbox: demo agency made in workspace {} ({} people, {} clients) in {} ms", TEAM, PEOPLE.size(),
                made.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Initech burns its hours: at this month's pace it ends the month well over budget, whatever day it is. */
    static final int OVERRUN_CLIENT = 2;

    /**
     * Logs enough hours on the client for its owner's month so far to project 130 % at month end (the
     * demo people work every day): its card shows when the budget runs out, its owner's digest the overrun.
     */
    private void overrun(Client client, String owner, Instant now) {
        ZoneId zone = people.zoneOf(TEAM, owner);
        LocalDate day = LocalDate.ofInstant(now, zone);
        long budgetMinutes = Math.round(client.budgetHours() * 60);
        int minutes = (int) Math.ceil(budgetMinutes * 1.3 * day.getDayOfMonth() / day.lengthOfMonth());
        for (int logged = 0, n = 0; logged < minutes; n++) {
            int chunk = Math.min(8 * 60, minutes - logged);
            clients.logTouch(TEAM, client.id(), owner, TouchType.MEETING, Sentiment.NEUTRAL, chunk,
                    "Workshop day " + (n + 1), now.minus(Duration.ofMinutes(n + 1L)), "demo");
            logged += chunk;
        }
    }

    private static List<String> ams(int from, int to) {
        return PEOPLE.stream().filter(p -> p.role().equals("Account manager")).map(DemoPerson::id).toList().subList(from, to);
    }

    /** A member as users.info shows one (documented response shape): a full member, not a guest. */
    private static JsonObject user(DemoPerson person, long updated) {
        ZoneId zone = ZoneId.of(person.tz());
        JsonObject profile = new JsonObject();
        profile.addProperty("real_name", person.name());
        profile.addProperty("real_name_normalized", person.name());
        profile.addProperty("display_name", person.handle());
        profile.addProperty("display_name_normalized", person.handle());
        profile.addProperty("title", "Demo: " + person.role());
        profile.addProperty("email", person.handle() + "@demo-agency.invalid");
        profile.addProperty("status_text", "");
        profile.addProperty("status_emoji", "");
        profile.addProperty("status_expiration", 0);
        profile.addProperty("team", TEAM);
        JsonObject user = new JsonObject();
        user.addProperty("id", person.id());
        user.addProperty("team_id", TEAM);
        user.addProperty("name", person.handle());
        user.addProperty("deleted", false);
        user.addProperty("real_name", person.name());
        user.addProperty("tz", person.tz());
        user.addProperty("tz_label", zone.getId());
        user.addProperty("tz_offset", zone.getRules().getOffset(Instant.ofEpochSecond(updated)).getTotalSeconds());
        user.add("profile", profile);
        user.addProperty("is_admin", person.id().equals(HEAD));
        user.addProperty("is_owner", false);
        user.addProperty("is_primary_owner", false);
        user.addProperty("is_restricted", false);
        user.addProperty("is_ultra_restricted", false);
        user.addProperty("is_bot", false);
        user.addProperty("is_app_user", false);
        user.addProperty("updated", updated);
        return user;
    }
}
