package vn.dcim.core.asset;

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
}
