package dev.liaison.client.slack;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.CommandReply;
import dev.liaison.slack.HeldCommandRunner;
import dev.liaison.slack.TeamReports;
import dev.liaison.slack.ClientUpdateForms;
import dev.liaison.slack.DidYouMean;

import dev.liaison.parsing.Plural;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.liaison.client.CheckInPolicy;
import dev.liaison.client.Client;
import dev.liaison.client.ClientCommand;
import dev.liaison.client.ClientService;
import dev.liaison.client.ClientStatus;
import dev.liaison.client.NameMatch;
import dev.liaison.client.PendingCommands;
import dev.liaison.parsing.DatePhrases;
import dev.liaison.parsing.Durations;
import dev.liaison.people.Caller;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;
import dev.liaison.task.Task;
import dev.liaison.task.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** /client: parses the text, delegates to the services, answers ephemerally within the ack. */
@Component
class ClientCommandListener implements SlackListener, HeldCommandRunner {

    static final String COMMAND = "/client";

    private final ClientService clients;
    private final TaskService tasks;
    private final PeopleService people;
    private final ClientForms forms;
    private final HomePublisher home;
    private final StatusCards cards;
    private final ObjectProvider<TeamReports> reports;
    private final PendingCommands pending;
    private final GrowthCommands growth;
    private final ObjectProvider<ClientUpdateForms> updates;

    ClientCommandListener(ClientService clients, TaskService tasks, PeopleService people,
                          ClientForms forms, HomePublisher home, StatusCards cards,
                          ObjectProvider<TeamReports> reports,
                          PendingCommands pending, GrowthCommands growth, ObjectProvider<ClientUpdateForms> updates) {
        this.updates = updates;
        this.pending = pending;
        this.growth = growth;
        this.cards = cards;
        this.reports = reports;
        this.clients = clients;
        this.tasks = tasks;
        this.people = people;
        this.forms = forms;
        this.home = home;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.command(COMMAND, this::handle);
    }

    private Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        CommandReply reply = run(payload.getTeamId(), payload.getUserId(), payload.getTriggerId(),
                SlackText.unescape(payload.getText()), null);
        if (reply.text() == null) {
            return ctx.ack();
        }
        return reply.blocks().isEmpty() ? ctx.ack(reply.text()) : ctx.ack(SlashCommandResponse.builder()
                .responseType("ephemeral").text(reply.text()).blocks(reply.blocks()).build());
    }

    @Override
    public String command() {
        return COMMAND;
    }

    @Override
    public CommandReply runConfirmed(String teamId, String userId, String triggerId, String text, String confirmedClientId) {
        return run(teamId, userId, triggerId, text, confirmedClientId);
    }

    /** One /client line, carried out; {@code confirmed} is the client a "Did you mean …?" was answered with. */
    private CommandReply run(String teamId, String userId, String triggerId, String text, String confirmed) {
        // who is asking, once: their "today" reads the dates they type and draws the cards they see
        Caller caller = people.caller(teamId, userId);
        ClientCommand command = clients.parserFor(caller).parse(text);

        if (command instanceof ClientCommand.Help help) {
            return CommandReply.text(SlackText.escape(help.text()));
        }
        if (command instanceof ClientCommand.Status status) {
            // Reading is harmless: the best match answers at once, its name on the card says which it is.
            return withClient(status.client(), status.typed(), clientId -> new CommandReply(
                    "Status of a client", ClientBlocks.statusCard(card(caller, clientId), true)));
        }
        if (command instanceof ClientCommand.Report report) {
            TeamReports teamReports = reports.getIfAvailable();
            if (teamReports == null) {
                return CommandReply.text("Team reports are not available here.");
            }
            TeamReports.Answer answer = teamReports.report(teamId, userId, report.leadId());
            return new CommandReply(answer.text().markup(), answer.blocks());
        }
        if (command instanceof ClientCommand.Update update) {
            ClientUpdateForms forms = updates.getIfAvailable();
            if (forms == null) {
                return CommandReply.text("Client updates are not available here.");
            }
            // the modal posts nothing until the AM presses Post: a typo match needs no question first
            return withClient(update.client(), update.typed(), clientId -> {
                forms.open(teamId, userId, clientId, triggerId);
                return CommandReply.none();
            });
        }
        if (command instanceof ClientCommand.ListClients list) {
            return list(caller, list);
        }
        if (GrowthCommands.handles(command)) {
            return growth.run(caller, command, (match, typed, doing, action) ->
                    withClientToWrite(teamId, userId, text, confirmed, match, typed, doing, action::apply));
        }
        if (command instanceof ClientCommand.AddForm) {
            forms.openAddForm(teamId, userId, triggerId);
            return CommandReply.none();
        }
        if (command instanceof ClientCommand.Add add) {
            Client client = clients.add(teamId, userId, add.name(), add.fields());
            home.refreshLater(teamId, userId, client.ownerId(), client.backupId());
            return new CommandReply(Mrkdwn.of("Added %s", client.name()).markup(), added(caller, client));
        }
        if (command instanceof ClientCommand.Set set) {
            return withClientToWrite(teamId, userId, text, confirmed, set.client(), set.typed(), "change it", clientId -> {
                String ownerBefore = clients.get(teamId, clientId).ownerId();
                Client client = clients.set(teamId, userId, clientId, set.change());
                home.refreshLater(teamId, userId, ownerBefore, client.ownerId());
                return CommandReply.text(Mrkdwn.of(":white_check_mark: %s", set.change().confirmation(client)).markup());
            });
        }
        if (command instanceof ClientCommand.Log log) {
            return withClientToWrite(teamId, userId, text, confirmed, log.client(), log.typed(), "log it", clientId -> {
                ClientService.LoggedTouch logged = clients.logTouch(teamId, clientId, userId, log.type(),
                        log.sentiment(), log.minutes(), log.summary(), null, "command");
                home.refreshLater(teamId, userId, logged.client().ownerId());
                String duration = log.minutes() > 0 ? " · " + Durations.format(log.minutes()) : "";
                return CommandReply.text(":white_check_mark: Logged a " + log.type().label() + " ("
                        + log.sentiment().label() + duration + ") with *" + ClientBlocks.name(logged.client())
                        + "*. Next check-in due " + nextDue(logged.client(), caller) + ".");
            });
        }
        if (command instanceof ClientCommand.LogForm form) {
            // The form names the client and saves nothing until it is submitted: no need to ask first.
            return withClient(form.client(), form.typed(), clientId -> {
                forms.openLogForm(teamId, userId, clientId, triggerId);
                return CommandReply.none();
            });
        }
        if (command instanceof ClientCommand.AddTask add) {
            return withClientToWrite(teamId, userId, text, confirmed, add.client(), add.typed(), "add the task", clientId -> {
                Task task = tasks.add(teamId, clientId, add.title(), add.assigneeId(), add.due(), userId);
                Client client = clients.get(teamId, clientId);
                home.refreshLater(teamId, userId, task.assigneeId(), client.ownerId());
                return CommandReply.text(":white_check_mark: Added `" + task.number() + "` "
                        + SlackText.user(task.title(), 300) + " for *" + ClientBlocks.name(client) + "*, assigned to <@"
                        + task.assigneeId() + ">" + (task.due() == null ? "" : ", due " + task.due())
                        + ". Close it with `/client done " + task.number() + "`.");
            });
        }
        if (command instanceof ClientCommand.Done done) {
            TaskService.Closed closed = tasks.done(teamId, done.taskNumber(), userId);
            home.refreshLater(teamId, userId, closed.task().assigneeId());
            return CommandReply.text(closed.alreadyDone()
                    ? "`" + closed.task().number() + "` was already done."
                    : ":white_check_mark: Done: `" + closed.task().number() + "` "
                    + SlackText.user(closed.task().title(), 300) + ".");
        }
        if (command instanceof ClientCommand.QbrShow show) {
            return withClient(show.client(), show.typed(), clientId -> CommandReply.text(
                    ClientService.qbrSchedule(clients.get(teamId, clientId), caller.today()).markup()));
        }
        if (command instanceof ClientCommand.QbrHeld held) {
            return withClientToWrite(teamId, userId, text, confirmed, held.client(), held.typed(), "mark its review held",
                    clientId -> {
                        ClientService.QbrHeld marked = clients.markQbrHeld(caller, clientId, held.on());
                        home.refreshLater(teamId, userId, marked.client().ownerId());
                        return CommandReply.text(marked.answer(caller.today()).markup());
                    });
        }
        throw new IllegalStateException("Unhandled command " + command);
    }

    private CommandReply list(Caller caller, ClientCommand.ListClients list) {
        String teamId = caller.teamId();
        String whose = list.scope() == ClientCommand.Scope.PERSON ? list.userId() : caller.userId();
        List<Client> found = clients.portfolio(teamId, list.scope(), whose);
        Instant now = caller.now();
        List<ClientBlocks.Row> rows = found.stream()
                .map(c -> new ClientBlocks.Row(c, clients.health(c, caller),
                        CheckInPolicy.isDue(c.lastTouchAt(), c.createdAt(), c.cadenceDays(), now)
                                && c.status() == ClientStatus.ACTIVE,
                        c.lastTouchAt() == null ? null : CheckInPolicy.daysSince(c.lastTouchAt(), now)))
                .sorted(Comparator.comparing((ClientBlocks.Row r) -> !r.due())
                        .thenComparingInt(r -> r.health().score()))
                .toList();
        // a Slack profile name is someone's words too: escaped like a client's name
        Mrkdwn title = switch (list.scope()) {
            case MINE -> Mrkdwn.of("Your clients");
            case ALL -> Mrkdwn.of("All clients");
            case PERSON -> Mrkdwn.of("Clients of %s", people.displayName(teamId, whose));
        };
        Mrkdwn empty = Mrkdwn.of(list.scope() == ClientCommand.Scope.MINE
                ? "You don't own any clients yet. Add one with `/client add \"Acme Corp\" tier growth`."
                : "No clients here yet.");
        return new CommandReply(title.markup(), ClientBlocks.portfolio(title, rows, empty));
    }

    private List<LayoutBlock> added(Caller caller, Client client) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.text(Mrkdwn.of(":white_check_mark: Added *%s*.", client.name())));
        blocks.addAll(ClientBlocks.statusCard(card(caller, client.id()), true));
        return blocks;
    }

    private ClientBlocks.Card card(Caller caller, String clientId) {
        return cards.forViewer(caller, clients.get(caller.teamId(), clientId));
    }

    private static String nextDue(Client client, Caller caller) {
        Instant due = CheckInPolicy.nextDue(client.lastTouchAt(), client.createdAt(), client.cadenceDays());
        return DatePhrases.describe(LocalDate.ofInstant(due, caller.zone()), caller.today());
    }

    private interface ClientAction {
        CommandReply apply(String clientId);
    }

    /** Runs the action on the matched client, or answers "No client matches …" with suggestions. */
    private static CommandReply withClient(NameMatch match, String typed, ClientAction action) {
        if (match instanceof NameMatch.Found found) {
            return action.apply(found.clientId());
        }
        return CommandReply.text(ClientBlocks.noMatch(match, typed));
    }

    /** As {@link #withClient}, but a client matched only through a typo is asked about before anything is written. */
    private CommandReply withClientToWrite(String teamId, String userId, String text, String confirmed, NameMatch match,
                                           String typed, String doing, ClientAction action) {
        if (match instanceof NameMatch.Found found && found.mustConfirm(confirmed)) {
            String held = pending.hold(teamId, userId, COMMAND, text, found.clientId());
            return DidYouMean.ask(held, COMMAND, text, found.displayName(), typed, doing);
        }
        return withClient(match, typed, action);
    }


    private static Response blocks(SlashCommandContext ctx, Mrkdwn fallback, List<LayoutBlock> blocks) {
        return ctx.ack(SlashCommandResponse.builder().responseType("ephemeral").text(fallback.markup()).blocks(blocks).build());
    }
}
