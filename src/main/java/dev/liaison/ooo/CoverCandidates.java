package dev.liaison.ooo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import org.springframework.stereotype.Service;

/**
 * Who a lead may pick to cover in a plan's menus: the planner's picks, the absent person's
 * teammates, their clients' named backups, their lead and the heads of accounts; never the
 * absent person, and only members (no guests, outsiders, bots or deactivated accounts).
 */
@Service
public class CoverCandidates {

    /** Slack's limit on a static_select's options. */
    public static final int MAX = 100;

    public record Candidate(String userId, String name) {
    }

    private final PeopleService people;
    private final ClientService clients;

    CoverCandidates(PeopleService people, ClientService clients) {
        this.people = people;
        this.clients = clients;
    }

    public List<Candidate> of(PlanRecord plan) {
        String teamId = plan.teamId();
        Set<String> ids = new LinkedHashSet<>();
        // the picks first, so they are never cut by the 100-option limit (each is shown as its menu's choice)
        plan.items().forEach(i -> {
            ids.add(i.chosenId());
            ids.add(i.suggestedId());
        });
        people.teammatesOf(teamId, plan.absentId()).forEach(p -> ids.add(p.userId()));
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
