package vn.dcim.web.api.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A change of a duty's schedule: a new Quartz cron (optional) and whether it runs. */
@Serdeable
public record ScheduleUpdate(@Nullable @Size(min = 11, max = 120) String cron, @NotNull Boolean enabled) {
}
