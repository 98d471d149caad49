package vn.dcim.core.deadletter;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;

/** The dead-letter table: refused messages kept for the operator. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeadLetterStore {
    private static final String INSERT =
            "INSERT INTO dead_letter (received_ts, reason, detail, topic, payload, payload_size) VALUES (?,?,?,?,?,?)";

    private final Jdbc jdbc;

    /** Stores in one transaction (or in the caller's); when this returns they are committed. */
    public void append(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        jdbc.inTransaction("store " + letters.size() + " dead letters", c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (DeadLetter d : letters) {
                    ps.setTimestamp(1, Timestamp.from(d.receivedTime()));
                    ps.setString(2, d.reason().name());
                    ps.setString(3, d.detail());
                    ps.setString(4, d.topic());
                    ps.setBytes(5, d.payload());
                    ps.setInt(6, d.payloadSize());
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    /** Newest first, optionally of one reason. */
    public List<DeadLetter> find(@Nullable DeadLetterReason reason, int limit, int offset) {
        String sql = "SELECT id, received_ts, reason, detail, topic, payload, payload_size FROM dead_letter"
                + (reason == null ? "" : " WHERE reason = ?") + " ORDER BY received_ts DESC, id DESC LIMIT ? OFFSET ?";
        Object[] params = reason == null ? new Object[] {limit, offset} : new Object[] {reason.name(), limit, offset};
        return jdbc.list("read dead letters", sql, rs -> new DeadLetter(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                DeadLetterReason.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getBytes(6), rs.getInt(7)), params);
    }

    public long count(@Nullable DeadLetterReason reason) {
        String sql = "SELECT COUNT(*) FROM dead_letter" + (reason == null ? "" : " WHERE reason = ?");
        Object[] params = reason == null ? new Object[0] : new Object[] {reason.name()};
        return jdbc.list("count dead letters", sql, rs -> rs.getLong(1), params).get(0);
    }
}
