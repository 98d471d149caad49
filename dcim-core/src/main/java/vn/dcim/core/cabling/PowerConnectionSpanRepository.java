package vn.dcim.core.cabling;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PowerConnectionSpanRepository extends CrudRepository<PowerConnectionSpan, Long> {

    @Query("UPDATE power_connection_span SET disconnected_at = :at WHERE cable_id = :cableId AND disconnected_at IS NULL")
    void close(long cableId, Instant at);

    /** The spans open at some time from {@code from} on. */
    @Query("SELECT * FROM power_connection_span WHERE disconnected_at IS NULL OR disconnected_at > :from")
    List<PowerConnectionSpan> openSince(Instant from);

    @Query("SELECT cable_id FROM power_connection_span")
    List<Long> cableIds();
}
