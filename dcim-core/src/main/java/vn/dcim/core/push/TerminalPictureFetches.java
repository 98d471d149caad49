package vn.dcim.core.push;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pictures still to fetch from the terminals that pushed their events naming them by address: kept in the
 * database so a terminal unreachable now is asked again later, after a restart too, and claimed for a while before
 * each attempt so two instances never fetch one picture twice. Whose picture it is stays in the access log alone.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TerminalPictureFetches {
    private static final String COLUMNS = "id, credential_id, device_id, message_id, url, source_address, attempts, created_at";

    private final Jdbc jdbc;
    private final Clock clock;

    /** One picture to fetch: from {@code url}, only while its host is {@code sourceAddress}, the address the event was pushed from. */
    public record Pending(long id, long credentialId, String deviceId, String messageId, String url, String sourceAddress, int attempts,
                          Instant createdAt) {
    }

    /** Keeps a picture to fetch, due at once; the same event's picture offered again is kept once. True when it is new. */
    public boolean offer(long credentialId, String deviceId, String messageId, String url, String sourceAddress) {
        Instant now = clock.instant();
        return jdbc.update("keep a picture to fetch from its terminal", "INSERT IGNORE INTO terminal_picture_fetch (credential_id, device_id, "
                        + "message_id, url, source_address, next_try_at, created_at) VALUES (?,?,?,?,?,?,?)", credentialId, deviceId, messageId,
                url, sourceAddress, SqlTime.of(now), SqlTime.of(now)) > 0;
    }

    /**
     * At most {@code max} pictures due now, each claimed for {@code lease} (an attempt that dies with its instance is
     * taken up again once the lease is over), oldest due first.
     */
    public List<Pending> claimDue(int max, Duration lease) {
        Instant now = clock.instant();
        List<Pending> due = jdbc.list("list the pictures due from their terminals", "SELECT " + COLUMNS + " FROM terminal_picture_fetch "
                        + "WHERE next_try_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY next_try_at, id LIMIT ?",
                TerminalPictureFetches::row, SqlTime.of(now), SqlTime.of(now), max);
        List<Pending> claimed = new ArrayList<>();
        for (Pending p : due) {
            // the row is ours only if no one claimed it since it was read
            if (jdbc.update("claim a picture to fetch", "UPDATE terminal_picture_fetch SET claimed_until = ? WHERE id = ? "
                    + "AND (claimed_until IS NULL OR claimed_until <= ?)", SqlTime.of(now.plus(lease)), p.id(), SqlTime.of(now)) == 1) {
                claimed.add(p);
            }
        }
        return claimed;
    }

    /** The picture is kept, refused or given up: nothing more to fetch. */
    public void finished(long id) {
        jdbc.update("forget a picture fetched", "DELETE FROM terminal_picture_fetch WHERE id = ?", id);
    }

    /** The terminal did not answer: asked again at {@code at}, the attempt and its reason kept. */
    public void retryAt(long id, Instant at, String why) {
        jdbc.update("put off a picture's fetch", "UPDATE terminal_picture_fetch SET attempts = attempts + 1, next_try_at = ?, claimed_until = NULL, "
                + "last_error = ? WHERE id = ?", SqlTime.of(at), why.length() > 300 ? why.substring(0, 300) : why, id);
    }

    private static Pending row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                SqlTime.instant(rs, 8));
    }
}
