package vn.dcim.core.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MonitoredDeviceRepository extends CrudRepository<MonitoredDevice, String> {
    List<MonitoredDevice> findByProtocolAndEnabled(Protocol protocol, boolean enabled);

    List<MonitoredDevice> findBySiteId(String siteId);

    List<MonitoredDevice> findByAssetId(Long assetId);

    String MATCHES = "(:siteId IS NULL OR site_id = :siteId) AND (:protocol IS NULL OR protocol = :protocol)";

    /**
     * Devices by site and id, filtered and paged in SQL; a null filter matches all. The
     * order is by code point (BINARY), as the list sorted its ids in Java before.
     */
    @Query("SELECT * FROM monitored_device WHERE " + MATCHES + " ORDER BY BINARY site_id, BINARY id LIMIT :limit OFFSET :offset")
    List<MonitoredDevice> search(@Nullable String siteId, @Nullable String protocol, int limit, int offset);

    @Query("SELECT COUNT(*) FROM monitored_device WHERE " + MATCHES)
    long countSearch(@Nullable String siteId, @Nullable String protocol);
}
