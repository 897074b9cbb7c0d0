package dev.liaison.client.slack;

import dev.liaison.slack.CommandReply;
import dev.liaison.slack.HeldCommandRunner;
import dev.liaison.slack.DidYouMean;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.liaison.client.PendingCommands;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import org.springframework.stereotype.Component;

/**
 * The two buttons of "Did you mean …?": Yes runs the held command and puts its answer where the
 * question was; No forgets it. Both replace the question, so it cannot be answered twice.
 */
@Component
class TypoConfirmListener implements SlackListener {

    private final PendingCommands pending;
    private final SlackMessenger slack;
    private final Map<String, HeldCommandRunner> runners;

    TypoConfirmListener(PendingCommands pending, SlackMessenger slack, List<HeldCommandRunner> runners) {
        this.pending = pending;
        this.slack = slack;
        this.runners = runners.stream().collect(Collectors.toMap(HeldCommandRunner::command, Function.identity()));
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(DidYouMean.CONFIRM)), (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = payload.getTeam().getId();
            String userId = payload.getUser().getId();
            CommandReply reply = pending.take(teamId, userId, payload.getActions().get(0).getValue())
                    .map(held -> {
                        HeldCommandRunner runner = runners.get(held.command());
                        return runner == null ? CommandReply.text("That command cannot be run from here; type it again.")
                                : runner.runConfirmed(teamId, userId, payload.getTriggerId(), held.text(), held.clientId());
                    })
                    .orElse(CommandReply.text("That question has expired or was already answered; type the command again."));
            if (reply.text() != null) {
                slack.replaceOriginal(payload.getResponseUrl(), reply.text(), reply.blocks().isEmpty() ? null : reply.blocks());
            } else {
                slack.replaceOriginal(payload.getResponseUrl(), "Opened the form.", null);
            }
            return ctx.ack();
        });
        registry.blockAction(Pattern.compile(Pattern.quote(DidYouMean.CANCEL)), (req, ctx) -> {
            var payload = req.getPayload();
            pending.drop(payload.getTeam().getId(), payload.getUser().getId(), payload.getActions().get(0).getValue());
            slack.replaceOriginal(payload.getResponseUrl(), "Cancelled: nothing was saved.", null);
            return ctx.ack();
        });
    }
}
