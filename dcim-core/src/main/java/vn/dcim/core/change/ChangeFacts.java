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

    /** One kind's requests of a period by outcome: decided for (approved, and further), refused, done, withdrawn, still open. */
    @Serdeable
    public record KindTally(ChangeKind kind, long requested, long approved, long refused, long done, long cancelled, long open) {
    }

    /**
     * A period's requests by kind and outcome, the lead time from request to done of those done (median and longest, in
     * hours), and the registry changes of racked equipment made without a request.
     */
    @Serdeable
    public record Tally(List<KindTally> kinds, @Nullable Double medianLeadHours, @Nullable Double maxLeadHours, long withoutRequest) {

        public long requested() {
            return kinds.stream().mapToLong(KindTally::requested).sum();
        }
    }

    /**
     * The requests made in [from, to), every kind listed (none made: zeros). {@code agencyId} null counts the centre's
     * all; an agency's are those made for it or about its equipment ({@code assetIds}), and its changes without a request
     * those of its equipment.
     */
    public Tally tally(Instant from, Instant to, @Nullable Long agencyId, Collection<Long> assetIds) {
        List<Object> args = new java.util.ArrayList<>(List.of(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)));
        String whose = "";
        if (agencyId != null) {
            whose = " AND (agency_id = ?" + (assetIds.isEmpty() ? "" : " OR asset_id IN (" + marks(assetIds.size()) + ")") + ")";
            args.add(agencyId);
            args.addAll(assetIds);
        }
        java.util.Map<ChangeKind, long[]> counts = new java.util.EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k, new long[6]);
        }
        List<Double> leads = new java.util.ArrayList<>();
        jdbc.list("changes of a period by kind and outcome", "SELECT kind, status, decided_at IS NOT NULL, "
                        + "CASE WHEN status = 'done' THEN TIMESTAMPDIFF(SECOND, created_at, closed_at) END "
                        + "FROM change_request WHERE created_at >= ? AND created_at < ?" + whose,
                rs -> {
                    ChangeKind kind = ChangeKind.valueOf(rs.getString(1));
                    ChangeStatus status = ChangeStatus.valueOf(rs.getString(2));
                    long[] c = counts.get(kind);
                    c[0]++;
                    c[1] += rs.getBoolean(3) && status != ChangeStatus.refused ? 1 : 0;
                    c[2] += status == ChangeStatus.refused ? 1 : 0;
                    c[3] += status == ChangeStatus.done ? 1 : 0;
                    c[4] += status == ChangeStatus.cancelled ? 1 : 0;
                    c[5] += status.open() ? 1 : 0;
                    if (rs.getObject(4) != null) {
                        leads.add(rs.getLong(4) / 3600.0);
                    }
                    return kind;
                }, args.toArray());
        List<KindTally> kinds = counts.entrySet().stream().map(e -> new KindTally(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5])).toList();
        java.util.Collections.sort(leads);
        Double median = leads.isEmpty() ? null : tenth(leads.size() % 2 == 1 ? leads.get(leads.size() / 2)
                : (leads.get(leads.size() / 2 - 1) + leads.get(leads.size() / 2)) / 2);
        Double max = leads.isEmpty() ? null : tenth(leads.get(leads.size() - 1));
        return new Tally(kinds, median, max, agencyId == null ? bypassesBetween(from, to) : bypassesOf(from, to, assetIds));
    }

    private long bypassesOf(Instant from, Instant to, Collection<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return 0;
        }
        List<Object> args = new java.util.ArrayList<>(List.of(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)));
        args.addAll(assetIds);
        return jdbc.list("change bypasses of an agency's equipment", "SELECT COUNT(*) FROM change_bypass WHERE happened_at >= ? "
                + "AND happened_at < ? AND asset_id IN (" + marks(assetIds.size()) + ")", rs -> rs.getLong(1), args.toArray()).get(0);
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static double tenth(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
