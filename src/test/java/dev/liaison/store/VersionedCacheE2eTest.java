package dev.liaison.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A cached value is loaded once per version: a change here is seen at once, one by another instance within the recheck. */
class VersionedCacheE2eTest extends LiaisonE2eTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void loadsOncePerVersionAndReloadsAfterAChangeHereAtOnceAndElsewhereWithinTheRecheck() {
        String team = newTeam();
        VersionedCache<String> here = new VersionedCache<>(new Sequences(mongo), "things");
        VersionedCache<String> elsewhere = new VersionedCache<>(new Sequences(mongo), "things");
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger(1);

        assertThat(here.get(team, "k", () -> "v" + stored.get() + "/" + loads.incrementAndGet())).isEqualTo("v1/1");
        assertThat(here.get(team, "k", () -> "v" + stored.get() + "/" + loads.incrementAndGet())).isEqualTo("v1/1");
        assertThat(loads).hasValue(1);

        stored.set(2);
        here.changed(team);
        assertThat(here.get(team, "k", () -> "v" + stored.get() + "/" + loads.incrementAndGet())).isEqualTo("v2/2");

        stored.set(3);
        elsewhere.changed(team);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> here.get(team, "k", () -> "v" + stored.get() + "/" + loads.incrementAndGet()).startsWith("v3"));
        // another workspace's change is not this one's
        elsewhere.changed(newTeam());
        assertThat(here.get(team, "k", () -> "v" + stored.get() + "/" + loads.incrementAndGet())).startsWith("v3");
    }
}
