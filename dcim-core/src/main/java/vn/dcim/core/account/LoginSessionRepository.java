package vn.dcim.core.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LoginSessionRepository extends CrudRepository<LoginSession, String> {
    void updateLastSeenAt(@Id String id, Instant lastSeenAt);

    void updateEndedAt(@Id String id, Instant endedAt);

    void updateSecondFactorAt(@Id String id, Instant secondFactorAt);

    void updateEndedAtByAccountIdAndEndedAtIsNull(long accountId, Instant endedAt);
}
