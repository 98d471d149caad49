package vn.dcim.web.api.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.schedule.DutyRun;

import java.time.Instant;

@Serdeable
public record DutyRunView(long id, String duty, @Nullable Instant scheduledAt, @Nullable Instant startedAt,
                          @Nullable Instant finishedAt, String status, @Nullable String message,
                          @Nullable String instance, boolean manual) {

    static DutyRunView of(DutyRun r) {
        return new DutyRunView(r.id(), r.dutyId(), r.scheduledAt(), r.startedAt(), r.finishedAt(), r.status().name(),
                r.message(), r.instanceId(), r.manual());
    }
}
