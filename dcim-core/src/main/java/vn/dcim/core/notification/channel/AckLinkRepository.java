package vn.dcim.core.notification.channel;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AckLinkRepository extends CrudRepository<AckLink, String> {

    /** Single use: 1 for the first of two clicks, which finds the link unused and not expired; 0 for the other. */
    @Query("UPDATE ack_link SET used_at = :now WHERE id = :id AND used_at IS NULL AND expires_at > :now")
    int use(String id, Instant now);
}
