package dev.liaison.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/**
 * Creates the documents' indexes once the application is up, and keeps trying every few seconds
 * while the database cannot be reached. Spring Data's auto-index-creation does it while building
 * the MongoTemplate, which makes a database that is down at start-up stop Liaison from starting at
 * all; this way it starts, answers "try again", and gets its indexes when the database is back.
 */
@Component
class DatabaseIndexes {

    private static final Logger log = LoggerFactory.getLogger(DatabaseIndexes.class);
    static final long RETRY_SECONDS = 5;

    private final MongoTemplate mongo;
    private final MongoMappingContext mapping;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "database-indexes");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean created;

    DatabaseIndexes(MongoTemplate mongo, MongoMappingContext mapping) {
        this.mongo = mongo;
        this.mapping = mapping;
    }

    // before the warm-up, the last of the ready listeners (warmup.WarmUpBeforeReady), which reads what this makes
    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (!tryCreate()) {
            retries.scheduleWithFixedDelay(() -> {
                if (tryCreate()) {
                    retries.shutdown();
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    boolean created() {
        return created;
    }

    private boolean tryCreate() {
        try {
            MongoPersistentEntityIndexResolver resolver = new MongoPersistentEntityIndexResolver(mapping);
            for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
                if (entity.isAnnotationPresent(Document.class)) {
                    for (IndexDefinition index : resolver.resolveIndexFor(entity.getTypeInformation())) {
                        mongo.indexOps(entity.getType()).createIndex(index);
                    }
                }
            }
            if (!created) {
                log.info("Database indexes are in place");
            }
            created = true;
            return true;
        } catch (RuntimeException unreachable) {
            log.warn("Database indexes not created yet (retrying every {} s): {}", RETRY_SECONDS,
                    unreachable.getMessage());
            return false;
        }
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }
}
