package vn.dcim.core.device;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.sql.PreparedStatement;
import java.util.List;

/** The refusal counts per device and reason (table {@code device_refusal}). */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceRefusals {
    private static final String UPSERT = "INSERT INTO device_refusal "
            + "(device_id, reason, refused, first_ts, last_ts, last_metric, last_oid, last_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON DUPLICATE KEY UPDATE refused = refused + VALUES(refused), first_ts = LEAST(first_ts, VALUES(first_ts)), "
            // the example shown is the newest one, also when a batch from an earlier poll arrives late
            + "last_metric = IF(VALUES(last_ts) >= last_ts, VALUES(last_metric), last_metric), "
            + "last_oid = IF(VALUES(last_ts) >= last_ts, VALUES(last_oid), last_oid), "
            + "last_detail = IF(VALUES(last_ts) >= last_ts, VALUES(last_detail), last_detail), "
            + "last_ts = GREATEST(last_ts, VALUES(last_ts))";

    private final Jdbc jdbc;

    /** Adds these refusals (each with its own count) to the device's totals. */
    public void add(List<DeviceRefusal> refusals) {
        if (refusals.isEmpty()) {
            return;
        }
        jdbc.inTransaction("count refused values", c -> {
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                for (DeviceRefusal r : refusals) {
                    Jdbc.bind(ps, r.deviceId(), r.reason(), r.refused(), SqlTime.of(r.firstTs()), SqlTime.of(r.lastTs()),
                            r.lastMetric(), r.lastOid(), r.lastDetail());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The device's counts, the most frequent reason first. */
    public List<DeviceRefusal> ofDevice(String deviceId) {
        return jdbc.list("read refused values", "SELECT device_id, reason, refused, first_ts, last_ts, last_metric, last_oid, last_detail "
                        + "FROM device_refusal WHERE device_id = ? ORDER BY refused DESC, reason",
                rs -> new DeviceRefusal(rs.getString(1), rs.getString(2), rs.getLong(3),
                        SqlTime.instant(rs, 4), SqlTime.instant(rs, 5),
                        rs.getString(6), rs.getString(7), rs.getString(8)), deviceId);
    }
}
