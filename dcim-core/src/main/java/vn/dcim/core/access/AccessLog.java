package vn.dcim.core.access;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.Like;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.db.WhereClause;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The append-only access log (Art. 6.6). Appending is idempotent on (device, message id): a message
 * the broker delivers twice is logged once.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccessLog {
    private static final String INSERT =
            "INSERT IGNORE INTO access_event (device_id, message_id, site_id, result, badge, person, direction, device_ts, received_ts, "
                    + "door_no, door_name) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
    private static final String COLUMNS =
            "id, device_id, message_id, site_id, result, badge, person, direction, device_ts, received_ts, door_no, door_name";

    private final Jdbc jdbc;
    private final DoorNames doorNames;

    /** Appends in one transaction; when this returns the events are committed. Returns how many were new. */
    public int append(List<AccessEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        // the name the registry gives the door now is the one the log keeps: renaming it later rewrites no history
        List<AccessEvent> named = events.stream().map(e -> e.doorName() != null ? e : e.named(doorNames.of(e.deviceId()).orElse(null))).toList();
        return jdbc.inTransaction("append " + events.size() + " access events", c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (AccessEvent e : named) {
                    ps.setString(1, e.deviceId());
                    ps.setString(2, e.messageId());
                    ps.setString(3, e.siteId());
                    ps.setString(4, e.result().name());
                    ps.setString(5, e.badge());
                    ps.setString(6, e.person());
                    ps.setString(7, e.direction().name());
                    ps.setObject(8, SqlTime.of(e.deviceTime()));
                    ps.setObject(9, SqlTime.of(e.receivedTime()));
                    ps.setString(10, cut(e.doorNo(), 32));
                    ps.setString(11, cut(e.doorName(), 200));
                    ps.addBatch();
                }
                int added = 0;
                for (int n : ps.executeBatch()) {
                    added += Math.max(n, 0);
                }
                return added;
            }
        });
    }

    /** Newest first. */
    public List<AccessEvent> find(AccessEventFilter filter, int limit, int offset) {
        return find(filter, Set.of(), limit, offset);
    }

    /** As above, of the doors of these sites only (an account limited to them; empty: every site). */
    public List<AccessEvent> find(AccessEventFilter filter, Set<String> sites, int limit, int offset) {
        SqlWhere where = SqlWhere.of(filter, sites);
        String sql = "SELECT " + COLUMNS + " FROM access_event" + where.sql() + " ORDER BY device_ts DESC, id DESC LIMIT ? OFFSET ?";
        return jdbc.call("read the access log", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = where.bind(ps);
                ps.setInt(next, limit);
                ps.setInt(next + 1, offset);
                List<AccessEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    public long count(AccessEventFilter filter) {
        return count(filter, Set.of());
    }

    public long count(AccessEventFilter filter, Set<String> sites) {
        SqlWhere where = SqlWhere.of(filter, sites);
        return jdbc.list("count the access log", "SELECT COUNT(*) FROM access_event" + where.sql(), rs -> rs.getLong(1),
                where.params().toArray()).get(0);
    }

    /** The one event a controller numbered so, if stored: what a picture pushed with it belongs to. */
    /** When each of these devices was last heard by the access log (the newest event's arrival); a device never heard is left out. */
    public java.util.Map<String, Instant> lastReceived(java.util.Collection<String> deviceIds) {
        java.util.Map<String, Instant> last = new java.util.HashMap<>();
        if (!deviceIds.isEmpty()) {
            jdbc.list("read when the doors were last heard", "SELECT device_id, MAX(received_ts) FROM access_event WHERE device_id IN ("
                    + marks(deviceIds.size()) + ") GROUP BY device_id", rs -> last.put(rs.getString(1), SqlTime.instant(rs, 2)), deviceIds.toArray());
        }
        return last;
    }

    /**
     * Per device, the largest difference in seconds between an event's own time and its arrival since {@code since}
     * (Art. 30.8: device clocks), of these devices only ({@code deviceIds} null: every device), by device id.
     */
    public java.util.Map<String, Long> clockSkews(Instant since, @io.micronaut.core.annotation.Nullable java.util.Collection<String> deviceIds) {
        java.util.Map<String, Long> skews = new java.util.LinkedHashMap<>();
        if (deviceIds != null && deviceIds.isEmpty()) {
            return skews;
        }
        List<Object> params = new ArrayList<>(List.of(SqlTime.of(since)));
        if (deviceIds != null) {
            params.addAll(deviceIds);
        }
        jdbc.list("read device clock skew", "SELECT device_id, MAX(ABS(TIMESTAMPDIFF(SECOND, device_ts, received_ts))) FROM access_event WHERE received_ts >= ?"
                        + (deviceIds == null ? "" : " AND device_id IN (" + marks(deviceIds.size()) + ")") + " GROUP BY device_id ORDER BY device_id",
                rs -> skews.put(rs.getString(1), rs.getLong(2)), params.toArray());
        return skews;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    public java.util.Optional<AccessEvent> byMessage(String deviceId, String messageId) {
        return jdbc.list("read an access event", "SELECT " + COLUMNS + " FROM access_event WHERE device_id = ? AND message_id = ?",
                AccessLog::map, deviceId, messageId).stream().findFirst();
    }

    /**
     * Every event of one person, by name (ignoring case and marks) or badge, oldest first: what a data-subject
     * request exports. At most {@code limit}.
     */
    public List<AccessEvent> ofPerson(@io.micronaut.core.annotation.Nullable String name, @io.micronaut.core.annotation.Nullable String badge, int limit) {
        return ofPerson(name, badge, Set.of(), limit);
    }

    /** As above, at the doors of these sites only (an account limited to them; empty: every site). */
    public List<AccessEvent> ofPerson(@io.micronaut.core.annotation.Nullable String name, @io.micronaut.core.annotation.Nullable String badge,
                                      Set<String> sites, int limit) {
        vn.dcim.core.db.NamedPerson s = vn.dcim.core.db.NamedPerson.of(name, badge);
        List<Object> params = new ArrayList<>(s.params());
        String within = "";
        if (!sites.isEmpty()) {
            within = " AND site_id IN (" + String.join(",", java.util.Collections.nCopies(sites.size(), "?")) + ")";
            params.addAll(sites);
        }
        params.add(limit);
        return jdbc.list("read a person's access events", "SELECT " + COLUMNS + " FROM access_event WHERE " + s.sql() + within
                + " ORDER BY device_ts, id LIMIT ?", AccessLog::map, params.toArray());
    }

    /** Erases one person's events logged before {@code before} (the lawful minimum keeps the younger ones); how many went. */
    public long eraseOfPerson(@io.micronaut.core.annotation.Nullable String name, @io.micronaut.core.annotation.Nullable String badge, Instant before) {
        vn.dcim.core.db.NamedPerson s = vn.dcim.core.db.NamedPerson.of(name, badge);
        List<Object> params = new ArrayList<>(s.params());
        params.add(Timestamp.from(before));
        return jdbc.deleteInChunks("erase a person's access events", "DELETE FROM access_event WHERE " + s.sql() + " AND device_ts < ?",
                10_000, params.toArray());
    }

    /**
     * The retention purge: events logged before {@code before}, except those of the people under a legal hold
     * (names and badges given); how many went.
     */
    public long purgeBefore(Instant before, java.util.Collection<String> heldNames, java.util.Collection<String> heldBadges) {
        List<Object> params = new ArrayList<>();
        String where = pastRetention(before, heldNames, heldBadges, params);
        return jdbc.deleteInChunks("purge the access log past its retention", "DELETE FROM access_event" + where, 10_000, params.toArray());
    }

    /** How many events {@link #purgeBefore} would erase now: those a legal hold keeps are not past their retention. */
    public long countBefore(Instant before, java.util.Collection<String> heldNames, java.util.Collection<String> heldBadges) {
        List<Object> params = new ArrayList<>();
        String where = pastRetention(before, heldNames, heldBadges, params);
        return jdbc.list("count the access log past its retention", "SELECT COUNT(*) FROM access_event" + where, rs -> rs.getLong(1),
                params.toArray()).get(0);
    }

    private static String pastRetention(Instant before, java.util.Collection<String> heldNames, java.util.Collection<String> heldBadges,
                                        List<Object> params) {
        params.add(Timestamp.from(before));
        return " WHERE device_ts < ?" + vn.dcim.core.db.SparedPeople.of(heldNames, heldBadges).notOf("person", true, "badge", params);
    }

    private static AccessEvent map(ResultSet rs) throws SQLException {
        return new AccessEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                AccessResult.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                direction(rs.getString(8)), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(),
                rs.getString(11), rs.getString(12));
    }

    private static String cut(@io.micronaut.core.annotation.Nullable String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    /** The column allows none (V20: a reader that does not say which way): unknown, not a failed screen. */
    private static AccessDirection direction(String column) {
        return column == null ? AccessDirection.unknown : AccessDirection.valueOf(column);
    }

    /** The WHERE clause of a filter with its parameters in order. */
    private record SqlWhere(String sql, List<Object> params) {
        static SqlWhere of(AccessEventFilter f, Set<String> sites) {
            WhereClause where = new WhereClause();
            if (!sites.isEmpty()) {
                where.and("site_id IN (" + String.join(",", sites.stream().map(s -> "?").toList()) + ")", sites.toArray());
            }
            if (f.door() != null) {
                // the controller's id as typed, or a part of the door's name ignoring case and marks ("phong may" finds
                // "Phòng máy chủ")
                where.and("(device_id = ? OR door_name COLLATE utf8mb4_unicode_520_ci LIKE ?)", f.door(), like(f.door()));
            }
            where.andIfGiven("door_no = ?", f.doorNo());
            // a collation that ignores case and every Vietnamese mark, Đ included (the default general_ci
            // does not fold Đ, and a server's default may be binary): "nguyen van" finds "Nguyễn Văn"
            where.andIfGiven("person COLLATE utf8mb4_unicode_520_ci LIKE ?", f.person(), SqlWhere::like);
            where.andIfGiven("result = ?", f.result(), AccessResult::name);
            where.andIfGiven("device_ts >= ?", f.from(), Timestamp::from);
            where.andIfGiven("device_ts < ?", f.to(), Timestamp::from);
            return new SqlWhere(where.sql(), where.params());
        }

        private static String like(String part) {
            return Like.containing(part);
        }

        int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            return i;
        }
    }
}
