package vn.dcim.core.devicelog;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.Like;
import vn.dcim.core.db.SqlTime;
import vn.dcim.core.db.WhereClause;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The device log (table {@code device_log}, V110): traps, syslog lines and pushed events of every
 * device in one place (Art. 30.6-30.7), searched in SQL with paging, newest first.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceLog {
    private static final String INSERT = "INSERT INTO device_log "
            + "(ts, received_at, device_id, sender, source, severity, text, event, raw, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "id, ts, received_at, device_id, sender, source, severity, text, event, raw, fields";

    private final Jdbc jdbc;

    /** Stores the entries in one batch, one transaction. */
    public void append(List<DeviceLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.inTransaction("store device log entries", c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (DeviceLogEntry e : entries) {
                    Jdbc.bind(ps, SqlTime.of(e.ts()), SqlTime.of(e.receivedAt()), e.deviceId(), e.sender(), e.source().name(),
                            e.severity().name(), e.text(), e.event(), e.raw(), e.fields());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The entries the filter finds, newest first, {@code limit} of them from {@code offset}. */
    public DeviceLogPage find(DeviceLogFilter filter, int limit, long offset) {
        return find(filter, null, limit, offset);
    }

    /**
     * As above, of these devices' entries only ({@code devices} null: every entry): an account limited to some sites
     * or an agency reads what its own devices sent; an unknown sender is no device of its.
     */
    public DeviceLogPage find(DeviceLogFilter filter, @Nullable java.util.Set<String> devices, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        if (devices != null) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + (devices.isEmpty() ? "FALSE"
                    : "device_id IN (" + String.join(", ", java.util.Collections.nCopies(devices.size(), "?")) + ")");
            params.addAll(devices);
        }
        long count = jdbc.list("count device log entries", "SELECT COUNT(*) FROM device_log" + where,
                rs -> rs.getLong(1), params.toArray()).get(0);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(Math.max(0, Math.min(limit, 1000)));
        pageParams.add(Math.max(0, offset));
        List<DeviceLogEntry> rows = jdbc.list("read the device log", "SELECT " + COLUMNS + " FROM device_log" + where
                + " ORDER BY ts DESC, id DESC LIMIT ? OFFSET ?", DeviceLog::entry, pageParams.toArray());
        return new DeviceLogPage(count, rows);
    }

    /** Addresses that sent something while being no monitored device, the latest first. */
    public List<UnknownSender> unknownSenders() {
        return jdbc.list("list unknown senders", "SELECT sender, source, COUNT(*), MIN(ts), MAX(ts) FROM device_log "
                        + "WHERE device_id IS NULL GROUP BY sender, source ORDER BY MAX(ts) DESC LIMIT 500",
                rs -> new UnknownSender(rs.getString(1), DeviceLogSource.valueOf(rs.getString(2)), rs.getLong(3),
                        SqlTime.instant(rs, 4), SqlTime.instant(rs, 5)));
    }

    private static String where(DeviceLogFilter f, List<Object> params) {
        WhereClause where = new WhereClause();
        if (f.unknownSendersOnly()) {
            where.and("device_id IS NULL");
        } else {
            where.andIfGiven("device_id = ?", f.deviceId());
        }
        if (f.severity() != null) {
            List<DeviceLogSeverity> worse = f.severity().andWorse();
            where.and("severity IN (" + String.join(", ", java.util.Collections.nCopies(worse.size(), "?")) + ")",
                    worse.stream().map(DeviceLogSeverity::name).toArray());
        }
        where.andIfGiven("source = ?", f.source(), DeviceLogSource::name);
        if (f.text() != null && !f.text().isBlank()) {
            String like = Like.containing(f.text().trim());
            where.and("(text LIKE ? OR event LIKE ?)", like, like);
        }
        where.andIfGiven("ts >= ?", f.from(), SqlTime::of);
        where.andIfGiven("ts < ?", f.to(), SqlTime::of);
        params.addAll(where.params());
        return where.sql();
    }

    private static DeviceLogEntry entry(ResultSet rs) throws java.sql.SQLException {
        return new DeviceLogEntry(rs.getLong(1), SqlTime.instant(rs, 2), SqlTime.instant(rs, 3), rs.getString(4), rs.getString(5),
                DeviceLogSource.valueOf(rs.getString(6)), DeviceLogSeverity.valueOf(rs.getString(7)), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
