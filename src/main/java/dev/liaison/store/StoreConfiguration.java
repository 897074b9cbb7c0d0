package dev.liaison.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import dev.liaison.LiaisonProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.lang.Nullable;

/**
 * One code path for both databases: an explicit MONGODB_URI, or the embedded server. Either way Boot
 * receives a {@link MongoConnectionDetails}, so the rest of the app cannot tell the difference.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    public static final String DEFAULT_DATABASE = "liaison";

    @Bean(destroyMethod = "close")
    @Nullable
    EmbeddedMongoServer embeddedMongoServer(LiaisonProperties properties) {
        return properties.embeddedDatabase() ? new EmbeddedMongoServer(properties.dataDir()) : null;
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(LiaisonProperties properties,
                                                  @Nullable EmbeddedMongoServer embedded) {
        ConnectionString connectionString = embedded != null
                ? new ConnectionString(embedded.connectionString(DEFAULT_DATABASE))
                : withDefaultDatabase(properties.mongodbUri());
        return () -> connectionString;
    }

    /** A MONGODB_URI without a database name means the "liaison" database, not the driver's "test". */
    public static ConnectionString withDefaultDatabase(String uri) {
        ConnectionString parsed = new ConnectionString(uri);
        if (parsed.getDatabase() != null) {
            return parsed;
        }
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String params = query < 0 ? "" : uri.substring(query);
        int schemeEnd = base.indexOf("://") + 3;
        String path = base.indexOf('/', schemeEnd) < 0 ? "/" : "";
        return new ConnectionString(base + path + DEFAULT_DATABASE + params);
    }

    /**
     * A database that is down must give the user "try again" within Slack's 3 seconds: choosing a server
     * (1.5 s) and connecting (1 s) give up quickly. The read timeout is for a connection that stopped
     * answering, and is long, because a job's workspace-wide read is slow but not stuck: the digest of a
     * 10,000-person agency reads every client and open task of it at once, which took over 10 s on the
     * embedded database (docs/benchmarks.md, "Digest growth").
     */
    @Bean
    MongoClientSettingsBuilderCustomizer liaisonMongoTimeouts() {
        return settings -> settings
                .applyToClusterSettings(c -> c.serverSelectionTimeout(1500, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(1000, TimeUnit.MILLISECONDS)
                        .readTimeout(60, TimeUnit.SECONDS));
    }
}
