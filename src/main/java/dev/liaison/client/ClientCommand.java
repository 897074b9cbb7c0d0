package dev.liaison.client;

import java.time.LocalDate;
import java.util.List;

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

    /** /client update <client>: the drafted client status update, in a modal. */
    record Update(NameMatch client, String typed) implements ClientCommand {
    }
}
