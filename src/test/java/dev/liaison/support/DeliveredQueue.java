package dev.liaison.support;

import java.time.Duration;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.liaison.slack.outbox.OutboxMessage;
import dev.liaison.slack.outbox.OutboxSender;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Nothing more was sent", counted instead of waited for: the test delivers a workspace's queue to
 * the end itself (alongside the app's own worker), moving the clock a second a round so each
 * channel's one-message-per-second pace lets every queued message out, until nothing of the
 * workspace is pending. Then every message queued has been posted, and nothing more can be, so the
 * queue and the posts (by the delivery key Liaison puts in each post's metadata) can be counted.
 */
public final class DeliveredQueue {

    private DeliveredQueue() {
    }

    public static void deliverEverything(ApplicationContext app, MutableClock clock, String teamId) {
        OutboxSender sender = app.getBean(OutboxSender.class);
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        for (int round = 0; round < 600 && pending(mongo, teamId) > 0; round++) {
            sender.deliverDue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(pending(mongo, teamId)).as("messages of %s still pending", teamId).isZero();
    }

    /** The keys of the messages of this kind queued for this channel, in any state. */
    public static List<String> queuedKeys(ApplicationContext app, String teamId, String channel, String kind) {
        return app.getBean(MongoTemplate.class).find(Query.query(Criteria.where("teamId").is(teamId)
                .and("channel").is(channel).and("kind").is(kind)), OutboxMessage.class).stream()
                .map(OutboxMessage::id).toList();
    }

    /** How many posts the fake Slack received carrying this delivery key. */
    public static long postsOf(FakeSlackWebApi slack, String key) {
        return slack.calls("chat.postMessage").stream().filter(c -> key.equals(deliveryKey(c))).count();
    }

    private static String deliveryKey(FakeSlackWebApi.Call call) {
        String metadata = call.params().get("metadata");
        if (metadata == null) {
            return null;
        }
        JsonObject payload = JsonParser.parseString(metadata).getAsJsonObject().getAsJsonObject("event_payload");
        return payload == null || !payload.has("key") ? null : payload.get("key").getAsString();
    }

    private static long pending(MongoTemplate mongo, String teamId) {
        return mongo.count(Query.query(Criteria.where("teamId").is(teamId).and("status").is(OutboxMessage.Status.PENDING)),
                OutboxMessage.class);
    }
}
