package vn.dcim.mqtt.deadletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The dead-letter table: refused messages kept for the operator. */
@Singleton
public class DeadLetterStore {
    private static final String INSERT =
            "INSERT INTO dead_letter (received_ts, reason, detail, topic, payload, payload_size) VALUES (?,?,?,?,?,?)";

    private final DataSource dataSource;

    DeadLetterStore(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Stores in one transaction; when this returns they are committed. */
    public void append(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
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
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not store " + letters.size() + " dead letters: " + e.getMessage(), e);
        }
    }

    /** Newest first, optionally of one reason. */
    public List<DeadLetter> find(@Nullable DeadLetterReason reason, int limit, int offset) {
        String sql = "SELECT id, received_ts, reason, detail, topic, payload, payload_size FROM dead_letter"
                + (reason == null ? "" : " WHERE reason = ?") + " ORDER BY received_ts DESC, id DESC LIMIT ? OFFSET ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (reason != null) {
                ps.setString(i++, reason.name());
            }
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            List<DeadLetter> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeadLetter(rs.getLong(1), rs.getTimestamp(2).toInstant(), DeadLetterReason.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getBytes(6), rs.getInt(7)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("Could not read dead letters: " + e.getMessage(), e);
        }
    }

    public long count(@Nullable DeadLetterReason reason) {
        String sql = "SELECT COUNT(*) FROM dead_letter" + (reason == null ? "" : " WHERE reason = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (reason != null) {
                ps.setString(1, reason.name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not count dead letters: " + e.getMessage(), e);
        }
    }
}
