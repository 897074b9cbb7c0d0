package dev.liaison.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.google.gson.JsonObject;
import dev.liaison.calendar.CalendarSyncRuns;
import dev.liaison.connect.Connections;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.sandbox.google.GoogleCall;
import dev.liaison.sandbox.google.GoogleStandIn;
import dev.liaison.sandbox.google.StandInEvent;
import dev.liaison.sandbox.google.StandInMessage;
import dev.liaison.support.MutableClock;
import dev.liaison.touch.MailSyncRuns;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * calendar-sync and mail-sync over the whole agency against the Google stand-in (docs/benchmarks.md,
 * "Calendar and mail sync"): every person's calendar 7 days back and 30 ahead (a client meeting and an
 * internal one each working day, every twentieth person out next week) and a day of mail with their
 * clients. The first sync lists everything; the second, after a few changes, follows the sync tokens and
 * the mailbox history: its calls beyond one listing per person are the changes.
 */
final class SyncBench {

    static final String DOMAIN = "bench-agency.example";
    private static final int CHANGES = 20;

    private SyncBench() {
    }

    static String email(int person) {
        return "person." + person + "@" + DOMAIN;
    }

    static String clientDomain(int c) {
        return "client" + c + ".example";
    }

    static JsonObject run(ConfigurableApplicationContext app, MongoTemplate mongo, MutableClock clock, Dataset dataset,
                          Dataset.Size size) {
        clock.set(Dataset.NOW);
        try (GoogleStandIn google = GoogleStandIn.start(clock)) {
            BenchMain.log("Sync: filling the Google stand-in");
            long events = seed(google, mongo, dataset, size);
            app.getBean(Connections.class).save(Dataset.TEAM, new ProviderCredentials.Google(
                    google.newServiceAccount("liaison-bench@bench-agency.iam.gserviceaccount.com"), google.apiUrl()), "bench");

            JsonObject full = measure(app, google, size, "full");
            full.addProperty("eventsInCalendars", events);

            // a few changes: moved meetings and new mail, a quarter of an hour later
            google.resetCalls();
            clock.advance(Duration.ofMinutes(15));
            for (int i = 0; i < CHANGES; i++) {
                int person = size.leads() + i * (size.managers() / CHANGES);
                int c = Math.max(0, clientOf(size, person));
                Instant at = Dataset.NOW.plus(Duration.ofDays(2 + i % 5)).plus(Duration.ofHours(3));
                google.putEvent(email(person), StandInEvent.meeting("m-" + person + "-moved", "Moved review", at,
                        at.plus(Duration.ofMinutes(30)), email(person), "contact@" + clientDomain(c)));
                google.addMessage(email(person), StandInMessage.received("contact@" + clientDomain(c), email(person),
                        "Follow-up", clock.instant()));
            }
            JsonObject incremental = measure(app, google, size, "incremental");
            incremental.addProperty("changes", CHANGES * 2);
            long perPersonListings = 2L * size.people();
            incremental.addProperty("callsBeyondOneListingPerPersonAndSource",
                    incremental.get("apiCalls").getAsLong() - perPersonListings);

            JsonObject sync = new JsonObject();
            sync.addProperty("people", size.people());
            sync.add("full", full);
            sync.add("incremental", incremental);
            BenchMain.log("Sync: " + sync);
            return sync;
        }
    }

    /** Gives people e-mails and clients domains (as the profile refresh and /client set would), then fills the calendars and mailboxes. */
    private static long seed(GoogleStandIn google, MongoTemplate mongo, Dataset dataset, Dataset.Size size) {
        BulkOperations people = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "people");
        for (int p = 0; p < size.people(); p++) {
            people.updateOne(new Query(Criteria.where("teamId").is(Dataset.TEAM).and("userId").is(Dataset.userId(p))),
                    new Update().set("email", email(p)));
        }
        people.execute();
        BulkOperations clients = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "clients");
        for (int c = 0; c < size.clients(); c++) {
            clients.updateOne(new Query(Criteria.where("_id").is(Dataset.clientId(c))),
                    new Update().set("domains", List.of(clientDomain(c))));
        }
        clients.execute();

        long events = 0;
        for (int p = 0; p < size.people(); p++) {
            ZoneId zone = Dataset.zone(dataset.zoneOf(p));
            google.addUser(email(p), zone);
            LocalDate today = LocalDate.ofInstant(Dataset.NOW, zone);
            boolean manager = !Dataset.isLead(size, p);
            for (int d = -7; d <= 30; d++) {
                LocalDate day = today.plusDays(d);
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                Instant ten = day.atTime(10, 0).atZone(zone).toInstant();
                google.putEvent(email(p), StandInEvent.meeting("i-" + p + "-" + d, "Team stand-up", ten.minus(Duration.ofHours(1)),
                        ten.minus(Duration.ofMinutes(45)), email(p), email((p + 1) % size.people())));
                events++;
                if (manager && clientOf(size, p) >= 0) {
                    google.putEvent(email(p), StandInEvent.meeting("m-" + p + "-" + d, "Client review", ten,
                            ten.plus(Duration.ofMinutes(45)), email(p), "contact@" + clientDomain(clientOf(size, p, d))));
                    events++;
                }
            }
            if (p % 20 == 0) {
                Instant monday = today.plusDays(7).atStartOfDay(zone).toInstant();
                google.putEvent(email(p), StandInEvent.outOfOffice("ooo-" + p, email(p), monday, monday.plus(Duration.ofDays(3))));
                events++;
            }
            if (manager && clientOf(size, p) >= 0) {
                // a day of mail: three in, two out, with the person's own clients
                for (int k = 0; k < 5; k++) {
                    String contact = "contact@" + clientDomain(clientOf(size, p, k % 2));
                    Instant at = Dataset.NOW.minus(Duration.ofHours(1 + k * 4L));
                    google.addMessage(email(p), k < 3 ? StandInMessage.received(contact, email(p), "Thread " + k, at)
                            : StandInMessage.sent(email(p), contact, "Re: Thread " + k, at));
                }
            }
        }
        return events;
    }

    /** The manager's first client (clients go to managers in turn), or -1 when they own none. */
    private static int clientOf(Dataset.Size size, int person) {
        return clientOf(size, person, 0);
    }

    /** The manager's k-th client, round and round their clients; -1 when they own none. */
    private static int clientOf(Dataset.Size size, int person, int k) {
        int first = Math.floorMod(person - size.leads(), size.managers());
        if (first >= size.clients()) {
            return -1;
        }
        int owned = (size.clients() - first + size.managers() - 1) / size.managers();
        return first + Math.floorMod(k, owned) * size.managers();
    }

    private static JsonObject measure(ConfigurableApplicationContext app, GoogleStandIn google, Dataset.Size size, String label) {
        BenchMain.log("Sync: " + label + " calendar-sync and mail-sync");
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        long touchesBefore = mongo.getCollection("interactions").countDocuments(new Document("source",
                new Document("$in", List.of("google-calendar", "gmail"))));
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        int calendarChanges = CalendarSyncRuns.run(app);
        double calendarSeconds = (System.nanoTime() - start) / 1e9;
        long mailStart = System.nanoTime();
        int mailTouches = MailSyncRuns.run(app);
        double mailSeconds = (System.nanoTime() - mailStart) / 1e9;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        long touchesAfter = mongo.getCollection("interactions").countDocuments(new Document("source",
                new Document("$in", List.of("google-calendar", "gmail"))));
        long calls = 0;
        JsonObject byCall = new JsonObject();
        for (GoogleCall call : GoogleCall.values()) {
            byCall.addProperty(call.name(), google.calls(call));
            calls += google.calls(call);
        }
        JsonObject m = new JsonObject();
        m.addProperty("calendarSeconds", Math.round(calendarSeconds * 100) / 100.0);
        m.addProperty("mailSeconds", Math.round(mailSeconds * 100) / 100.0);
        m.addProperty("calendarChanges", calendarChanges);
        m.addProperty("mailRun", mailTouches);
        m.addProperty("touchesLogged", touchesAfter - touchesBefore);
        m.addProperty("apiCalls", calls);
        m.addProperty("apiCallsPerPerson", Math.round(calls * 100.0 / size.people()) / 100.0);
        m.add("callsByKind", byCall);
        m.addProperty("heapGrowthMb", Math.max(0, (heapAfter - heapBefore) / (1024 * 1024)));
        m.addProperty("refusals", google.refusals().size());
        return m;
    }
}
