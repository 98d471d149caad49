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

    /** The devices of an account that signed in to it and were not distrusted since, the latest first. */
    @Query("""
            SELECT a.device, MIN(a.at) AS first_sign_in, MAX(a.at) AS last_sign_in, COUNT(*) AS sign_ins,
                   SUBSTRING_INDEX(GROUP_CONCAT(a.source ORDER BY a.at DESC, a.id DESC SEPARATOR '\n'), '\n', 1) AS last_source
              FROM login_attempt a
             WHERE a.account_id = :accountId AND a.succeeded = TRUE AND a.device IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM login_attempt d WHERE d.device = a.device AND d.outcome = :distrusted)
             GROUP BY a.device ORDER BY last_sign_in DESC, a.device LIMIT :most""")
    java.util.List<TrustedDevices.Device> trustedDevices(long accountId, String distrusted, int most);

    boolean existsByAccountIdAndDeviceAndSucceeded(long accountId, String device, boolean succeeded);

    long countBySourceAndAtGreaterThanEquals(String source, Instant since);
}
