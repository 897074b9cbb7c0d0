package dev.liaison.client;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.liaison.store.Sequences;
import dev.liaison.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Which clients an address belongs to: by domain or a parent of it, from a map read only after a change. */
class ClientDomainIndexTest {

    private static final TestDatabase.Bare DB = TestDatabase.bare(ClientDomainIndexTest.class);

    private final MongoTemplate mongo = spy(DB.template());
    private final Sequences sequences = mock(Sequences.class);
    private final AtomicLong version = new AtomicLong(1);
    private final ClientDomainIndex index = new ClientDomainIndex(mongo, sequences);

    @BeforeEach
    void clients() {
        DB.clear();
        when(sequences.recent(anyString(), eq(ClientDomainIndex.VERSION))).thenAnswer(i -> version.get());
        store("T1", "c-acme", "Acme", ClientStatus.ACTIVE, "acme.com", "acme.co.uk");
        store("T1", "c-acme-labs", "Acme Labs", ClientStatus.ACTIVE, "labs.acme.com");
        store("T1", "c-gone", "Gone", ClientStatus.CHURNED, "gone.io");
        store("T2", "c-other", "Acme elsewhere", ClientStatus.ACTIVE, "acme.com");
    }

    @AfterAll
    static void close() {
        DB.close();
    }

    private void store(String team, String id, String name, ClientStatus status, String... domains) {
        Client client = ClientFixtures.client(name).team(team).id(id).build();
        client.setDomains(List.of(domains));
        client.setStatus(status);
        DB.template().insert(client);
    }

    @Test
    void anAddressAtADomainOrASubdomainOfItIsTheClients() {
        assertThat(index.clientIdsFor("T1", "jo@acme.com")).containsExactly("c-acme");
        assertThat(index.clientIdsFor("T1", "Jo@Mail.ACME.com")).containsExactly("c-acme");
        assertThat(index.clientIdsFor("T1", "jo@acme.co.uk")).containsExactly("c-acme");
        assertThat(index.clientIdsFor("T1", "acme.com")).containsExactly("c-acme");
    }

    @Test
    void aSubdomainThatIsAnotherClientsBelongsToBoth() {
        assertThat(index.clientIdsFor("T1", "ada@labs.acme.com")).containsExactlyInAnyOrder("c-acme-labs", "c-acme");
        assertThat(index.clientIdsFor("T1", "ada@acme.com")).containsExactly("c-acme");
    }

    @Test
    void lookAlikesOtherWorkspacesAndChurnedClientsAreNot() {
        assertThat(index.clientIdsFor("T1", "x@notacme.com")).isEmpty();
        assertThat(index.clientIdsFor("T1", "x@acme.com.evil.io")).isEmpty();
        assertThat(index.clientIdsFor("T1", "x@com")).isEmpty();
        assertThat(index.clientIdsFor("T1", "x@gone.io")).isEmpty();
        assertThat(index.clientIdsFor("T1", null)).isEmpty();
        assertThat(index.clientIdsFor("T3", "jo@acme.com")).isEmpty();
        assertThat(index.clientIdsFor("T2", "jo@acme.com")).containsExactly("c-other");
    }

    @Test
    void manyLookupsReadTheClientsOnceUntilTheVersionMoves() {
        for (int i = 0; i < 100; i++) {
            index.clientIdsFor("T1", "person" + i + "@acme.com");
            index.clientIdsFor("T1", "person" + i + "@agency.example");
        }
        verify(mongo, times(1)).find(any(Query.class), any(Class.class), eq("clients"));

        store("T1", "c-new", "Newco", ClientStatus.ACTIVE, "newco.com");
        assertThat(index.clientIdsFor("T1", "a@newco.com")).as("stale until the version moves").isEmpty();
        version.incrementAndGet();
        assertThat(index.clientIdsFor("T1", "a@newco.com")).containsExactly("c-new");
        verify(mongo, times(2)).find(any(Query.class), any(Class.class), eq("clients"));
    }
}
