package dev.liaison.client;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Reads a client document into the plain inputs of {@link HealthScore}. */
public final class ClientHealthInputs {

    private ClientHealthInputs() {
    }

    public static HealthInputs of(Client client, Instant now, LocalDate today) {
        int p1 = 0;
        int p2 = 0;
        int p3 = 0;
        for (Client.OpenEscalation escalation : client.openEscalations()) {
            switch (escalation.severity()) {
                case "p1" -> p1++;
                case "p3" -> p3++;
                default -> p2++;
            }
        }
        String month = YearMonth.from(now.atOffset(ZoneOffset.UTC)).toString();
        int overdueTasks = (int) client.openTasks().stream()
                .filter(t -> t.dueDate() != null && t.dueDate().isBefore(today))
                .count();
        return new HealthInputs(now, today,
                CheckInPolicy.nextDue(client.lastTouchAt(), client.createdAt(), client.cadenceDays()),
                p1, p2, p3,
                (int) client.negativeTouchesSince(now.minus(Duration.ofDays(30))),
                client.budgetMinutesIn(month) / 60.0,
                client.budgetHours(),
                overdueTasks,
                client.renewal(),
                client.lastTouchAt());
    }
}
