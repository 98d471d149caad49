package vn.dcim.core.access;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the access log says about badges that opened doors (granted), for the staff and visitor registers' checks:
 * when a badge last opened one, how many doors were opened with a badge, and which badges opened one outside every
 * window the registers allow them. The registers' own rows stay theirs: they hand their windows in as values.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BadgeUse {
    private final Jdbc jdbc;

    /** When a badge may open doors: from {@code from} on, until {@code until} (null: still), that end in or out. */
    public record Allowed(String badge, Instant from, @Nullable Instant until, boolean untilIncluded) {
    }

    /** Each of these badges' last door opened by the clock of the door at or before {@code until}; badges compared as the log does (case aside). */
    public Map<String, Instant> lastGranted(Collection<String> badges, Instant until) {
        Map<String, Instant> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> asked = badges.stream().distinct().toList();
        if (asked.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(asked);
        params.add(Timestamp.from(until));
        jdbc.list("read when badges last opened a door", "SELECT badge, MAX(device_ts) FROM access_event WHERE result = 'granted' "
                        + "AND badge IN (" + String.join(",", Collections.nCopies(asked.size(), "?")) + ") AND device_ts <= ? GROUP BY badge",
                rs -> out.put(rs.getString(1), rs.getTimestamp(2).toInstant()), params.toArray());
        return out;
    }

    /** How many doors were opened with a badge between {@code from} and {@code to} (both in). */
    public long grantedWithBadge(Instant from, Instant to) {
        return jdbc.list("count granted accesses", "SELECT COUNT(*) FROM access_event WHERE result = 'granted' AND badge IS NOT NULL "
                + "AND device_ts BETWEEN ? AND ?", rs -> rs.getLong(1), Timestamp.from(from), Timestamp.from(to)).get(0);
    }

    /** The badges, in order, that opened a door between {@code from} and {@code to} (both in) outside every window allowed to them. */
    public List<String> grantedOutside(Instant from, Instant to, Collection<Allowed> allowed) {
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
        // the windows grouped by badge, so that a row is compared with its own badge's windows only
        Map<String, List<Allowed>> byBadge = new LinkedHashMap<>();
        allowed.forEach(a -> byBadge.computeIfAbsent(a.badge(), b -> new ArrayList<>()).add(a));
        List<String> covered = new ArrayList<>();
        byBadge.forEach((badge, windows) -> {
            params.add(badge);
            List<String> any = new ArrayList<>();
            for (Allowed w : windows) {
                params.add(Timestamp.from(w.from()));
                if (w.until() == null) {
                    any.add("e.device_ts >= ?");
                } else {
                    params.add(Timestamp.from(w.until()));
                    any.add("e.device_ts >= ? AND e.device_ts " + (w.untilIncluded() ? "<=" : "<") + " ?");
                }
            }
            covered.add("e.badge = ? AND (" + String.join(" OR ", any.stream().map(c -> "(" + c + ")").toList()) + ")");
        });
        return jdbc.list("unregistered entries", "SELECT DISTINCT e.badge FROM access_event e WHERE e.result = 'granted' "
                        + "AND e.badge IS NOT NULL AND e.device_ts BETWEEN ? AND ?"
                        + (covered.isEmpty() ? "" : " AND NOT (" + String.join(" OR ", covered.stream().map(c -> "(" + c + ")").toList()) + ")")
                        + " ORDER BY e.badge",
                rs -> rs.getString(1), params.toArray());
    }
}
