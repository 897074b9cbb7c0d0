package dev.liaison.client;

import java.time.LocalDate;
import java.util.List;

import dev.liaison.growth.Goal;
import dev.liaison.growth.OpportunityChange;
import dev.liaison.growth.Stage;

/** What a line of /client text asks for, parsed but not yet carried out. */
public sealed interface ClientCommand {

    /** /client report [team|@lead]: a team's weekly account report, now (null lead: the caller's team). */
    record Report(String leadId) implements ClientCommand {
    }

    /** Help or usage: the text to answer with (an unknown sub-command gets the usage). */
    record Help(String text) implements ClientCommand {
    }

    record Status(NameMatch client, String typed) implements ClientCommand {
    }

    enum Scope { MINE, ALL, PERSON }

    record ListClients(Scope scope, String userId) implements ClientCommand {
    }

    record Add(String name, List<ClientField.Value<?>> fields) implements ClientCommand {
    }

    /** /client add with nothing after it: the add-client form. */
    record AddForm() implements ClientCommand {
    }

    record Set(NameMatch client, String typed, ClientField.Value<?> change) implements ClientCommand {
    }

    record Log(NameMatch client, String typed, TouchType type, Sentiment sentiment, int minutes, String summary)
            implements ClientCommand {
    }

    /** /client log with only a client: the log form, pre-set to that client. */
    record LogForm(NameMatch client, String typed) implements ClientCommand {
    }

    record AddTask(NameMatch client, String typed, String title, String assigneeId, LocalDate due)
            implements ClientCommand {
    }

    record Done(String taskNumber) implements ClientCommand {
    }

    /** /client qbr <client>: when its next quarterly business review is due. */
    record QbrShow(NameMatch client, String typed) implements ClientCommand {
    }

    /** /client qbr <client> held [<date>]: the review held (null date: today). */
    record QbrHeld(NameMatch client, String typed, LocalDate on) implements ClientCommand {
    }

    /** /client opp <client> <title> [<amount>] [stage …] [close <date>]: a new opportunity (stage null: lead). */
    record AddOpportunity(NameMatch client, String typed, String title, Long amountCents, Stage stage, LocalDate close)
            implements ClientCommand {
    }

    /** /client opp O-12 stage won|close <date>|amount <n>|title <text>. */
    record ChangeOpportunity(String number, OpportunityChange change) implements ClientCommand {
    }

    /** /client opps [mine|all|@user|<client>]: with a client, that client's open ones (scope then ignored). */
    record ListOpportunities(Scope scope, String userId, NameMatch client, String typed) implements ClientCommand {
    }

    /** /client goal <client> <text> [by <date>]. */
    record AddGoal(NameMatch client, String typed, String text, LocalDate by) implements ClientCommand {
    }

    /** /client goal G-3 done|dropped. */
    record CloseGoal(String number, Goal.Status status) implements ClientCommand {
    }

    /** /client goals <client>: the account plan. */
    record ListGoals(NameMatch client, String typed) implements ClientCommand {
    }

    /** /client update <client>: the drafted client status update, in a modal. */
    record Update(NameMatch client, String typed) implements ClientCommand {
    }
}
