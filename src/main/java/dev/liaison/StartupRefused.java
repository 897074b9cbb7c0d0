package dev.liaison;

/**
 * Liaison will not start as configured: the message is one line naming what is wrong (a partial set
 * of Slack credentials, a sandbox pointed at a real database…). Reported by {@link StartupRefusedAnalyzer}
 * without a stack trace, and the process exits non-zero ({@link LiaisonApplication#main}).
 */
public class StartupRefused extends RuntimeException {

    public StartupRefused(String reason) {
        super(reason);
    }
}
