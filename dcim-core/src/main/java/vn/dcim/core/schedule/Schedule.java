package vn.dcim.core.schedule;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A duty's schedule as operators see it: the cron in force, whether it is on, when it fires next. */
public record Schedule(String dutyId, String description, String cron, boolean enabled,
                       @Nullable Instant nextFire, @Nullable Instant previousFire, @Nullable DutyRun lastRun) {
}
