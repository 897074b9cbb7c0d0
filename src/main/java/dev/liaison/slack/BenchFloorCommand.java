package dev.liaison.slack;

import com.slack.api.bolt.App;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The benchmarks' floor (docs/benchmarks.md): a slash command that acks at once, on the same Bolt
 * App and endpoint as every listener, so its latency is HTTP + signature check + Bolt dispatch and
 * nothing of ours. Exists only under the "bench" profile; registered on the App directly, not through
 * {@link ListenerRegistry}, because it is not a Liaison command (nor in manifest.yml).
 */
@Component
@Profile("bench")
class BenchFloorCommand {

    static final String COMMAND = "/bench-floor";

    BenchFloorCommand(App app) {
        app.command(COMMAND, (req, ctx) -> ctx.ack());
    }
}
