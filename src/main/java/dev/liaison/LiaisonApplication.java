package dev.liaison;

import java.time.Clock;

import dev.liaison.backup.BackupCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LiaisonApplication {

    public static void main(String[] args) {
        if (BackupCommand.handles(args)) {
            // export <file> / import <file>: the database only, nothing else of Liaison starts
            System.exit(BackupCommand.run(args, System.out, System.err));
        }
        try {
            SpringApplication.run(LiaisonApplication.class, args);
        } catch (RuntimeException failed) {
            // the reason is already printed (StartupRefusedAnalyzer); a non-zero exit tells the supervisor
            if (refused(failed)) {
                System.exit(2);
            }
            throw failed;
        }
    }

    private static boolean refused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupRefused) {
                return true;
            }
        }
        return false;
    }

    /** All time comes from here, so policies and tests can pin it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
