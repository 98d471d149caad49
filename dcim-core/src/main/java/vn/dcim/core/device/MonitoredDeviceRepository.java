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

    // Reads of the device's own columns, not the entity: its secrets are not decrypted for a name, a site or a pace.

    /** The site of these devices and whether each is enabled (never none: an empty IN is not SQL). */
    List<DeviceSite> searchByIdInList(Collection<String> ids);

    /** The enabled devices (or those not) with their pace, by id. */
    List<EnabledDevices.Paced> readByEnabledOrderById(boolean enabled);

    List<String> findIdByEnabledAndAssetIdInListOrderById(boolean enabled, Collection<Long> assetIds);

    List<String> findIdByProtocolAndEnabled(Protocol protocol, boolean enabled);

    List<String> findIdByIdAndProtocolAndEnabled(String id, Protocol protocol, boolean enabled);

    java.util.Optional<DeviceNaming> readById(String id);

    @Query("SELECT id, name, asset_id FROM monitored_device")
    List<DeviceNaming> findAllNamings();

    java.util.Optional<String> findSiteIdById(String id);

    @Query("SELECT asset_id FROM monitored_device WHERE id = :id AND asset_id IS NOT NULL")
    java.util.Optional<Long> findEquipmentOf(String id);

    /** The device's site and equipment, and where it was placed when it was bound without equipment. */
    @Query("SELECT d.site_id, d.asset_id, p.room_id AS placed_room, p.rack_id AS placed_rack FROM monitored_device d "
            + "LEFT JOIN monitored_device_place p ON p.device_id = d.id WHERE d.id = :id")
    java.util.Optional<DeviceStandings.Own> findOwnStanding(String id);

    /** Places a device without equipment in a room (and a rack of it), or moves it there. */
    @Query("INSERT INTO monitored_device_place (device_id, room_id, rack_id) VALUES (:deviceId, :roomId, :rackId) "
            + "ON DUPLICATE KEY UPDATE room_id = VALUES(room_id), rack_id = VALUES(rack_id)")
    void place(String deviceId, long roomId, @Nullable Long rackId);

    @Query("SELECT room_id, rack_id FROM monitored_device_place WHERE device_id = :deviceId")
    java.util.Optional<DiscoveredSources.Placed> findPlace(String deviceId);

    /** Each of these devices' site, and the room and rack it was placed in (null when not). */
    @Query("SELECT d.id AS device_id, d.site_id, p.room_id, p.rack_id FROM monitored_device d "
            + "LEFT JOIN monitored_device_place p ON p.device_id = d.id WHERE d.id IN (:ids)")
    List<DiscoveredSources.Stands> findStandings(Collection<String> ids);

    @Query("SELECT COUNT(*) FROM monitored_device_place WHERE room_id = :roomId")
    long countPlacedInRoom(long roomId);

    @Query("SELECT COUNT(*) FROM monitored_device_place WHERE rack_id = :rackId")
    long countPlacedInRack(long rackId);

    // the values a collector refused, counted per device and reason

    /** Adds refused values to the device's count for the reason; the example kept is the newest, also when a batch arrives late. */
    @Query("INSERT INTO device_refusal (device_id, reason, refused, first_ts, last_ts, last_metric, last_oid, last_detail) "
            + "VALUES (:deviceId, :reason, :refused, :firstTs, :lastTs, :lastMetric, :lastOid, :lastDetail) "
            + "ON DUPLICATE KEY UPDATE refused = refused + VALUES(refused), first_ts = LEAST(first_ts, VALUES(first_ts)), "
            + "last_metric = IF(VALUES(last_ts) >= last_ts, VALUES(last_metric), last_metric), "
            + "last_oid = IF(VALUES(last_ts) >= last_ts, VALUES(last_oid), last_oid), "
            + "last_detail = IF(VALUES(last_ts) >= last_ts, VALUES(last_detail), last_detail), "
            + "last_ts = GREATEST(last_ts, VALUES(last_ts))")
    void addRefusals(String deviceId, String reason, long refused, java.time.Instant firstTs, java.time.Instant lastTs,
                     String lastMetric, String lastOid, String lastDetail);

    @Query("SELECT * FROM device_refusal WHERE device_id = :deviceId ORDER BY refused DESC, reason")
    List<DeviceRefusal> findRefusals(String deviceId);

    // the links of the dependency graph: what a device is reached through

    @Query("SELECT via_device_id FROM device_reached_through WHERE device_id = :deviceId ORDER BY via_device_id")
    List<String> findReachedThrough(String deviceId);

    @Query("DELETE FROM device_reached_through WHERE device_id = :deviceId")
    void forgetReachedThrough(String deviceId);

    @Query("INSERT INTO device_reached_through (device_id, via_device_id) VALUES (:deviceId, :viaDeviceId)")
    void addReachedThrough(String deviceId, String viaDeviceId);

    @Query("SELECT id FROM monitored_device ORDER BY id")
    List<String> findAllIds();

    /** The ids of the devices of these sites (never none). */
    List<String> findIdBySiteIdInListOrderById(Collection<String> siteIds);

    /** The assets an enabled device watches. */
    @Query("SELECT DISTINCT asset_id FROM monitored_device WHERE enabled AND asset_id IS NOT NULL")
    List<Long> findWatchedAssetIds();

    /** The asset of each of these devices, or for one watching none the room it was placed in (never none). */
    @Query("SELECT d.id, d.asset_id, p.room_id AS placed_in_room FROM monitored_device d "
            + "LEFT JOIN monitored_device_place p ON p.device_id = d.id AND d.asset_id IS NULL WHERE d.id IN (:ids)")
    List<MonitoredDevices.Placed> findWhereabouts(Collection<String> ids);
}
