package vn.dcim.web.api.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.schedule.Schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A duty's schedule: {@code nextFire}/{@code previousFire} are UTC instants as every API time is;
 * {@code timeZone} is the center's zone the cron is read in, and {@code nextFireLocal}/{@code previousFireLocal}
 * the same instants on the center's wall clock with their offset ("2026-11-26T01:30:00+07:00").
 */
@Serdeable
public record ScheduleView(String id, String url, String display, String cron, boolean enabled, String timeZone,
                           @Nullable Instant nextFire, @Nullable String nextFireLocal,
                           @Nullable Instant previousFire, @Nullable String previousFireLocal, @Nullable DutyRunView lastRun) {

    static ScheduleView of(Schedule s, ZoneId zone) {
        return new ScheduleView(s.dutyId(), "/api/schedules/" + s.dutyId(), s.description(), s.cron(), s.enabled(), zone.getId(),
                s.nextFire(), local(s.nextFire(), zone), s.previousFire(), local(s.previousFire(), zone),
                s.lastRun() == null ? null : DutyRunView.of(s.lastRun()));
    }

    private static String local(@Nullable Instant at, ZoneId zone) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone));
    }
}
