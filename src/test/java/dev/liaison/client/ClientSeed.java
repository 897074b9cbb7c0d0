package dev.liaison.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Builds client documents for the benchmark's dataset with the app's own class and mutators (its
 * constructor and mutators are package-private), so the dataset has exactly the shape the app writes.
 */
public final class ClientSeed {

    private ClientSeed() {
    }

    /** A client with a fixed id (ids link the generated touches, tasks and escalations to it). */
    public static Client client(String id, String teamId, String name, String ownerId, String backupId, Tier tier,
                                LocalDate renewal, Double budgetHours, Long retainerCents, Instant createdAt) {
        Client client = new Client(teamId, name, NameKey.of(name), ownerId, createdAt, ownerId);
        ReflectionTestUtils.setField(client, "id", id);
        // what a first insert through MongoTemplate would have set: later saves compare with it
        ReflectionTestUtils.setField(client, "version", 0L);
        client.setBackupId(backupId);
        client.setTier(tier);
        client.setCadenceDays(tier.defaultCadenceDays());
        client.setRenewal(renewal);
        client.setBudgetHours(budgetHours);
        client.setRetainerCents(retainerCents);
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
}
