package dev.liaison.ooo.slack;

import java.time.LocalDate;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.liaison.ooo.Absence;
import dev.liaison.ooo.AbsenceService;
import dev.liaison.ooo.OooCommand;
import dev.liaison.ooo.OooCommandParser;
import dev.liaison.ooo.OooService;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackText;
import org.springframework.stereotype.Component;

/** /ooo: declare time out (yours, or a team member's for their lead or an admin), come back, list. */
@Component
class OooCommandListener implements SlackListener {

    private final OooService ooo;
    private final AbsenceService absences;
    private final PeopleService people;

    OooCommandListener(OooService ooo, AbsenceService absences, PeopleService people) {
        this.ooo = ooo;
        this.absences = absences;
        this.people = people;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.command("/ooo", this::handle);
    }

    private Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        String teamId = payload.getTeamId();
        String callerId = payload.getUserId();
        LocalDate today = ooo.today(teamId, callerId);
        OooCommand command = OooCommandParser.parse(SlackText.unescape(payload.getText()), today);
        if (command instanceof OooCommand.Help help) {
            return ctx.ack(SlackText.escape(help.text()));
        }
        if (command instanceof OooCommand.ListOut) {
            return ctx.ack(OooBlocks.list(absences.overlapping(teamId, today, today.plusDays(14)), today));
        }
        if (command instanceof OooCommand.Back back) {
            String who = back.userId() == null ? callerId : back.userId();
            String refusal = refuse(teamId, callerId, who);
            if (refusal != null) {
                return ctx.ack(refusal);
            }
            return ctx.ack(ooo.back(teamId, who).isPresent()
                    ? ":wave: Welcome back" + (who.equals(callerId) ? "" : ", <@" + who + ">")
                    + "! Cover has ended; a \"while you were out\" summary is in " + (who.equals(callerId) ? "your" : "their")
                    + " DM with Liaison."
                    : "<@" + who + "> isn't out today.");
        }
        OooCommand.Declare declare = (OooCommand.Declare) command;
        String who = declare.userId() == null ? callerId : declare.userId();
        String refusal = refuse(teamId, callerId, who);
        if (refusal != null) {
            return ctx.ack(refusal);
        }
        Absence absence = ooo.declare(teamId, who, declare.from(), declare.to(), callerId);
        String whom = who.equals(callerId) ? "You're" : "<@" + who + "> is";
        return ctx.ack(":palm_tree: " + whom + " out " + OooBlocks.period(absence.from(), absence.to())
                + (absence.prompted() ? ". " + (who.equals(callerId) ? "Your" : "Their") + " lead has the cover plan to approve."
                : ". The cover plan goes to " + (who.equals(callerId) ? "your" : "their") + " lead a day before."));
    }

    /** Someone else's absence is for their lead or an admin; and only members can be out. */
    private String refuse(String teamId, String callerId, String who) {
        if (!who.equals(callerId) && !people.mayManage(teamId, callerId, who)) {
            return "Only <@" + who + ">'s team lead or a head of accounts can do that for them.";
        }
        var person = people.lookup(teamId, who);
        if (person.isEmpty() || person.get().guest() || person.get().stranger() || person.get().bot()) {
            return "I can't find that person among this workspace's members.";
        }
        return null;
    }
}
