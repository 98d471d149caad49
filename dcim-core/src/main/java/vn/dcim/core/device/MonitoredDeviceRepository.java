package vn.dcim.core.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MonitoredDeviceRepository extends CrudRepository<MonitoredDevice, String> {
    List<MonitoredDevice> findByProtocolAndEnabled(Protocol protocol, boolean enabled);

    List<MonitoredDevice> findBySiteId(String siteId);

    List<MonitoredDevice> findByAssetId(Long assetId);

    /** The device's name alone (no secret columns read): what the access log calls its door. */
    java.util.Optional<String> findNameById(String id);

    String MATCHES = "(:siteId IS NULL OR site_id = :siteId) AND (:protocol IS NULL OR protocol = :protocol)";

    /**
     * Devices by site and id, filtered and paged in SQL; a null filter matches all. The
     * order is by code point (BINARY), as the list sorted its ids in Java before.
     */
    @Query("SELECT * FROM monitored_device WHERE " + MATCHES + " ORDER BY BINARY site_id, BINARY id LIMIT :limit OFFSET :offset")
    List<MonitoredDevice> search(@Nullable String siteId, @Nullable String protocol, int limit, int offset);

    @Query("SELECT COUNT(*) FROM monitored_device WHERE " + MATCHES)
    long countSearch(@Nullable String siteId, @Nullable String protocol);

    /** As {@link #search}, of these sites only (an account limited to sites). */
    @Query("SELECT * FROM monitored_device WHERE " + MATCHES + " AND site_id IN (:siteIds) ORDER BY BINARY site_id, BINARY id LIMIT :limit OFFSET :offset")
    List<MonitoredDevice> searchAtSites(@Nullable String siteId, @Nullable String protocol, Collection<String> siteIds, int limit, int offset);

    @Query("SELECT COUNT(*) FROM monitored_device WHERE " + MATCHES + " AND site_id IN (:siteIds)")
    long countAtSites(@Nullable String siteId, @Nullable String protocol, Collection<String> siteIds);

    /** As {@link #search}, of these devices only (an agency's). */
    @Query("SELECT * FROM monitored_device WHERE " + MATCHES + " AND id IN (:ids) ORDER BY BINARY site_id, BINARY id LIMIT :limit OFFSET :offset")
    List<MonitoredDevice> searchAmong(@Nullable String siteId, @Nullable String protocol, Collection<String> ids, int limit, int offset);

    @Query("SELECT COUNT(*) FROM monitored_device WHERE " + MATCHES + " AND id IN (:ids)")
    long countAmong(@Nullable String siteId, @Nullable String protocol, Collection<String> ids);

    long countBySiteId(String siteId);

    long countByAssetIdInList(java.util.Collection<Long> assetIds);

    List<MonitoredDevice> findByEnabledAndAssetIdInList(boolean enabled, java.util.Collection<Long> assetIds);

    List<MonitoredDevice> findByEnabledAndAssetIdInListAndSiteIdInList(boolean enabled, java.util.Collection<Long> assetIds, java.util.Collection<String> siteIds);
}
