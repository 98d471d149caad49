package vn.dcim.core.push;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DigestAnswerSeenRepository extends GenericRepository<DigestAnswerSeen, String> {

    /** 1 the first time any instance sees the answer; 0 for a replay. */
    @Query("INSERT IGNORE INTO push_digest_seen (response_key, expires_at) VALUES (:responseKey, :expiresAt)")
    int remember(String responseKey, Instant expiresAt);

    void deleteByExpiresAtLessThan(Instant now);
}
