package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PowerRatingRepository extends CrudRepository<PowerRating, Long> {

    /** Records or replaces the element's rating in one statement: two supervisors setting it at once never collide. */
    @Query("INSERT INTO power_rating (node_id, rated_kw, updated_by, updated_at) VALUES (:nodeId, :ratedKw, :by, :at) "
            + "ON DUPLICATE KEY UPDATE rated_kw = VALUES(rated_kw), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)")
    void set(long nodeId, BigDecimal ratedKw, @Nullable String by, Instant at);
}
