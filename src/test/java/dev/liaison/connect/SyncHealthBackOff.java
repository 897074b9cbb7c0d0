package dev.liaison.connect;

import java.time.Duration;

/** {@link SyncHealth}'s back-off, for tests outside the package. */
public final class SyncHealthBackOff {

    private SyncHealthBackOff() {
    }

    public static Duration of(int failuresInARow) {
        return SyncHealth.backOff(failuresInARow);
    }
}
