package vn.dcim.core.asset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AssetRepository extends CrudRepository<Asset, Long> {
    List<Asset> findBySiteIdOrderByName(String siteId);

    Optional<Asset> findByLabelCode(String labelCode);

    long countBySiteId(String siteId);

    List<Asset> findByRackIdOrderByPositionU(Long rackId);

    List<Asset> findAllOrderById();

    List<Asset> findByIdInListOrderById(Collection<Long> ids);

    long countByRoomId(Long roomId);

    long countByRackId(Long rackId);

    List<Asset> findBySiteIdAndStatusNotEqualAndIdNotEqual(String siteId, AssetStatus status, Long id);

    // Reads of a few columns, not the entity: another feature asks them while it judges something else, and a row
    // holding a kind or status this release does not know must still give its name or place.

    /** The ids of the equipment of these sites (never none: an empty IN is not SQL). */
    List<Long> findIdBySiteIdInListOrderById(Collection<String> siteIds);

    List<Long> findIdByRackIdOrderById(Long rackId);

    /** The equipment in use whose vendor and model are known. */
    @Query("SELECT id FROM asset WHERE status <> 'disposed' AND vendor IS NOT NULL AND model IS NOT NULL ORDER BY id")
    List<Long> findIdsOfKnownModel();

    List<Long> findIdByKindOrderById(AssetKind kind);

    // Whether the register is kept as the regulation asks (AssetRecords): counted and picked out at some sites

    /** At these sites, or at every site when {@code everySite}. */
    String AT_SITES = "(:everySite = TRUE OR site_id IN (:sites))";
    /** Placed in a room or a rack and not yet disposed of. */
    String PLACED = "(room_id IS NOT NULL OR rack_id IS NOT NULL) AND status <> 'disposed'";
    /** Statuses of equipment that is still the centre's to run: it must be named and labelled. */
    String KEPT = "status IN ('in_service', 'under_repair', 'faulty')";
    /** In service and of a kind a device can watch. */
    String WATCHABLE = "status = 'in_service' AND kind <> 'other'";

    @Query("SELECT COUNT(*) FROM asset WHERE " + PLACED + " AND " + AT_SITES)
    long countPlaced(boolean everySite, Collection<String> sites);

    @Query("SELECT id, name, status FROM asset WHERE " + PLACED + " AND status IN ('faulty', 'awaiting_disposal') AND " + AT_SITES
            + " ORDER BY id")
    List<AssetRecords.Entry> findPlacedOutOfOrder(boolean everySite, Collection<String> sites);

    @Query("SELECT COUNT(*) FROM asset WHERE " + KEPT + " AND " + AT_SITES)
    long countKept(boolean everySite, Collection<String> sites);

    /** Kept, and without a name or a label: nothing but white space in it (a non-space as \S: a POSIX class's colon would start a parameter here). */
    @Query("SELECT id, name, status FROM asset WHERE " + KEPT + " AND (COALESCE(name, '') NOT REGEXP '\\\\S' "
            + "OR COALESCE(label_code, '') NOT REGEXP '\\\\S') AND " + AT_SITES + " ORDER BY id")
    List<AssetRecords.Entry> findUnlabelled(boolean everySite, Collection<String> sites);

    @Query("SELECT COUNT(*) FROM asset WHERE " + WATCHABLE + " AND " + AT_SITES)
    long countWatchable(boolean everySite, Collection<String> sites);

    /** Watchable, and none of {@code watched} (never none). */
    @Query("SELECT id, name, status FROM asset WHERE " + WATCHABLE + " AND id NOT IN (:watched) AND " + AT_SITES + " ORDER BY id")
    List<AssetRecords.Entry> findUnwatched(boolean everySite, Collection<String> sites, Collection<Long> watched);

    @Query("SELECT id, CONCAT_WS(' ', label_code, name) AS name, warranty_end AS `end` FROM asset "
            + "WHERE warranty_end IS NOT NULL AND status NOT IN ('disposed', 'awaiting_disposal') ORDER BY id")
    List<AssetRecords.WarrantyEnd> findWarrantyEnds();

    List<AssetNaming> readByKind(AssetKind kind);

    /** The names of these assets (never none). */
    List<AssetNaming> readByIdInList(Collection<Long> ids);

    /** Where these assets stand (never none). */
    List<AssetPlace> searchByIdInList(Collection<Long> ids);

    Optional<AssetPlace> searchById(Long id);

    @Query("SELECT criticality FROM asset WHERE id = :id")
    Optional<String> findCriticalityAsStored(Long id);

    /** The periodic report's assets: every asset registered before {@code end}. */
    @Query("SELECT id, kind, name, label_code, owning_agency, criticality, status, created_at FROM asset WHERE created_at < :end")
    List<AssetHistory.Registered> findRegisteredBefore(Instant end);

    /** The warranties ending in [from, to) of assets not disposed of, the soonest first. */
    @Query("SELECT label_code, name, kind, warranty_end AS `end` FROM asset WHERE warranty_end >= :from AND warranty_end < :to "
            + "AND status <> 'disposed' ORDER BY warranty_end, label_code")
    List<AssetHistory.WarrantyEnding> findWarrantiesEnding(LocalDate from, LocalDate to);

    // The asset list's search (AssetFilter): one statement whose conditions drop out when their value is null or
    // their flag says "any". An IN list is never empty in SQL: a value no row has stands for "none".

    List<Long> NO_ID = List.of(-1L);
    List<String> NO_SITE = List.of("");

    /**
     * The assets a list asks for. The text compares in utf8mb4_unicode_520_ci: it ignores case and marks as
     * {@code Folded} does and, unlike utf8mb4_unicode_ci, takes Đ for D, so "den" finds "Đèn" and "cam bien"
     * finds "Cảm biến".
     */
    String FOUND = "(:anyId = TRUE OR id IN (:ids)) AND (:kind IS NULL OR kind = :kind) AND (:status IS NULL OR status = :status) "
            + "AND (:siteId IS NULL OR site_id = :siteId) AND (:anySite = TRUE OR site_id IN (:siteIds)) "
            + "AND (:roomId IS NULL OR room_id = :roomId) AND (:rackId IS NULL OR rack_id = :rackId) "
            + "AND (:owningAgency IS NULL OR owning_agency = :owningAgency) "
            + "AND (:textLike IS NULL OR name COLLATE utf8mb4_unicode_520_ci LIKE :textLike "
            + "OR label_code COLLATE utf8mb4_unicode_520_ci LIKE :textLike OR serial COLLATE utf8mb4_unicode_520_ci LIKE :textLike)";

    /** The values of {@link #FOUND}. */
    record Search(boolean anyId, Collection<Long> ids, @Nullable String kind, @Nullable String status, @Nullable String siteId,
                  boolean anySite, Collection<String> siteIds, @Nullable Long roomId, @Nullable Long rackId,
                  @Nullable String owningAgency, @Nullable String textLike) {
    }

    /** A page of the assets found, by id. */
    default List<Asset> find(Search s, int limit, int offset) {
        return findFound(s.anyId(), s.ids(), s.kind(), s.status(), s.siteId(), s.anySite(), s.siteIds(), s.roomId(), s.rackId(),
                s.owningAgency(), s.textLike(), limit, offset);
    }

    default long count(Search s) {
        return countFound(s.anyId(), s.ids(), s.kind(), s.status(), s.siteId(), s.anySite(), s.siteIds(), s.roomId(), s.rackId(),
                s.owningAgency(), s.textLike());
    }

    @Query("SELECT * FROM asset WHERE " + FOUND + " ORDER BY id LIMIT :limit OFFSET :offset")
    List<Asset> findFound(boolean anyId, Collection<Long> ids, @Nullable String kind, @Nullable String status, @Nullable String siteId,
                          boolean anySite, Collection<String> siteIds, @Nullable Long roomId, @Nullable Long rackId,
                          @Nullable String owningAgency, @Nullable String textLike, int limit, int offset);

    @Query("SELECT COUNT(*) FROM asset WHERE " + FOUND)
    long countFound(boolean anyId, Collection<Long> ids, @Nullable String kind, @Nullable String status, @Nullable String siteId,
                    boolean anySite, Collection<String> siteIds, @Nullable Long roomId, @Nullable Long rackId,
                    @Nullable String owningAgency, @Nullable String textLike);

    /** Every piece of equipment in a rack and not disposed of, without the entity mapping. */
    @Query("SELECT id AS asset_id, rack_id, position_u, COALESCE(height_u, 1) AS height_u, kind FROM asset "
            + "WHERE rack_id IS NOT NULL AND position_u IS NOT NULL AND status <> 'disposed'")
    List<AssetRegistry.Racked> findRacked();
}
