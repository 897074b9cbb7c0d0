package dev.liaison.people.slack;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.liaison.people.LiaisonCommand;
import dev.liaison.people.LiaisonCommandParser;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.PersonalSchedule;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackText;
import org.springframework.stereotype.Component;

/** /liaison: personal settings (digest time, working hours) and help. */
@Component
class LiaisonCommandListener implements SlackListener {

    static final String IMPORT_HELP = String.join("\n",
            "*Importing clients from a CSV file*",
            "Upload a `.csv` file in a direct message with me. Columns (a header row first):",
            "`name, owner_email or owner_id, tier, cadence_days, renewal, retainer, budget_hours, aliases`",
            "• `tier`: enterprise, growth or standard · `renewal`: YYYY-MM-DD · `aliases`: separated by `;`",
            "I answer with the rows created, updated and rejected, and why. Importing the same file again changes nothing.");

    private final PeopleService people;

    LiaisonCommandListener(PeopleService people) {
        this.people = people;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.command("/liaison", this::handle);
    }

    private Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        String teamId = payload.getTeamId();
        String userId = payload.getUserId();
        LiaisonCommand command = LiaisonCommandParser.parse(SlackText.unescape(payload.getText()));
        if (command instanceof LiaisonCommand.Help help) {
            return ctx.ack(SlackText.escape(help.text()));
        }
        if (command instanceof LiaisonCommand.ExplainImport) {
            return ctx.ack(SlackText.escape(IMPORT_HELP));
        }
        if (command instanceof LiaisonCommand.SetDigest digest) {
            Person person = people.setDigest(teamId, userId, digest.time());
            return ctx.ack(":white_check_mark: " + (digest.time() == null ? "No more daily digest for you."
                    : "Your digest now arrives at " + digest.time() + " (" + person.zone().getId() + ") on working days."));
        }
        if (command instanceof LiaisonCommand.SetHours hours) {
            Person person = people.setWorkingHours(teamId, userId, hours.start(), hours.end(), hours.days());
            return ctx.ack(":white_check_mark: Working hours: " + describe(person.schedule()) + ".");
        }
        Person me = people.lookup(teamId, userId).orElseThrow();
        PersonalSchedule schedule = me.schedule();
        return ctx.ack("*Your Liaison settings*\n• Time zone: " + schedule.zone().getId() + " (from your Slack profile)"
                + "\n• Daily digest: " + (schedule.digestTime() == null ? "off" : schedule.digestTime() + " on working days")
                + "\n• Working hours: " + describe(schedule)
                + (me.admin() ? "\n• You are a head of accounts (admin)." : ""));
    }

    static String describe(PersonalSchedule schedule) {
        String days = schedule.workDays().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", "));
        return schedule.workStart() + "–" + schedule.workEnd() + ", " + days + " (" + schedule.zone().getId() + ")";
    }
}
