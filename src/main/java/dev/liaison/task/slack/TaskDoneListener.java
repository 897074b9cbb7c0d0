package dev.liaison.task.slack;

import java.util.regex.Pattern;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SettledMessage;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackMessenger;
import dev.liaison.slack.SlackText;
import dev.liaison.task.TaskActions;
import dev.liaison.task.TaskService;
import org.springframework.stereotype.Component;

/** "Mark done" on a task in a digest; a second click finds it already done and changes nothing. */
@Component
class TaskDoneListener implements SlackListener {

    private final TaskService tasks;
    private final SlackMessenger slack;

    TaskDoneListener(TaskService tasks, SlackMessenger slack) {
        this.tasks = tasks;
        this.slack = slack;
    }

    /** The digest (or card) the button was on shows the task as done, in place (chat.update of that message). */
    private void settleTheLine(BlockActionPayload payload,
                               TaskService.Closed closed) {
        String by = closed.task().doneBy() == null ? payload.getUser().getId() : closed.task().doneBy();
        SettledMessage.redrawClicked(slack, payload, ":white_check_mark: Done by <@" + by + ">");
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.blockAction(Pattern.compile(Pattern.quote(TaskActions.DONE)), (req, ctx) -> {
            var payload = req.getPayload();
            TaskService.Closed closed = tasks.done(payload.getTeam().getId(), payload.getActions().get(0).getValue(),
                    payload.getUser().getId());
            slack.respond(payload.getResponseUrl(), false, closed.alreadyDone()
                    ? "`" + closed.task().number() + "` was already done."
                    : ":white_check_mark: Done: `" + closed.task().number() + "` "
                    + SlackText.user(closed.task().title(), 300) + ".", null);
            settleTheLine(payload, closed);
            return ctx.ack();
        });
    }
}
