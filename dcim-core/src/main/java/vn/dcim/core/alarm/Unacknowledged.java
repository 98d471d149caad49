package vn.dcim.core.alarm;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The open alarms nobody has acknowledged yet and that are told (not held back), of some severities: those an
 * escalation may climb. Read from the alarm table alone; the escalation's own steps are the notification's.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Unacknowledged {
    private final Jdbc jdbc;

    /** An open, unacknowledged, told alarm. */
    public record Waiting(long id, Severity severity) {
    }

    /** Those of these severities, by id. */
    public List<Waiting> of(Collection<Severity> severities) {
        if (severities.isEmpty()) {
            return List.of();
        }
        return jdbc.list("read the unacknowledged alarms", "SELECT id, severity FROM alarm WHERE acknowledged_at IS NULL "
                        + "AND closed_at IS NULL AND NOT suppressed AND severity IN (" + String.join(",", Collections.nCopies(severities.size(), "?"))
                        + ") ORDER BY id", rs -> new Waiting(rs.getLong(1), Severity.valueOf(rs.getString(2))),
                severities.stream().map(Severity::name).toArray());
    }
}
