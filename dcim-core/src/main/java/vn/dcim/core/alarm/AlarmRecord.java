package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The alarm table as its repository's lookups name it: the identity and what the escalation and the correlation ask.
 * Alarms are raised, cleared and acknowledged by {@link Alarms} (upserts under the open key), never saved through this.
 */
@MappedEntity("alarm")
public record AlarmRecord(@Id Long id, String source, String ruleId, String instance, Severity severity, @Nullable Long rootAlarmId) {
}
