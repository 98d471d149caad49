package vn.dcim.core.account;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A session with the standing of its account, in one query. Every signed-in request resumes its session
 * (the rights come from the database each time, so a lock or a role change works at once), and three
 * lookups by key (session, account, credential) cost three round trips a request, which is more than the
 * statements' own work on a busy server. The account's columns are those {@link UserAccounts#person} judges.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionStandings {
    private static final String SQL = "SELECT s.account_id, s.last_seen_at, s.ended_at, s.second_factor_at IS NOT NULL, "
            + "a.username, a.status, a.valid_until, c.locked_at IS NOT NULL, c.roles, c.password_changed_at, "
            + "c.must_change_password, c.totp_secret IS NOT NULL, c.directory "
            + "FROM login_session s LEFT JOIN account a ON a.id = s.account_id "
            + "LEFT JOIN account_credential c ON c.account_id = s.account_id WHERE s.id = ?";

    private final Jdbc jdbc;

    /** A session as it stands, and its account's standing; none when the account or its credential is gone. */
    record Found(long accountId, Instant lastSeenAt, @Nullable Instant endedAt, boolean secondFactorGiven,
                 @Nullable Standing standing) {
    }

    Optional<Found> find(String sessionId) {
        List<Found> rows = jdbc.list("resume a session", SQL, rs -> {
            long accountId = rs.getLong(1);
            String username = rs.getString(5);
            String roles = rs.getString(9);
            Standing standing = username == null || roles == null ? null
                    : new Standing(accountId, username, AccountStatus.valueOf(rs.getString(6)),
                    rs.getObject(7, LocalDate.class), rs.getBoolean(8), roles, SqlTime.instant(rs, 10),
                    rs.getBoolean(11), rs.getBoolean(12), rs.getBoolean(13));
            return new Found(accountId, SqlTime.instant(rs, 2), SqlTime.instant(rs, 3), rs.getBoolean(4), standing);
        }, sessionId);
        return rows.stream().findFirst();
    }
}
