package dev.liaison.store;

import java.util.List;
import java.util.Set;

import dev.liaison.slack.outbox.OutboxMessage;
import dev.liaison.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexes a real MongoDB needs are made by {@link DatabaseIndexes} from the documents'
 * annotations: here the outbox's, whose claim query (pending, due, earliest first) runs four times a
 * second on every instance. With -Dliaison.test.mongodb-uri this runs against that server.
 */
class DatabaseIndexesTest {

    @Test
    void theOutboxClaimQueryHasItsIndex() {
        try (TestDatabase.Bare database = TestDatabase.bare(DatabaseIndexesTest.class)) {
            MongoMappingContext mapping = new MongoMappingContext();
            mapping.setInitialEntitySet(Set.of(OutboxMessage.class));
            mapping.setSimpleTypeHolder(new MongoCustomConversions(List.of()).getSimpleTypeHolder());
            mapping.afterPropertiesSet();
            DatabaseIndexes indexes = new DatabaseIndexes(database.template(), mapping);
            indexes.create();
            assertThat(indexes.created()).isTrue();

            List<IndexInfo> outbox = database.template().indexOps("outbox").getIndexInfo();
            assertThat(outbox).anySatisfy(index -> assertThat(index.getIndexFields()).extracting(IndexField::getKey)
                    .containsExactly("status", "nextAttemptAt"));
            indexes.stop();
        }
    }
}
