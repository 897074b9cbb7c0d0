package dev.liaison.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.liaison.LiaisonProperties;
import dev.liaison.slack.SlackCredentials;
import dev.liaison.slack.SlackProperties;
import dev.liaison.support.TestDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

/**
 * Forgetting a workspace deletes its documents in every collection of Liaison's, and leaves
 * MongoDB's own {@code system.*} collections alone: a real MongoDB lists them (system.views once a
 * view exists, system.profile with profiling on) and refuses writes there, which the embedded server
 * never shows, so the database here is the test's own with those two refusals added as MongoDB makes them.
 */
class DeleteWorkspaceDataTest {

    private static final String KEY = "3f6c1d2e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d";

    private TestDatabase.Bare database;
    private MongoTemplate mongo;

    @BeforeEach
    void database() {
        database = TestDatabase.bare(DeleteWorkspaceDataTest.class);
        mongo = spy(database.template());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyDocumentOfTheWorkspaceGoesAndMongoDbsOwnCollectionsAreLeftAlone() {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        mongo.save(new Installation("T0GONE0001", null, "Gone agency", "A0GONE", "B0GONE", "U0GONEBOT", null,
                "chat:write", "U0INSTALLER", Installation.Status.UNINSTALLED, at, at, null));
        mongo.insert(new Document("_id", "c1").append("teamId", "T0GONE0001").append("name", "Gone Co"), "clients");
        mongo.insert(new Document("_id", "c2").append("teamId", "T0STAYS001").append("name", "Stays Co"), "clients");
        Set<String> listed = new HashSet<>(mongo.getCollectionNames());
        listed.addAll(List.of("system.views", "system.profile"));
        doReturn(listed).when(mongo).getCollectionNames();
        doThrow(new UncategorizedMongoDbException("Command failed with error 73 (InvalidNamespace): "
                + "'cannot write to system collection'", null)).when(mongo).remove(any(Query.class), startsWith("system."));

        long deleted = workspaces().deleteData("T0GONE0001");

        assertThat(deleted).isEqualTo(2);
        assertThat(mongo.getCollection("clients").countDocuments(new Document("teamId", "T0GONE0001"))).isZero();
        assertThat(mongo.getCollection("clients").countDocuments(new Document("teamId", "T0STAYS001"))).isOne();
    }

    private Workspaces workspaces() {
        LiaisonProperties properties = new LiaisonProperties(Path.of("target", "forget"), List.of(), "", "", KEY, "",
                false);
        SlackCredentials oauth = new SlackCredentials(SlackProperties.Mode.OAUTH, "", "signing", "http://127.0.0.1:1/api/",
                "", "client", "secret", "chat:write", "");
        return new Workspaces(mongo, oauth, Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), properties);
    }
}
