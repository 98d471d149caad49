package vn.dcim.core.upgrade;

import java.time.Instant;

/**
 * Why the background migrations wait now: {@code reason} is a {@link BackgroundMigrationHold}'s (e.g. {@code backup},
 * with the time it began) or {@code load} (the load average per core above the limit; no start time known).
 */
public record BackgroundMigrationsPaused(String reason, Instant since) {
    public static final String LOAD = "load";
}
