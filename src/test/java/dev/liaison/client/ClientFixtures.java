package dev.liaison.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The one way tests build a client document without going through a command: {@link #client(String)} and
 * its builder, with the app's own class and mutators (package-private, hence this class lives in the
 * client's package), so renderer tests, the report tests and the benchmark's dataset have exactly the shape
 * the app writes. End-to-end tests add clients with {@code /client add} instead.
 */
public final class ClientFixtures {

    private ClientFixtures() {
    }

    /** A client of team T1 owned by U0OWNER1, created at {@code createdAt}: set the rest on the builder. */
    public static Builder client(String name) {
        return new Builder(name);
    }

    public static Client client(String name, Instant createdAt) {
        return client(name).createdAt(createdAt).build();
    }

    /** A client of a team, with its id, for the report and other per-team tests. */
    public static Client ofTeam(String teamId, String id, String name, String ownerId, Instant createdAt,
                                LocalDate renewal, Double budgetHours, int negativeTouches, Instant now) {
        Client client = client(name).team(teamId).id(id).owner(ownerId).createdAt(createdAt).renewal(renewal)
                .budgetHours(budgetHours).build();
        for (int i = 0; i < negativeTouches; i++) {
            client.recordTouch(new Interaction(id + "-t" + i, teamId, id, TouchType.CALL, Sentiment.NEGATIVE, 600,
                    "Unhappy about the invoice", now.minusSeconds(3600L * (i + 1)), ownerId, now, "test"),
                    YearMonth.from(now.atZone(ZoneOffset.UTC)).toString());
        }
        if (negativeTouches > 0) {
            client.addOpenEscalation(new Client.OpenEscalation(id + "-e", "p1", "Site down", now.minusSeconds(7_200), null));
        }
        return client;
    }

    /** Every list on the card as long as it can get, and every text full of things that could ping. */
    public static Client maximal(Instant now) {
        String evil = "<!channel> & <@U0VICTIM> ";
        Client client = client((evil + evil + evil + evil).substring(0, 80)).createdAt(now.minusSeconds(86_400 * 90))
                .backup("U0BACKUP1").renewal(LocalDate.of(2026, 12, 1)).budgetHours(10.0).retainerCents(123_456_789L)
                .build();
        client.setDomains(EmailDomains.parse(String.join(",", IntStream.range(0, EmailDomains.MAX)
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

    public static void recordTouch(Client client, Interaction touch, String month) {
        client.recordTouch(touch, month);
    }

    public static void openTask(Client client, Client.OpenTask task) {
        client.addOpenTask(task);
    }

    public static void openEscalation(Client client, Client.OpenEscalation escalation) {
        client.addOpenEscalation(escalation);
    }

    /** Claims each client's name, as {@code ClientService.add} does, in one bulk write. */
    public static void insertNames(MongoTemplate mongo, List<Client> clients) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ClientName.class);
        for (Client c : clients) {
            bulk.insert(new ClientName(ClientName.id(c.teamId(), c.nameKey()), c.teamId(), c.nameKey(), c.id(),
                    c.name(), c.name(), false));
        }
        bulk.execute();
    }

    public static final class Builder {

        private final String name;
        private String teamId = "T1";
        private String id;
        private boolean stored;
        private String ownerId = "U0OWNER1";
        private String backupId;
        private Tier tier;
        private LocalDate renewal;
        private Double budgetHours;
        private Long retainerCents;
        private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");

        private Builder(String name) {
            this.name = name;
        }

        public Builder team(String teamId) {
            this.teamId = teamId;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * With a fixed id, as if already inserted (version 0): for documents written straight to the
         * database, whose later saves compare versions with it.
         */
        public Builder stored(String id) {
            this.id = id;
            this.stored = true;
            return this;
        }

        public Builder owner(String ownerId) {
            this.ownerId = ownerId;
            return this;
        }

        public Builder backup(String backupId) {
            this.backupId = backupId;
            return this;
        }

        /** The tier and its default cadence, as {@code /client add … tier} sets them. */
        public Builder tier(Tier tier) {
            this.tier = tier;
            return this;
        }

        public Builder renewal(LocalDate renewal) {
            this.renewal = renewal;
            return this;
        }

        public Builder budgetHours(Double budgetHours) {
            this.budgetHours = budgetHours;
            return this;
        }

        public Builder retainerCents(Long retainerCents) {
            this.retainerCents = retainerCents;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Client build() {
            Client client = new Client(teamId, name, NameKey.of(name), ownerId, createdAt, ownerId);
            if (stored) {
                ReflectionTestUtils.setField(client, "id", id);
                ReflectionTestUtils.setField(client, "version", 0L);
            } else if (id != null) {
                client.assignId(id);
            }
            if (backupId != null) {
                client.setBackupId(backupId);
            }
            if (tier != null) {
                client.setTier(tier);
                client.setCadenceDays(tier.defaultCadenceDays());
            }
            if (renewal != null) {
                client.setRenewal(renewal);
            }
            if (budgetHours != null) {
                client.setBudgetHours(budgetHours);
            }
            if (retainerCents != null) {
                client.setRetainerCents(retainerCents);
            }
            return client;
        }
    }
}
