package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the compliance checks and the periodic reports ask of the change records: which equipment a signed-off change
 * placed or disposed of, the flags nobody has seen, and a period's requests counted by kind and outcome with their lead
 * time from request to done.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeFacts {
    private final Jdbc jdbc;

    /** The equipment that a change of one of these kinds has been signed off for. */
    public Set<Long> assetsDone(Collection<ChangeKind> kinds) {
        if (kinds.isEmpty()) {
            return Set.of();
        }
        String in = String.join(",", kinds.stream().map(k -> "?").toList());
        return new HashSet<>(jdbc.list("changes done", "SELECT DISTINCT asset_id FROM change_request WHERE status = 'done' "
                + "AND asset_id IS NOT NULL AND kind IN (" + in + ")", rs -> rs.getLong(1), kinds.stream().map(Enum::name).toArray()));
    }

    /** Registry moves of racked equipment without a request since {@code since}: all of them, and those no supervisor has seen. */
    public Bypassed bypassedSince(Instant since) {
        List<long[]> row = jdbc.list("change bypasses", "SELECT COUNT(*), COALESCE(SUM(seen_at IS NULL), 0) FROM change_bypass "
                + "WHERE happened_at >= ?", rs -> new long[]{rs.getLong(1), rs.getLong(2)}, java.sql.Timestamp.from(since));
        return new Bypassed(row.get(0)[0], row.get(0)[1]);
    }

    @Serdeable
    public record Bypassed(long total, long unseen) {
    }

    /** The requests made in [from, to): how many, how many approved, refused and done, and the mean hours from request to done. */
    public Period period(Instant from, Instant to) {
        return jdbc.list("changes of a period", "SELECT COUNT(*), COALESCE(SUM(decided_at IS NOT NULL AND status <> 'refused'), 0), "
                        + "COALESCE(SUM(status = 'refused'), 0), COALESCE(SUM(status = 'done'), 0), "
                        + "AVG(CASE WHEN status = 'done' THEN TIMESTAMPDIFF(SECOND, created_at, closed_at) END), "
                        + "COALESCE(SUM(agency_id IS NOT NULL), 0) FROM change_request WHERE created_at >= ? AND created_at < ?",
                rs -> new Period(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5) == null ? null : Math.round(rs.getDouble(5) / 360.0) / 10.0, rs.getLong(6),
                        bypassesBetween(from, to)),
                java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).get(0);
    }

    private long bypassesBetween(Instant from, Instant to) {
        return jdbc.list("change bypasses of a period", "SELECT COUNT(*) FROM change_bypass WHERE happened_at >= ? AND happened_at < ?",
                rs -> rs.getLong(1), java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).get(0);
    }

    /** A period's change requests: made, approved (or further), refused, done, mean lead time in hours, from agencies, and changes without a request. */
    @Serdeable
    public record Period(long requested, long approved, long refused, long done, @Nullable Double leadHours, long fromAgencies,
                         long withoutRequest) {
    }
}
