package dev.liaison;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start-up as its one-line reason instead of a stack trace. */
class StartupRefusedAnalyzer extends AbstractFailureAnalyzer<StartupRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupRefused cause) {
        return new FailureAnalysis("Liaison refused to start: " + cause.getMessage(),
                "Fix the configuration named above (README \"Configuration\") and start again.", cause);
    }
}
