package vn.dcim.core.notification.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One step of an alarm's history of notices: {@code notified} (level 0, whoever was on duty),
 * {@code escalated} (level 1, 2...), {@code fallback} (nobody on duty: the fallback recipients, Art. 36.3),
 * {@code acknowledged} (from a message, by the person it was sent to).
 */
@Serdeable
@MappedEntity("alarm_step")
public record AlarmStep(@Id long id, long alarmId, Instant at, String kind, @Nullable Integer level, @Nullable String told,
                        @Nullable String byPerson) {
}
