package vn.dcim.core.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LoginSessionRepository extends CrudRepository<LoginSession, String> {
    void updateLastSeenAt(@Id String id, Instant lastSeenAt);

    void updateEndedAt(@Id String id, Instant endedAt);

    void updateSecondFactorAt(@Id String id, Instant secondFactorAt);

    void updateEndedAtByAccountIdAndEndedAtIsNull(long accountId, Instant endedAt);

    /**
     * A session with its account's standing in one statement: every signed-in request resumes its session, and
     * three lookups by key cost three round trips a request. The account's columns are null when it is gone.
     */
    @Query("SELECT s.account_id, s.last_seen_at, s.ended_at, s.second_factor_at IS NOT NULL AS second_factor_given, "
            + "a.username, a.status, a.valid_until, "
            // a lock by wrong passwords keeps out unknown clients, not the owner's sessions (Standing#of)
            + "c.locked_at IS NOT NULL AND COALESCE(c.locked_why, '') <> '" + UserAccounts.LOCKED_BY_POLICY + "' AS locked, "
            + "c.roles, c.password_changed_at, "
            + "c.must_change_password, c.totp_secret IS NOT NULL AS has_second_factor, c.directory "
            + "FROM login_session s LEFT JOIN account a ON a.id = s.account_id "
            + "LEFT JOIN account_credential c ON c.account_id = s.account_id WHERE s.id = :id")
    Optional<SessionStandings.Row> findStanding(String id);
}
