package dev.liaison.client.slack;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.liaison.client.CheckInPolicy;
import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.CoverageLookup;
import dev.liaison.client.HealthBand;
import dev.liaison.client.HomeNotices;
import dev.liaison.client.HomeTabs;
import dev.liaison.client.HomesChanged;
import dev.liaison.client.TeamDirectory;
import dev.liaison.growth.Opportunity;
import dev.liaison.growth.OpportunityService;
import dev.liaison.growth.Pipeline;
import dev.liaison.people.Caller;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.task.TaskService;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds and publishes a person's App Home (views.publish): when they open it, and again, after
 * the ack, when something they see there changed (only for people who have opened it).
 */
@Component
class HomePublisher {

    private static final Logger log = LoggerFactory.getLogger(HomePublisher.class);

    private final ClientService clients;
    private final TaskService tasks;
    private final PeopleService people;
    private final HomeTabs tabs;
    private final ObjectProvider<TeamDirectory> teams;
    private final ObjectProvider<CoverageLookup> covers;
    private final ObjectProvider<HomeNotices> notices;
    private final SlackMessenger slack;
    private final Clock clock;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "home-publisher");
        thread.setDaemon(true);
        return thread;
    });

    private final OpportunityService opportunities;
    private final WorkspaceSettingsService settings;

    HomePublisher(ClientService clients, TaskService tasks, PeopleService people, HomeTabs tabs,
                  ObjectProvider<TeamDirectory> teams, ObjectProvider<CoverageLookup> covers,
                  ObjectProvider<HomeNotices> notices, SlackMessenger slack, Clock clock,
                  OpportunityService opportunities, WorkspaceSettingsService settings) {
        this.notices = notices;
        this.opportunities = opportunities;
        this.settings = settings;
        this.covers = covers;
        this.clients = clients;
        this.tasks = tasks;
        this.people = people;
        this.tabs = tabs;
        this.teams = teams;
        this.slack = slack;
        this.clock = clock;
    }

    void opened(String teamId, String userId) {
        tabs.opened(teamId, userId);
        publish(teamId, userId);
    }

    void publish(String teamId, String userId) {
        slack.publishHome(teamId, userId, HomeBlocks.view(home(teamId, userId)));
    }

    /** Republishes, after the ack, the Home of each of these people who has one open. */
    void refreshLater(String teamId, String... userIds) {
        List<String> who = Arrays.stream(userIds).filter(Objects::nonNull).distinct().toList();
        background.execute(() -> who.forEach(userId -> {
            try {
                if (tabs.hasOpened(teamId, userId)) {
                    publish(teamId, userId);
                }
            } catch (RuntimeException e) {
                log.warn("Could not republish the Home of {}: {}", userId, e.getMessage());
            }
        }));
    }

    /** Cover applied or ended elsewhere: the Homes that show it are drawn again. */
    @EventListener
    void onHomesChanged(HomesChanged changed) {
        refreshLater(changed.teamId(), changed.userIds().toArray(String[]::new));
    }

    HomeBlocks.Home home(String teamId, String userId) {
        TeamDirectory directory = teams.getIfAvailable(() -> TeamDirectory.NONE);
        Caller viewer = people.caller(teamId, userId);
        LocalDate today = viewer.today();
        List<ClientBlocks.Row> mine = rows(clients.portfolio(teamId, ClientCommand.Scope.MINE, userId), viewer);
        List<HomeBlocks.TaskLine> open = tasks.openAssignedTo(teamId, userId).stream()
                .map(t -> new HomeBlocks.TaskLine(t.number(), t.title(),
                        clients.find(teamId, t.clientId()).map(Client::name).orElse("a removed client"), t.dueDate()))
                .toList();
        HomeBlocks.Lead lead = null;
        List<String> members = directory.membersLedBy(teamId, userId);
        if (!members.isEmpty()) {
            List<HomeBlocks.Load> loads = new ArrayList<>();
            List<ClientBlocks.Row> atRisk = new ArrayList<>();
            for (String member : members) {
                List<ClientBlocks.Row> theirs = rows(clients.portfolio(teamId, ClientCommand.Scope.MINE, member), viewer);
                loads.add(new HomeBlocks.Load(member, theirs.size(), directory.capacityOf(teamId, member)));
                theirs.stream().filter(r -> r.health().band() == HealthBand.AT_RISK).forEach(atRisk::add);
            }
            lead = new HomeBlocks.Lead(loads, atRisk, directory.pendingReallocations(teamId, userId));
        }
        CoverageLookup coverage = covers.getIfAvailable(() -> CoverageLookup.NONE);
        List<HomeBlocks.Covering> covering = coverage.clientsCoveredBy(teamId, userId, today).stream()
                .flatMap(id -> clients.find(teamId, id).stream())
                .map(c -> coverage.coverOf(teamId, c.id(), today)
                        .map(cover -> new HomeBlocks.Covering(c.name(), cover.absentId(), cover.until()))
                        .orElse(new HomeBlocks.Covering(c.name(), c.ownerId(), null)))
                .sorted(Comparator.comparing(HomeBlocks.Covering::clientName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Mrkdwn> notes = notices.orderedStream().flatMap(n -> n.noticesFor(teamId, userId).stream()).toList();
        return new HomeBlocks.Home(today, mine, open, directory.outOnTeamOf(teamId, userId, today), lead, covering,
                pipelines(viewer, members), notes);
    }

    /** My open opportunities, and my team's when I lead one; won and lost ones are not a pipeline. */
    private HomeBlocks.Pipelines pipelines(Caller viewer, List<String> members) {
        String teamId = viewer.teamId();
        List<Opportunity> mine = opportunities.openOwnedBy(teamId, List.of(viewer.userId()));
        List<Opportunity> team = members.isEmpty() ? List.of() : opportunities.openOwnedBy(teamId, members);
        Map<String, String> names = new HashMap<>();
        java.util.stream.Stream.concat(mine.stream(), team.stream()).map(Opportunity::clientId).distinct()
                .forEach(id -> clients.find(teamId, id).ifPresent(c -> names.put(c.id(), c.name())));
        return new HomeBlocks.Pipelines(Pipeline.summarize(mine, viewer.now(), viewer.now()),
                members.isEmpty() ? null : Pipeline.summarize(team, viewer.now(), viewer.now()), names,
                settings.currency(teamId));
    }

    private List<ClientBlocks.Row> rows(List<Client> found, Caller viewer) {
        Instant now = viewer.now();
        return found.stream().map(c -> new ClientBlocks.Row(c, clients.health(c, viewer),
                        CheckInPolicy.isDue(c.lastTouchAt(), c.createdAt(), c.cadenceDays(), now)
                                && c.status() == ClientStatus.ACTIVE,
                        c.lastTouchAt() == null ? null : CheckInPolicy.daysSince(c.lastTouchAt(), now)))
                .toList();
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }
}
