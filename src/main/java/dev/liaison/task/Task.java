package dev.liaison.task;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task for a client. The number (T-42) is short and unique per workspace; the id is team +
 * number, so looking a task up by what people type is a primary-key read.
 */
@Document("tasks")
@CompoundIndex(name = "team_number", def = "{'teamId': 1, 'number': 1}", unique = true)
public record Task(@Id String id, String teamId, String number, String clientId, String title, String assigneeId,
                   String due, TaskStatus status, String createdBy, Instant createdAt, String doneBy,
                   Instant doneAt) {

    public enum TaskStatus { OPEN, DONE }

    static String id(String teamId, String number) {
        return teamId + ":" + number;
    }

    public LocalDate dueDate() {
        return due == null ? null : LocalDate.parse(due);
    }
}
