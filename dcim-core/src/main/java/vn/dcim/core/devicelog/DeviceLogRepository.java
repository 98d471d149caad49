package vn.dcim.core.devicelog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DeviceLogRepository extends GenericRepository<DeviceLogRecord, Long> {

    /**
     * Deletes at most 100,000 entries older than {@code cutoff} from the partition of the days before the table was
     * partitioned by day (p_old), which is dropped whole only once the cutoff passes its bound; the number deleted.
     */
    @Query("DELETE FROM device_log PARTITION (p_old) WHERE ts < :cutoff LIMIT 100000")
    int trimOldest(Instant cutoff);
}
