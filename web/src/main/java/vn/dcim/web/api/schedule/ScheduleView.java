package vn.dcim.web.api.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.schedule.Schedule;

import java.time.Instant;

@Serdeable
public record ScheduleView(String id, String url, String display, String cron, boolean enabled,
                           @Nullable Instant nextFire, @Nullable Instant previousFire, @Nullable DutyRunView lastRun) {

    static ScheduleView of(Schedule s) {
        return new ScheduleView(s.dutyId(), "/api/schedules/" + s.dutyId(), s.description(), s.cron(), s.enabled(),
                s.nextFire(), s.previousFire(), s.lastRun() == null ? null : DutyRunView.of(s.lastRun()));
    }
}
