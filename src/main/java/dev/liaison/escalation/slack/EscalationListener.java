package dev.liaison.escalation.slack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.liaison.client.ClientActions;
import dev.liaison.client.ClientCommandParser;
import dev.liaison.client.ClientService;
import dev.liaison.client.NameMatch;
import dev.liaison.client.PendingCommands;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.CommandReply;
import dev.liaison.slack.HeldCommandRunner;
import dev.liaison.slack.DidYouMean;
import dev.liaison.escalation.Escalation;
import dev.liaison.escalation.EscalationService;
import dev.liaison.escalation.Severity;
import dev.liaison.parsing.CommandTokenizer;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.parsing.Token;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** /escalate and the parent message's buttons (Acknowledge, Resolve with its form, Escalate now). */
@Component
class EscalationListener implements SlackListener, HeldCommandRunner {

    static final String USAGE = "Use `/escalate <client> [p1|p2|p3] <summary>`, e.g. `/escalate Acme p1 Site down since 9am`.";

    private final EscalationService escalations;
    private final ClientService clients;
    private final SlackMessenger slack;
    private final App app;
    private final PendingCommands pending;
    private final PeopleService people;

    EscalationListener(EscalationService escalations, ClientService clients, SlackMessenger slack,
                       App app, PendingCommands pending, PeopleService people) {
        this.people = people;
        this.pending = pending;
        this.escalations = escalations;
        this.clients = clients;
        this.slack = slack;
        this.app = app;
    }

    /** Queues the parent after the ack; the delivery queue posts it, and its ts is recorded when it is delivered. */
    private void announceAfterAck(Escalation escalation) {
        app.executorService().execute(() -> {
            try {
                escalations.announce(escalation.teamId(), escalation.id());
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(EscalationListener.class)
                        .warn("Escalation {} not posted yet (the timer retries): {}", escalation.id(), e.getMessage());
            }
        });
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.command("/escalate", this::escalate);
        registry.blockAction(Pattern.compile(Pattern.quote(EscalationBlocks.ACK)), (req, ctx) -> act(req, ctx,
                () -> escalations.acknowledge(team(req), value(req), user(req))));
        registry.blockAction(Pattern.compile(Pattern.quote(EscalationBlocks.REOPEN)), (req, ctx) -> act(req, ctx,
                () -> escalations.reopen(team(req), value(req), user(req))));
        registry.blockAction(Pattern.compile(Pattern.quote(EscalationBlocks.ESCALATE_NOW)), (req, ctx) -> act(req, ctx,
                () -> escalations.escalateNow(team(req), value(req), user(req))));
        registry.blockAction(Pattern.compile(Pattern.quote(EscalationBlocks.RESOLVE)), (req, ctx) -> act(req, ctx, () -> {
            Escalation escalation = escalations.getToActOn(team(req), value(req), user(req));
            slack.openModal(team(req), req.getPayload().getTriggerId(), EscalationBlocks.resolveForm(escalation));
            return escalation;
        }));
        registry.blockAction(Pattern.compile(Pattern.quote(ClientActions.ESCALATE)), (req, ctx) -> {
            var client = clients.get(team(req), value(req));
            slack.openModal(team(req), req.getPayload().getTriggerId(), EscalationBlocks.openForm(client.id(), client.name()));
            return ctx.ack();
        });
        registry.viewSubmission(EscalationBlocks.OPEN_VIEW, (req, ctx) -> {
            var payload = req.getPayload();
            var values = payload.getView().getState().getValues();
            var severityValue = values.get(EscalationBlocks.SEVERITY) == null ? null
                    : values.get(EscalationBlocks.SEVERITY).get(EscalationBlocks.VALUE);
            Severity severity = severityValue == null || severityValue.getSelectedOption() == null ? Severity.P2
                    : Severity.parse(severityValue.getSelectedOption().getValue()).orElse(Severity.P2);
            var summaryValue = values.get(EscalationBlocks.SUMMARY) == null ? null
                    : values.get(EscalationBlocks.SUMMARY).get(EscalationBlocks.VALUE);
            String summary = summaryValue == null || summaryValue.getValue() == null ? "" : summaryValue.getValue().strip();
            if (summary.isEmpty()) {
                return ctx.ackWithErrors(Map.of(EscalationBlocks.SUMMARY, "Say what is wrong."));
            }
            try {
                announceAfterAck(escalations.open(payload.getTeam().getId(), payload.getUser().getId(),
                        payload.getView().getPrivateMetadata(), severity, summary));
            } catch (InvalidInputException invalid) {
                return ctx.ackWithErrors(Map.of(EscalationBlocks.SUMMARY, invalid.getMessage()));
            }
            return ctx.ack();
        });
        registry.viewSubmission(EscalationBlocks.RESOLVE_VIEW, (req, ctx) -> {
            var payload = req.getPayload();
            var values = payload.getView().getState().getValues().get(EscalationBlocks.NOTE);
            String note = values == null || values.get(EscalationBlocks.VALUE) == null
                    || values.get(EscalationBlocks.VALUE).getValue() == null ? ""
                    : values.get(EscalationBlocks.VALUE).getValue().strip();
            if (note.isEmpty()) {
                return ctx.ackWithErrors(Map.of(EscalationBlocks.NOTE, "Say how it was resolved; it goes in the thread and on the client."));
            }
            try {
                escalations.resolve(payload.getTeam().getId(), payload.getView().getPrivateMetadata(), payload.getUser().getId(), note);
            } catch (EscalationService.NotAllowed refused) {
                return ctx.ackWithErrors(Map.of(EscalationBlocks.NOTE, refused.getMessage()));
            }
            return ctx.ack();
        });
    }

    private Response escalate(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        CommandReply reply = run(payload.getTeamId(), payload.getUserId(), SlackText.unescape(payload.getText()), null);
        return reply.blocks().isEmpty() ? ctx.ack(reply.text())
                : ctx.ack(SlashCommandResponse.builder()
                        .responseType("ephemeral").text(reply.text()).blocks(reply.blocks()).build());
    }

    @Override
    public String command() {
        return "/escalate";
    }

    @Override
    public CommandReply runConfirmed(String teamId, String userId, String triggerId, String text, String confirmedClientId) {
        return run(teamId, userId, text, confirmedClientId);
    }

    private CommandReply run(String teamId, String userId, String typedText, String confirmed) {
        String text = typedText.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("help")) {
            return CommandReply.text(SlackText.escape(USAGE));
        }
        ClientCommandParser parser = clients.parserFor(people.caller(teamId, userId));
        ClientCommandParser.Leading leading = parser.client(text, USAGE);
        if (!(leading.match() instanceof NameMatch.Found found)) {
            return CommandReply.text("No client matches “" + SlackText.user(leading.typed(), 60) + "”. " + SlackText.escape(USAGE));
        }
        List<Token> tokens = CommandTokenizer.tokenize(leading.rest());
        Severity severity = Severity.P2;
        String summary = leading.rest();
        if (!tokens.isEmpty() && !tokens.get(0).quoted() && Severity.parse(tokens.get(0).text()).isEmpty()
                && Severity.looksLikeOne(tokens.get(0).text())) {
            // "p9" or "sev1" is a severity typed wrong, not the first word of the summary: open nothing
            throw new InvalidInputException("`" + SlackText.user(tokens.get(0).text(), 20)
                    + "` is not a severity: use p1, p2 or p3.\n" + USAGE);
        }
        if (!tokens.isEmpty() && Severity.parse(tokens.get(0).text()).isPresent()) {
            severity = Severity.parse(tokens.get(0).text()).get();
            summary = tokens.size() > 1 ? CommandTokenizer.rest(leading.rest(), tokens.get(1)) : "";
        }
        if (summary.isBlank()) {
            throw new InvalidInputException("Say what is wrong. " + USAGE);
        }
        if (summary.length() > 1500) {
            throw new InvalidInputException("Keep the summary under 1,500 characters; details go in the thread.");
        }
        if (found.mustConfirm(confirmed)) {
            String held = pending.hold(teamId, userId, command(), text, found.clientId());
            return DidYouMean.ask(held, command(), text, found.displayName(), leading.typed(), "escalate");
        }
        Escalation escalation = escalations.open(teamId, userId, found.clientId(), severity, summary);
        announceAfterAck(escalation);
        return CommandReply.text(":rotating_light: Opened " + severity.label().toUpperCase(Locale.ROOT) + " escalation "
                + escalation.number() + " on *" + SlackText.user(escalation.clientName(), 80) + "* in <#"
                + escalation.channel() + ">; it is with <@" + String.join(">, <@", escalation.rungUsers()) + ">.");
    }

    private interface Step {
        Escalation run();
    }

    private Response act(BlockActionRequest req, ActionContext ctx, Step step) {
        try {
            step.run();
        } catch (EscalationService.NotAllowed refused) {
            slack.respond(req.getPayload().getResponseUrl(), false, refused.getMessage(), null);
        }
        return ctx.ack();
    }

    private static String team(BlockActionRequest req) {
        return req.getPayload().getTeam().getId();
    }

    private static String user(BlockActionRequest req) {
        return req.getPayload().getUser().getId();
    }

    private static String value(BlockActionRequest req) {
        return req.getPayload().getActions().get(0).getValue();
    }
}
