package dev.liaison.digest.report;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.client.ClientStatus;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Each client's health score, kept once a week by the weekly report job (the first run of each ISO
 * week, in UTC), at most {@link #WEEKS_KEPT} weeks a client: the history the QBR brief charts. Each
 * score is read in the owner's time zone, as their digest reads it.
 */
@Service
public class HealthHistory {

    /** Weeks kept per client: the QBR brief's twelve weeks. */
    public static final int WEEKS_KEPT = 12;

    /** A kept score: the ISO week ({@code 2026-W48}) and the client's score that week. */
    public record WeekScore(String week, int score) {
    }

    private final ClientService clients;
    private final PeopleService people;
    private final MongoTemplate mongo;
    private final Clock clock;

    HealthHistory(ClientService clients, PeopleService people, MongoTemplate mongo, Clock clock) {
        this.clients = clients;
        this.people = people;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The ISO week of a day, as kept: {@code 2026-W48}. */
    public static String week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d",
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The ISO week (UTC) an instant falls in. */
    public static String week(Instant at) {
        return week(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    /**
     * Keeps this week's score of every client of the workspace that is not churned, once a week: a
     * run that finds the week done reads nothing more; a run stopped half-way goes on where it stopped
     * (a client that has this week's score is not scored again).
     *
     * @return how many clients got this week's score
     */
    public int keepThisWeek(String teamId) {
        Instant now = clock.instant();
        String week = week(now);
        String taken = HealthWeekTaken.id(teamId, week);
        if (mongo.findById(taken, HealthWeekTaken.class) != null) {
            return 0;
        }
        Map<String, Person> members = people.members(teamId).stream()
                .collect(Collectors.toMap(Person::userId, Function.identity(), (a, b) -> a));
        int kept = 0;
        for (Client client : clients.portfolio(teamId, ClientCommand.Scope.ALL, null)) {
            if (client.status() == ClientStatus.CHURNED) {
                continue;
            }
            Person owner = client.ownerId() == null ? null : members.get(client.ownerId());
            int score = clients.health(client, owner == null ? ZoneOffset.UTC : owner.zone()).score();
            kept += keep(teamId, client.id(), new ClientHealthWeeks.Point(week, score, now)) ? 1 : 0;
        }
        mongo.save(new HealthWeekTaken(taken, now));
        return kept;
    }

    /** Adds a week's score to the client's history unless it has that week, keeping the last {@link #WEEKS_KEPT}. */
    boolean keep(String teamId, String clientId, ClientHealthWeeks.Point point) {
        String id = ClientHealthWeeks.id(teamId, clientId);
        ClientHealthWeeks found = mongo.findById(id, ClientHealthWeeks.class);
        List<ClientHealthWeeks.Point> points = new ArrayList<>(found == null ? List.of() : found.points());
        if (points.stream().anyMatch(p -> p.week().equals(point.week()))) {
            return false;
        }
        points.add(point);
        points.sort(Comparator.comparing(ClientHealthWeeks.Point::week));
        // bounded: a client's history never grows past the weeks the brief shows
        if (points.size() > WEEKS_KEPT) {
            points = new ArrayList<>(points.subList(points.size() - WEEKS_KEPT, points.size()));
        }
        mongo.save(new ClientHealthWeeks(id, teamId, clientId, List.copyOf(points)));
        return true;
    }

    /** The client's kept weekly scores, oldest first (at most {@link #WEEKS_KEPT}); empty when none were kept. */
    public List<WeekScore> of(String teamId, String clientId) {
        ClientHealthWeeks found = mongo.findById(ClientHealthWeeks.id(teamId, clientId), ClientHealthWeeks.class);
        if (found == null || !teamId.equals(found.teamId())) {
            return List.of();
        }
        return found.points().stream().sorted(Comparator.comparing(ClientHealthWeeks.Point::week))
                .map(p -> new WeekScore(p.week(), p.score())).toList();
    }
}
