package vn.dcim.core.device;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The discovery inbox (table {@code discovered_source}): one row per dialect and source id. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DiscoveredSourceRepository extends GenericRepository<DiscoveredSource, Long> {

    /** Adds what was heard of a source in one statement; a batch that arrives late never moves its last-seen time back. */
    @Query("INSERT INTO discovered_source (dialect, source_id, state, first_seen, last_seen, message_count, last_topic, "
            + "last_payload, would_give) VALUES (:dialect, :sourceId, 'unbound', :seen, :seen, :messages, :topic, :payload, :wouldGive) "
            + "ON DUPLICATE KEY UPDATE last_seen = GREATEST(last_seen, VALUES(last_seen)), "
            + "message_count = message_count + VALUES(message_count), last_topic = VALUES(last_topic), "
            + "last_payload = VALUES(last_payload), would_give = VALUES(would_give)")
    void heard(String dialect, String sourceId, Instant seen, long messages, String topic, String payload, String wouldGive);

    int deleteByStateAndLastSeenLessThan(DiscoveredSource.State state, Instant before);

    long countByState(DiscoveredSource.State state);

    /** A page of the sources in a state, most recently heard first. */
    @Query("SELECT * FROM discovered_source WHERE state = :state ORDER BY last_seen DESC, id DESC LIMIT :limit OFFSET :offset")
    List<DiscoveredSource> page(String state, int limit, int offset);

    Optional<DiscoveredSource> findById(long id);

    Optional<DiscoveredSource> findByDialectAndSourceId(String dialect, String sourceId);

    @Query("UPDATE discovered_source SET state = 'bound', device_id = :deviceId WHERE id = :id")
    void bind(long id, String deviceId);

    /** Every source with its device's site (null while unbound, or when the device is gone). */
    @Query("SELECT s.dialect, s.source_id, s.state, s.device_id, d.site_id FROM discovered_source s "
            + "LEFT JOIN monitored_device d ON d.id = s.device_id")
    List<DiscoveredSources.Known> findAllKnown();
}
