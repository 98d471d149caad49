package vn.dcim.core.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One run (or misfire) of a duty: when it was due, when it ran, on which instance, and how it ended. */
@MappedEntity("duty_run")
public record DutyRun(@Id @GeneratedValue @Nullable Long id,
                      String dutyId,
                      @Nullable Instant scheduledAt,
                      @Nullable Instant startedAt,
                      @Nullable Instant finishedAt,
                      RunStatus status,
                      @Nullable String message,
                      @Nullable String instanceId,
                      boolean manual,
                      @Nullable String messageKey,
                      @Nullable String messageArgs) {
}
