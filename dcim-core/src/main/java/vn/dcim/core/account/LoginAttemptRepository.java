package vn.dcim.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LoginAttemptRepository extends CrudRepository<LoginAttempt, Long> {

    /** Failures of an account from clients it does not know, since its last success or unlock, within the window. */
    @Query("""
            SELECT COUNT(*) FROM login_attempt a
             WHERE a.account_id = :accountId AND a.succeeded = FALSE AND a.device IS NULL AND a.at >= :since
               AND a.at > COALESCE((SELECT MAX(s.at) FROM login_attempt s
                                     WHERE s.account_id = :accountId AND s.succeeded = TRUE), '1970-01-02')""")
    long countRecentFailures(long accountId, Instant since);

    /** Failures of one trusted device of an account since its own last success or the account's unlock, within the window. */
    @Query("""
            SELECT COUNT(*) FROM login_attempt a
             WHERE a.device = :device AND a.account_id = :accountId AND a.succeeded = FALSE AND a.at >= :since
               AND a.at > COALESCE((SELECT MAX(s.at) FROM login_attempt s
                                     WHERE s.account_id = :accountId AND s.succeeded = TRUE
                                       AND (s.device = :device OR s.outcome = 'unlocked')), '1970-01-02')""")
    long countRecentDeviceFailures(long accountId, String device, Instant since);

    boolean existsByDeviceAndOutcome(String device, String outcome);

    long countBySourceAndAtGreaterThanEquals(String source, Instant since);
}
