package vn.dcim.core.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

/** Lookups of the access log; a collection parameter is never empty (an empty IN is not SQL). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AccessEventRepository extends GenericRepository<AccessEventRecord, Long> {

    /** The newest event received from each of these door controllers that logged any. */
    @Query("SELECT device_id, MAX(received_ts) AS last FROM access_event WHERE device_id IN (:doors) GROUP BY device_id")
    List<DoorLastLogged> lastReceived(Collection<String> doors);
}
