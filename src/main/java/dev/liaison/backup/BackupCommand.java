package dev.liaison.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

import com.mongodb.ConnectionString;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.liaison.LiaisonProperties;
import dev.liaison.StartupRefused;
import dev.liaison.store.EmbeddedMongoServer;
import dev.liaison.store.StoreConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar liaison.jar export <file>} and {@code import <file>}: the database Liaison would use
 * (MONGODB_URI, or the embedded one in LIAISON_DATA_DIR, read from the same settings as the app), written to
 * or read from an export file ({@link ExportFormat}). Nothing else of Liaison starts: no port, no job, no
 * Slack call. Exit status 0 when done, 1 when refused or failed (the reason is printed), 2 on bad usage.
 */
public final class BackupCommand {

    static final Set<String> COMMANDS = Set.of("export", "import");

    private BackupCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("usage: java -jar liaison.jar export <file> | import <file> [--liaison.data-dir=…]");
            return 2;
        }
        Path file = Path.of(args[1]);
        String[] settings = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = settings(settings);
             Database database = Database.open(context.getBean(LiaisonProperties.class))) {
            if (args[0].equals("export")) {
                TransferCounts counts = export(database, file);
                out.printf("Exported %,d documents from %s to %s:%n%s%n", counts.total(), database.describe(), file,
                        counts.describe());
            } else {
                DatabaseImport.Outcome outcome = new DatabaseImport(database.mongo(), Clock.systemUTC()).readFrom(file);
                if (outcome.alreadyImported()) {
                    out.printf("%s was already imported into %s: nothing written.%n", file, database.describe());
                } else {
                    out.printf("Imported %,d documents from %s into %s:%n%s%n", outcome.counts().total(), file,
                            database.describe(), outcome.counts().describe());
                }
            }
            return 0;
        } catch (DatabaseImport.ImportRefused | StartupRefused refused) {
            err.println("Liaison " + args[0] + " refused: " + refused.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException | MongoException failed) {
            err.println("Liaison " + args[0] + " failed: " + failed.getMessage());
            return 1;
        }
    }

    /**
     * Written beside the file and moved into place when complete: a file at that name is always a whole
     * export, never one cut short.
     */
    private static TransferCounts export(Database database, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        TransferCounts counts;
        try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            counts = new DatabaseExport(database.mongo(), Clock.systemUTC()).writeTo(writer);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(partial);
            throw failed;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return counts;
    }

    /** Liaison's settings (application.yml, the environment, --options) and nothing else of the app. */
    private static ConfigurableApplicationContext settings(String[] args) {
        return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args);
    }

    /** Not a @Configuration, so the app's component scan never picks it up. */
    @EnableConfigurationProperties(LiaisonProperties.class)
    static class Settings {
    }

    /** The database the app would use, opened for this command only. */
    private record Database(EmbeddedMongoServer embedded, MongoClient client, ConnectionString address)
            implements AutoCloseable {

        static Database open(LiaisonProperties properties) {
            if (!properties.embeddedDatabase()) {
                ConnectionString address = StoreConfiguration.withDefaultDatabase(properties.mongodbUri());
                return new Database(null, MongoClients.create(address), address);
            }
            EmbeddedMongoServer embedded;
            try {
                embedded = new EmbeddedMongoServer(properties.dataDir());
            } catch (RuntimeException inUse) {
                throw new StartupRefused("cannot open the embedded database in " + properties.dataDir().toAbsolutePath()
                        + " (is Liaison still running on it? stop it first): " + inUse.getMessage());
            }
            ConnectionString address = new ConnectionString(embedded.connectionString(StoreConfiguration.DEFAULT_DATABASE));
            return new Database(embedded, MongoClients.create(address), address);
        }

        MongoDatabase mongo() {
            return client.getDatabase(address.getDatabase());
        }

        /** Where, without the address's password. */
        String describe() {
            return embedded != null ? "the embedded database in " + embedded.file().getParent()
                    : "database " + address.getDatabase() + " at " + String.join(",", address.getHosts());
        }

        @Override
        public void close() {
            client.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
