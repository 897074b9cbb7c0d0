package dev.liaison.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.liaison.people.HolidayCalendar;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Budget pace of clients as their owners live it: this month of the owner's time zone, their working
 * days (less their public holidays, from {@link HolidayCalendar}), and the hours logged against the client this month.
 * Also remembers when an overrun was last told to the owner, so their digest says it at most once in
 * any {@link #NOTICE_DAYS} days.
 */
@Service
public class BudgetPaces {

    /** An overrun goes in the owner's digest again only this many days after it last did. */
    public static final int NOTICE_DAYS = 7;

    private final PeopleService people;
    private final HolidayCalendar holidays;
    private final MongoTemplate mongo;
    private final Clock clock;

    BudgetPaces(PeopleService people, HolidayCalendar holidays, MongoTemplate mongo, Clock clock) {
        this.people = people;
        this.holidays = holidays;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The client's pace now, in its owner's month and working days; empty without a budget. */
    public Optional<BudgetPace.Projection> of(Client client) {
        Person owner = client.ownerId() == null ? null : people.find(client.teamId(), client.ownerId()).orElse(null);
        return of(client, owner, clock.instant());
    }

    /** The pace of clients whose owner is already at hand (one read of them for a whole list). */
    public Optional<BudgetPace.Projection> of(Client client, Person owner, Instant now) {
        return of(client, owner, holidays.forTeam(client.teamId()), now);
    }

    private Optional<BudgetPace.Projection> of(Client client, Person owner, HolidayCalendar.Team team, Instant now) {
        if (client.budgetHours() == null || client.budgetHours() <= 0) {
            return Optional.empty();
        }
        ZoneId zone = owner == null ? ZoneOffset.UTC : owner.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        YearMonth month = YearMonth.from(today);
        return BudgetPace.project(client.budgetMinutesIn(month.toString()), Math.round(client.budgetHours() * 60),
                today, workingDays(owner, team));
    }

    /** The owner's working days: the weekdays they work, less their public holidays (theirs or the workspace's). */
    private static WorkingDays workingDays(Person owner, HolidayCalendar.Team team) {
        if (owner == null) {
            return WorkingDays.WEEKDAYS;
        }
        return new dev.liaison.people.WorkingDays(owner.schedule().workDays(), team.of(owner))::isWorkingDay;
    }

    /**
     * What a digest run needs for one workspace, read once: its members (for their zones and working
     * days) and when each client's overrun was last said.
     */
    public Watch watch(String teamId, Collection<Person> members) {
        Map<String, LocalDate> said = mongo.find(Query.query(Criteria.where("teamId").is(teamId)), OverrunNotice.class)
                .stream().collect(Collectors.toMap(OverrunNotice::clientId, n -> LocalDate.parse(n.saidOn()), (a, b) -> a));
        return new Watch(members.stream().collect(Collectors.toMap(Person::userId, Function.identity(), (a, b) -> a)),
                said, holidays.forTeam(teamId));
    }

    /** A client whose month is heading over budget, as the owner's digest says it. */
    public record Overrun(String clientId, String clientName, BudgetPace.Projection pace) {
    }

    /** The pace of one workspace's clients for a digest run, without reading anything more. */
    public final class Watch {
        private final Map<String, Person> members;
        private final Map<String, LocalDate> lastSaid;
        private final HolidayCalendar.Team team;

        private Watch(Map<String, Person> members, Map<String, LocalDate> lastSaid, HolidayCalendar.Team team) {
            this.members = members;
            this.lastSaid = lastSaid;
            this.team = team;
        }

        /**
         * The owner's active clients projected over {@link BudgetPace#OVERRUN_PERCENT} that their
         * digest has not named in the last {@link #NOTICE_DAYS} days (by the owner's date), worst first.
         */
        public List<Overrun> toTell(String ownerId, List<Client> owned, LocalDate today, Instant now) {
            Person owner = members.get(ownerId);
            return owned.stream()
                    .filter(c -> ownerId.equals(c.ownerId()) && c.status() == ClientStatus.ACTIVE)
                    .filter(c -> notSaidWithin(c.id(), today))
                    .flatMap(c -> of(c, owner, team, now).filter(BudgetPace.Projection::overrun)
                            .map(p -> new Overrun(c.id(), c.name(), p)).stream())
                    .sorted(Comparator.comparingLong((Overrun o) -> o.pace().projectedPercent()).reversed()
                            .thenComparing(Overrun::clientName))
                    .toList();
        }

        private boolean notSaidWithin(String clientId, LocalDate today) {
            LocalDate said = lastSaid.get(clientId);
            return said == null || ChronoUnit.DAYS.between(said, today) >= NOTICE_DAYS;
        }
    }

    /**
     * Records that owners' digests named these clients' overruns, each on its owner's date: one write
     * for a whole batch of digests.
     */
    public void told(String teamId, Map<String, LocalDate> saidOnByClient) {
        if (saidOnByClient.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OverrunNotice.class);
        saidOnByClient.forEach((clientId, day) -> bulk.replaceOne(
                Query.query(Criteria.where("_id").is(OverrunNotice.id(teamId, clientId))),
                new OverrunNotice(OverrunNotice.id(teamId, clientId), teamId, clientId, day.toString(), now),
                FindAndReplaceOptions.options().upsert()));
        bulk.execute();
    }
}
