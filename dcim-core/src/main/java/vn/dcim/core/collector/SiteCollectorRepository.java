package vn.dcim.core.collector;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SiteCollectorRepository extends CrudRepository<SiteAssignment, String> {
    Sort BY_COLLECTOR = Sort.of(Sort.Order.asc("collectorId"), Sort.Order.asc("siteId"));

    /** The site is polled by this collector from now on (moved from another one if another had it). */
    @Query("INSERT INTO site_collector (site_id, collector_id, assigned_at) VALUES (:siteId, :collectorId, :assignedAt) "
            + "ON DUPLICATE KEY UPDATE collector_id = VALUES(collector_id), assigned_at = VALUES(assigned_at)")
    void assign(String siteId, String collectorId, Instant assignedAt);

    Optional<String> findCollectorIdBySiteId(String siteId);

    List<SiteAssignment> findAll(Sort sort);

    // the collectors' streams: the highest batch sequence taken from each, and its buffer as then

    /** A stream's newest batch as the collector described its buffer. */
    @Introspected
    record StreamBatch(String collectorId, Instant receivedAt, long buffered, long dropped) {
    }

    @Query("SELECT collector_id, received_at, buffered, dropped FROM collector_stream ORDER BY collector_id, received_at")
    List<StreamBatch> findStreamBatches();

    @Query("SELECT last_seq FROM collector_stream WHERE stream = :stream")
    Optional<Long> findLastSequence(String stream);

    /** The stream's batches up to {@code seq} are committed; its sequence never moves backwards. */
    @Query("INSERT INTO collector_stream (stream, collector_id, last_seq, received_at, buffered, dropped) "
            + "VALUES (:stream, :collectorId, :seq, :receivedAt, :buffered, :dropped) "
            + "ON DUPLICATE KEY UPDATE buffered = IF(VALUES(last_seq) >= last_seq, VALUES(buffered), buffered), "
            + "dropped = IF(VALUES(last_seq) >= last_seq, VALUES(dropped), dropped), "
            + "last_seq = GREATEST(last_seq, VALUES(last_seq)), received_at = VALUES(received_at)")
    void committed(String stream, String collectorId, long seq, Instant receivedAt, long buffered, long dropped);
}
