package vn.dcim.core.alarm;

import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.List;

/**
 * The open alarms nobody has acknowledged yet and that are told (not held back), of some severities: those an
 * escalation may climb. Read from the alarm table alone; the escalation's own steps are the notification's.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Unacknowledged {
    private final AlarmRepository alarms;

    /** An open, unacknowledged, told alarm. */
    @Introspected
    public record Waiting(long id, Severity severity) {
    }

    /** Those of these severities, by id. */
    public List<Waiting> of(Collection<Severity> severities) {
        if (severities.isEmpty()) {
            return List.of();
        }
        return alarms.unacknowledged(severities.stream().map(Severity::name).toList());
    }
}
