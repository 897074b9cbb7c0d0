package dev.liaison.client;

import java.time.Instant;
import java.time.LocalDate;

/** Builds client documents for renderer tests (the constructor and mutators are package-private). */
public final class ClientFixtures {

    private ClientFixtures() {
    }

    public static Client client(String name, Instant createdAt) {
        return new Client("T1", name, NameKey.of(name), "U0OWNER1", createdAt, "U0OWNER1");
    }

    /** A client of a team, with its id, for the report and other per-team tests. */
    public static Client ofTeam(String teamId, String id, String name, String ownerId, Instant createdAt,
                                LocalDate renewal, Double budgetHours, int negativeTouches, Instant now) {
        Client client = new Client(teamId, name, NameKey.of(name), ownerId, createdAt, ownerId);
        client.assignId(id);
        client.setRenewal(renewal);
        client.setBudgetHours(budgetHours);
        for (int i = 0; i < negativeTouches; i++) {
            client.recordTouch(new Interaction(id + "-t" + i, teamId, id, TouchType.CALL, Sentiment.NEGATIVE, 600,
                    "Unhappy about the invoice", now.minusSeconds(3600L * (i + 1)), ownerId, now, "test"),
                    java.time.YearMonth.from(now.atZone(java.time.ZoneOffset.UTC)).toString());
        }
        if (negativeTouches > 0) {
            client.addOpenEscalation(new Client.OpenEscalation(id + "-e", "p1", "Site down", now.minusSeconds(7_200), null));
        }
        return client;
    }

    /** Every list on the card as long as it can get, and every text full of things that could ping. */
    public static Client maximal(Instant now) {
        String evil = "<!channel> & <@U0VICTIM> ";
        Client client = client((evil + evil + evil + evil).substring(0, 80), now.minusSeconds(86_400 * 90));
        client.setBackupId("U0BACKUP1");
        client.setRenewal(LocalDate.of(2026, 12, 1));
        client.setBudgetHours(10.0);
        client.setRetainerCents(123_456_789L);
        client.setDomains(EmailDomains.parse(String.join(",", java.util.stream.IntStream.range(0, EmailDomains.MAX)
                .mapToObj(i -> String.format("client-%02d-%s.example.co.uk", i, "x".repeat(24))).toList())));
        for (int i = 0; i < 5; i++) {
            client.addChannel("C0CHAN" + i);
            client.addAlias(evil + i);
        }
        for (int i = 0; i < 7; i++) {
            client.recordTouch(new Interaction("i" + i, "T1", null, TouchType.CALL, Sentiment.NEGATIVE, 120,
                    (evil + "<!here> ").repeat(20), now.minusSeconds(3600L * i), "U0OWNER1", now, "test"), "2026-11");
        }
        for (int i = 1; i <= 500; i++) {
            client.addOpenTask(new Client.OpenTask("T-" + i, (evil + "task ").repeat(12), "U0OWNER1",
                    i % 2 == 0 ? "2026-11-01" : null));
        }
        return client;
    }
}
