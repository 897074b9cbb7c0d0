package dev.liaison.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.liaison.client.Client;
import dev.liaison.client.ClientFixtures;
import dev.liaison.client.Interaction;
import dev.liaison.client.Sentiment;
import dev.liaison.client.Tier;
import dev.liaison.client.TouchType;
import dev.liaison.escalation.Escalation;
import dev.liaison.escalation.Severity;
import dev.liaison.ooo.Absence;
import dev.liaison.ooo.Coverage;
import dev.liaison.ooo.Plan;
import dev.liaison.people.Person;
import dev.liaison.people.PersonSeed;
import dev.liaison.slack.SlackUser;
import dev.liaison.task.Task;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The benchmark's agency: one workspace of people (leads and account managers in time zones around
 * the world), clients, their history of touches, tasks, open escalations and people out of office.
 * Deterministic: the same seed and sizes give the same documents. Written in bulk with the app's own
 * document classes, so the app reads exactly what it would have written itself.
 *
 * <p>Touch {@code k} belongs to client {@code k % clients} and is its {@code k / clients}-th most recent,
 * so a larger history only adds older touches: {@link #addInteractions} grows 10,000 touches to
 * 1,000,000 without changing what the first 10,000 were.
 */
final class Dataset {

    static final String TEAM = "TBENCH0001";
    // small enough that one batch stays well inside the driver's 10 s read timeout on a busy machine
    static final int BATCH = 2_000;

    /**
     * Two groups of time zones: at {@link #AMERICAS_EMEA_RUN} every person of the first is past 09:00 on
     * Tuesday, at {@link #APAC_RUN} every person of the second is past 09:00 on Wednesday.
     */
    static final List<String> AMERICAS_EMEA = List.of("America/Los_Angeles", "America/Denver", "America/Chicago",
            "America/New_York", "America/Sao_Paulo", "Europe/London", "Europe/Paris", "Europe/Berlin", "Africa/Lagos",
            "Africa/Johannesburg", "Europe/Helsinki", "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata");
    static final List<String> APAC = List.of("Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland");
    static final Instant AMERICAS_EMEA_RUN = Instant.parse("2026-11-24T17:30:00Z");
    static final Instant APAC_RUN = Instant.parse("2026-11-25T02:00:00Z");
    /** "Now" of the dataset and of the latency benchmark. */
    static final Instant NOW = AMERICAS_EMEA_RUN;

    record Size(int people, int clients, int interactions, int tasks, int escalations, int out) {
        static final Size FULL = new Size(2_000, 10_000, 1_000_000, 50_000, 500, 100);

        Size withInteractions(int n) {
            return new Size(people, clients, n, tasks, escalations, out);
        }

        int leads() {
            return Math.max(1, people / 10);
        }

        int managers() {
            return people - leads();
        }
    }

    private final MongoTemplate mongo;
    private final long seed;
    private final Size size;

    Dataset(MongoTemplate mongo, long seed, Size size) {
        this.mongo = mongo;
        this.seed = seed;
        this.size = size;
    }

    static String userId(int i) {
        return String.format("UB%07d", i);
    }

    /** People 0..leads-1 lead; manager m (people leads..) is in the team of lead m % leads. */
    static boolean isLead(Size size, int person) {
        return person < size.leads();
    }

    static String clientId(int c) {
        return String.format("%024x", 0x100000000L + c);
    }

    static String clientName(int c) {
        return "Client " + c + " " + WORDS[c % WORDS.length];
    }

    private static final String[] WORDS = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark",
            "Wayne", "Tyrell", "Cyberdyne", "Soylent", "Wonka", "Gringotts", "Oscorp", "Massive Dynamic"};

    /** The owner of client c: managers in turn. */
    String ownerOf(int c) {
        return userId(size.leads() + c % size.managers());
    }

    private SplittableRandom random(long salt, long i) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + salt * 1_000_003L + i);
    }

    String zoneOf(int person) {
        // four in five around Americas/Europe/Africa/India, one in five in Asia-Pacific
        SplittableRandom r = random(1, person);
        return r.nextInt(5) == 0 ? APAC.get(r.nextInt(APAC.size())) : AMERICAS_EMEA.get(r.nextInt(AMERICAS_EMEA.size()));
    }

    /** Writes everything but the touches beyond the first {@code size.interactions()}. */
    Timings load() {
        long start = System.nanoTime();
        List<Person> people = people();
        bulk(Person.class, people);
        long peopleDone = System.nanoTime();
        List<Client> clients = clientsWithHistory(size.interactions());
        addTasksAndEscalations(clients);
        bulk(Client.class, clients);
        ClientFixtures.insertNames(mongo, clients);
        long clientsDone = System.nanoTime();
        insertInteractions(0, size.interactions());
        long touchesDone = System.nanoTime();
        absences();
        long end = System.nanoTime();
        return new Timings(ms(start, peopleDone), ms(peopleDone, clientsDone), ms(clientsDone, touchesDone),
                size.interactions(), ms(start, end));
    }

    /** Grows the history to {@code total} touches: inserts the older ones and rewrites each client's summary. */
    Timings addInteractions(int total) {
        long start = System.nanoTime();
        insertInteractions(size.interactions(), total);
        long touchesDone = System.nanoTime();
        List<Client> clients = clientsWithHistory(total);
        addTasksAndEscalations(clients);
        BulkOperations replace = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Client.class);
        for (Client c : clients) {
            replace.replaceOne(Query.query(
                    Criteria.where("_id").is(c.id())), c);
        }
        replace.execute();
        long end = System.nanoTime();
        return new Timings(0, ms(touchesDone, end), ms(start, touchesDone), total - size.interactions(), ms(start, end));
    }

    record Timings(long peopleMs, long clientsMs, long interactionsMs, int interactions, long totalMs) {
    }

    private List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < size.people(); i++) {
            String lead = isLead(size, i) ? null : userId((i - size.leads()) % size.leads());
            SlackUser user = new SlackUser(userId(i), TEAM, null, "person." + i, "Person " + i, zoneOf(i), false,
                    false, false, false, false);
            people.add(PersonSeed.person(TEAM, user, NOW, lead));
        }
        return people;
    }

    private List<Client> clientsWithHistory(int interactions) {
        List<Client> clients = new ArrayList<>(size.clients());
        Tier[] tiers = Tier.values();
        for (int c = 0; c < size.clients(); c++) {
            SplittableRandom r = random(2, c);
            Tier tier = tiers[r.nextInt(tiers.length)];
            String owner = ownerOf(c);
            String backup = ownerOf(c + 1);
            LocalDate renewal = LocalDate.of(2026, 11, 24).plusDays(r.nextInt(365));
            clients.add(ClientFixtures.client(clientName(c)).stored(clientId(c)).team(TEAM).owner(owner).backup(backup)
                    .tier(tier).renewal(renewal).budgetHours(r.nextBoolean() ? 20.0 + r.nextInt(60) : null)
                    .retainerCents(100_000L * (10 + r.nextInt(200)))
                    .createdAt(NOW.minus(Duration.ofDays(400 + r.nextInt(400)))).build());
        }
        String month = YearMonth.from(NOW.atOffset(ZoneOffset.UTC)).toString();
        // oldest first, as they would have been logged
        for (int k = interactions - 1; k >= 0; k--) {
            ClientFixtures.recordTouch(clients.get(k % size.clients()), interaction(k), month);
        }
        return clients;
    }

    Interaction interaction(int k) {
        int c = k % size.clients();
        int nth = k / size.clients();
        SplittableRandom r = random(3, k);
        TouchType[] types = TouchType.values();
        Sentiment[] sentiments = Sentiment.values();
        Instant at = NOW.minus(Duration.ofHours(nth * 72L + r.nextInt(72 * 20)));
        return new Interaction(String.format("%024x", 0x200000000L + k), TEAM, clientId(c),
                types[r.nextInt(types.length)], sentiments[r.nextInt(sentiments.length)], 15 * r.nextInt(8),
                "Touch " + k + ": talked about the roadmap, the invoice and next quarter's campaign", at,
                ownerOf(c), at, "command");
    }

    private void insertInteractions(int from, int to) {
        BulkOperations bulk = null;
        int inBatch = 0;
        for (int k = from; k < to; k++) {
            if (bulk == null) {
                bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Interaction.class);
            }
            bulk.insert(interaction(k));
            if (++inBatch == BATCH) {
                bulk.execute();
                bulk = null;
                inBatch = 0;
            }
        }
        if (bulk != null) {
            bulk.execute();
        }
    }

    /** Tasks (5 a client, two in five open, mirrored on the client) and open escalations. */
    private void addTasksAndEscalations(List<Client> clients) {
        boolean write = mongo.count(new Query(), Task.class) == 0;
        List<Task> tasks = new ArrayList<>();
        for (int t = 0; t < size.tasks(); t++) {
            int c = t % size.clients();
            SplittableRandom r = random(4, t);
            String number = "T-" + (t + 1);
            boolean open = r.nextInt(5) < 2;
            String assignee = r.nextInt(10) == 0 ? ownerOf(c + 7) : ownerOf(c);
            String due = r.nextInt(4) == 0 ? null : LocalDate.of(2026, 11, 24).plusDays(r.nextInt(30) - 10).toString();
            Instant created = NOW.minus(Duration.ofDays(1 + r.nextInt(300)));
            Task task = new Task(TEAM + ":" + number, TEAM, number, clientId(c), "Task " + number + " for " + clientName(c),
                    assignee, due, open ? Task.TaskStatus.OPEN : Task.TaskStatus.DONE, ownerOf(c), created,
                    open ? null : assignee, open ? null : created.plus(Duration.ofDays(2)));
            tasks.add(task);
            if (open) {
                ClientFixtures.openTask(clients.get(c), new Client.OpenTask(number, task.title(), assignee, due));
            }
        }
        List<Escalation> escalations = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int e = 0; e < size.escalations(); e++) {
            int c = (e * 19) % size.clients();
            SplittableRandom r = random(5, e);
            Severity severity = severities[r.nextInt(severities.length)];
            Instant opened = NOW.minus(Duration.ofMinutes(10 + r.nextInt(60 * 24 * 3)));
            String id = String.format("%024x", 0x300000000L + e);
            String summary = "Escalation " + (e + 1) + ": the launch page is down for " + clientName(c);
            escalations.add(new Escalation(id, TEAM, "E-" + (e + 1), clientId(c), clientName(c), severity, summary,
                    ownerOf(c), opened, Escalation.State.OPEN, 0, List.of(ownerOf(c)), opened.plus(Duration.ofHours(2)),
                    opened.plus(Duration.ofDays(2)), opened.plus(Duration.ofHours(2)), null, null, null, null, null,
                    "CESCALATE1", null, null, List.of()));
            ClientFixtures.openEscalation(clients.get(c), new Client.OpenEscalation(id, severity.label(), summary, opened,
                    null));
        }
        if (write) {
            bulk(Task.class, tasks);
            bulk(Escalation.class, escalations);
        }
    }

    /** People out today, each client of theirs covered by a teammate (an applied cover plan). */
    private void absences() {
        List<Absence> absences = new ArrayList<>();
        List<Coverage> covers = new ArrayList<>();
        LocalDate from = LocalDate.of(2026, 11, 23);
        LocalDate to = LocalDate.of(2026, 11, 27);
        for (int o = 0; o < size.out(); o++) {
            int person = size.leads() + (o * 17) % size.managers();
            String absent = userId(person);
            String absenceId = String.format("%024x", 0x400000000L + o);
            absences.add(new Absence(absenceId, TEAM, absent, from.toString(), to.toString(), "command", absent,
                    NOW.minus(Duration.ofDays(3)), null, true, false));
            String cover = userId(size.leads() + (person - size.leads() + 1) % size.managers());
            for (int c = person - size.leads(); c < size.clients(); c += size.managers()) {
                covers.add(new Coverage(absenceId + ":" + Plan.Kind.CLIENT + ":" + clientId(c), TEAM, absenceId, absent,
                        Plan.Kind.CLIENT, clientId(c), clientName(c), cover, from.toString(), to.toString(), false,
                        false, NOW.minus(Duration.ofDays(3))));
            }
        }
        bulk(Absence.class, absences);
        bulk(Coverage.class, covers);
    }

    private <T> void bulk(Class<T> type, List<T> documents) {
        for (int i = 0; i < documents.size(); i += BATCH) {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type)
                    .insert(documents.subList(i, Math.min(documents.size(), i + BATCH))).execute();
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    static ZoneId zone(String id) {
        return ZoneId.of(id);
    }
}
