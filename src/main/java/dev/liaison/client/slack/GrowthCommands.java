package dev.liaison.client.slack;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.client.NameMatch;
import dev.liaison.growth.Goal;
import dev.liaison.growth.GoalService;
import dev.liaison.growth.Opportunity;
import dev.liaison.growth.OpportunityService;
import dev.liaison.growth.Pipeline;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.Money;
import dev.liaison.people.Caller;
import dev.liaison.people.PeopleService;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.slack.CommandReply;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;
import org.springframework.stereotype.Component;

/**
 * The account-growth sub-commands of /client (opp, opps, goal, goals), carried out for the /client
 * listener, which hands over the parsed command and how it reaches a client it may write to.
 */
@Component
class GrowthCommands {

    /** The /client listener's way to a client: "No client matches …", or a typo asked about before a write. */
    interface ClientGate {
        CommandReply write(NameMatch match, String typed, String doing, Function<String, CommandReply> action);
    }

    private final OpportunityService opportunities;
    private final GoalService goals;
    private final ClientService clients;
    private final PeopleService people;
    private final WorkspaceSettingsService settings;
    private final HomePublisher home;

    GrowthCommands(OpportunityService opportunities, GoalService goals, ClientService clients, PeopleService people,
                   WorkspaceSettingsService settings, HomePublisher home) {
        this.opportunities = opportunities;
        this.goals = goals;
        this.clients = clients;
        this.people = people;
        this.settings = settings;
        this.home = home;
    }

    static boolean handles(ClientCommand command) {
        return command instanceof ClientCommand.AddOpportunity || command instanceof ClientCommand.ChangeOpportunity
                || command instanceof ClientCommand.ListOpportunities || command instanceof ClientCommand.AddGoal
                || command instanceof ClientCommand.CloseGoal || command instanceof ClientCommand.ListGoals;
    }

    CommandReply run(Caller caller, ClientCommand command, ClientGate gate) {
        String teamId = caller.teamId();
        String userId = caller.userId();
        Currency currency = settings.currency(teamId);
        if (command instanceof ClientCommand.AddOpportunity add) {
            return gate.write(add.client(), add.typed(), "add the opportunity", clientId -> {
                Client client = clients.get(teamId, clientId);
                String owner = client.ownerId() != null ? client.ownerId() : userId;
                Opportunity o = opportunities.add(teamId, clientId, owner, add.title(), add.amountCents(), add.stage(),
                        add.close(), userId);
                home.refreshLater(teamId, userId, owner);
                return CommandReply.text(":white_check_mark: Added " + GrowthBlocks.line(o, client.name(), currency,
                        caller.today()).markup() + ". Move it with `/client opp " + o.number() + " stage proposal`.");
            });
        }
        if (command instanceof ClientCommand.ChangeOpportunity change) {
            Opportunity o = opportunities.change(teamId, change.number(), change.change(), userId);
            home.refreshLater(teamId, userId, o.ownerId());
            String clientName = clients.find(teamId, o.clientId()).map(Client::name).orElse("a former client");
            return CommandReply.text(":white_check_mark: " + GrowthBlocks.line(o, clientName, currency, caller.today()).markup()
                    + (o.stage().open() ? "" : o.stage() == dev.liaison.growth.Stage.WON ? " :tada:" : ""));
        }
        if (command instanceof ClientCommand.ListOpportunities list) {
            return list(caller, list, currency);
        }
        if (command instanceof ClientCommand.AddGoal add) {
            return gate.write(add.client(), add.typed(), "set the goal", clientId -> {
                Client client = clients.get(teamId, clientId);
                Goal goal = goals.add(teamId, clientId, add.text(), add.by(), userId);
                return CommandReply.text(":white_check_mark: Goal `" + goal.number() + "` for *" + ClientBlocks.name(client)
                        + "*: " + SlackText.user(goal.text(), 300)
                        + (goal.byDate() == null ? "" : ", by " + DatePhrases.describe(goal.byDate(), caller.today()))
                        + ". Close it with `/client goal " + goal.number() + " done`.");
            });
        }
        if (command instanceof ClientCommand.CloseGoal close) {
            Goal goal = goals.close(teamId, close.number(), close.status(), userId);
            return CommandReply.text(":white_check_mark: `" + goal.number() + "` " + SlackText.user(goal.text(), 300)
                    + " is " + goal.status().label() + ".");
        }
        ClientCommand.ListGoals list = (ClientCommand.ListGoals) command;
        return read(list.client(), list.typed(), clientId -> {
            Client client = clients.get(teamId, clientId);
            return new CommandReply(Mrkdwn.of("Account plan of %s", client.name()).markup(),
                    GrowthBlocks.goals(client.name(), goals.forClient(teamId, clientId), caller.today()));
        });
    }

    private CommandReply list(Caller caller, ClientCommand.ListOpportunities list, Currency currency) {
        String teamId = caller.teamId();
        if (list.client() != null) {
            return read(list.client(), list.typed(), clientId -> {
                Client client = clients.get(teamId, clientId);
                return reply(caller, Mrkdwn.of("Opportunities of %s", client.name()),
                        opportunities.openFor(teamId, clientId), currency,
                        Mrkdwn.of("_No open opportunities for %s. Add one with `/client opp %s &lt;title&gt; &lt;amount&gt;`._",
                                client.name(), client.name()));
            });
        }
        List<Opportunity> found = switch (list.scope()) {
            case MINE -> opportunities.openOwnedBy(teamId, List.of(caller.userId()));
            case PERSON -> opportunities.openOwnedBy(teamId, List.of(list.userId()));
            case ALL -> opportunities.openIn(teamId);
        };
        Mrkdwn title = switch (list.scope()) {
            case MINE -> Mrkdwn.of("Your pipeline");
            case ALL -> Mrkdwn.of("The agency's pipeline");
            case PERSON -> Mrkdwn.of("Pipeline of %s", people.displayName(teamId, list.userId()));
        };
        return reply(caller, title, found, currency, Mrkdwn.of(
                "_No open opportunities. Add one with `/client opp Acme Website redesign 12k stage proposal`._"));
    }

    private CommandReply reply(Caller caller, Mrkdwn title, List<Opportunity> open, Currency currency, Mrkdwn empty) {
        Pipeline.Summary pipeline = Pipeline.summarize(open, caller.now(), caller.now());
        Map<String, String> names = open.stream().map(Opportunity::clientId).distinct()
                .map(id -> clients.find(caller.teamId(), id)).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(Client::id, Client::name));
        String fallback = title.markup() + ": weighted pipeline " + Money.format(pipeline.weightedCents(), currency);
        return new CommandReply(fallback, GrowthBlocks.list(title, pipeline, names, currency, caller.today(), empty));
    }

    /** Reading needs no confirmation: the best match answers, its name in the title says which it is. */
    private static CommandReply read(NameMatch match, String typed, Function<String, CommandReply> action) {
        if (match instanceof NameMatch.Found found) {
            return action.apply(found.clientId());
        }
        return CommandReply.text(ClientBlocks.noMatch(match, typed));
    }
}
