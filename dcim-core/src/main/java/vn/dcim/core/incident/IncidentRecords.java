package vn.dcim.core.incident;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Instant;
import java.util.List;

/**
 * Whether the incidents' records are kept as the regulation asks (QĐ 11/2023 Art. 13.2, 13.3c; QĐ 22/2021 Art. 9.1):
 * every incident classified, every closed incident with its journal and resolution. Counted and picked out in SQL.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentRecords {
    private final Jdbc jdbc;

    /** How many incidents were opened since {@code since}. */
    public int openedSince(Instant since) {
        return jdbc.list("count incidents", "SELECT COUNT(*) FROM incident WHERE opened_at >= ?", rs -> rs.getInt(1), SqlTime.of(since)).get(0);
    }

    /** The incidents opened since {@code since} without their operational level, or without their security level when {@code security}. */
    public List<Long> unclassifiedSince(Instant since, boolean security) {
        String column = security ? "security_level" : "level";
        return jdbc.list("read unclassified incidents", "SELECT id FROM incident WHERE opened_at >= ? AND COALESCE(" + column + ", '') NOT REGEXP '[^[:space:]]' ORDER BY id", rs -> rs.getLong(1), SqlTime.of(since));
    }

    /** How many incidents were closed since {@code since}. */
    public int closedSince(Instant since) {
        return jdbc.list("count closed incidents", "SELECT COUNT(*) FROM incident WHERE status = 'closed' AND closed_at >= ?", rs -> rs.getInt(1),
                SqlTime.of(since)).get(0);
    }

    /** The incidents closed since {@code since} with no journal line or no resolution written. */
    public List<Long> closedUnrecordedSince(Instant since) {
        return jdbc.list("read closed incidents without a record", "SELECT i.id FROM incident i WHERE i.status = 'closed' AND i.closed_at >= ? "
                        + "AND (NOT EXISTS (SELECT 1 FROM incident_journal j WHERE j.incident_id = i.id) OR COALESCE(i.resolution, '') NOT REGEXP '[^[:space:]]') ORDER BY i.id",
                rs -> rs.getLong(1), SqlTime.of(since));
    }
}
