package dev.liaison.ooo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.people.HolidayCalendar;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import org.springframework.stereotype.Service;

/**
 * Who a lead may pick to cover in a plan's menus: the planner's picks, the absent person's
 * teammates, their clients' named backups, their lead and the heads of accounts; never the
 * absent person, and only members (no guests, outsiders, bots or deactivated accounts). A teammate
 * on a public holiday of theirs, today or on a day to cover, is out and not offered (unless already picked).
 */
@Service
public class CoverCandidates {

    /** Slack's limit on a static_select's options. */
    public static final int MAX = 100;

    public record Candidate(String userId, String name) {
    }

    private final PeopleService people;
    private final ClientService clients;
    private final HolidayCalendar holidays;
    private final Clock clock;

    CoverCandidates(PeopleService people, ClientService clients, HolidayCalendar holidays, Clock clock) {
        this.people = people;
        this.clients = clients;
        this.holidays = holidays;
        this.clock = clock;
    }

    public List<Candidate> of(PlanRecord plan) {
        String teamId = plan.teamId();
        Set<String> ids = new LinkedHashSet<>();
        // the picks first, so they are never cut by the 100-option limit (each is shown as its menu's choice)
        plan.items().forEach(i -> {
            ids.add(i.chosenId());
            ids.add(i.suggestedId());
        });
        HolidayCalendar.Team holidaysOf = holidays.forTeam(teamId);
        LocalDate from = LocalDate.parse(plan.from());
        LocalDate to = LocalDate.parse(plan.to());
        people.teammatesOf(teamId, plan.absentId()).stream()
                .filter(p -> !PlannerInput.onHoliday(holidaysOf.of(p), LocalDate.now(clock.withZone(p.zone())), from, to))
                .forEach(p -> ids.add(p.userId()));
        clients.portfolio(teamId, ClientCommand.Scope.MINE, plan.absentId()).stream().map(Client::backupId)
                .forEach(ids::add);
        ids.add(people.find(teamId, plan.absentId()).map(Person::leadId).orElse(plan.leadId()));
        List<Person> members = people.members(teamId);
        members.stream().filter(Person::admin).forEach(p -> ids.add(p.userId()));
        Set<String> allowed = new LinkedHashSet<>(members.stream().map(Person::userId).toList());
        return ids.stream().filter(Objects::nonNull).filter(id -> !id.equals(plan.absentId())).filter(allowed::contains)
                .limit(MAX).map(id -> new Candidate(id, people.displayName(teamId, id))).toList();
    }
}
