package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChangeRequestRepository extends CrudRepository<ChangeRequest, Long> {

    Optional<ChangeRequest> findByWorkOrderId(long workOrderId);

    List<ChangeRequest> findByAssetIdAndStatusInList(long assetId, Collection<ChangeStatus> statuses);

    /**
     * The filters of the requests' list, each skipped when null; {@code scoped}: only the requests of the agency
     * {@code scopeAgencyId}, of the equipment {@code scopeAssetIds} or moved to or from the racks {@code scopeRackIds}
     * (an empty list is IN (NULL): nothing).
     */
    String FILTERED = "(:status IS NULL OR status = :status) AND (:kind IS NULL OR kind = :kind) AND (:agencyId IS NULL OR agency_id = :agencyId) "
            + "AND (:assetId IS NULL OR asset_id = :assetId) AND (NOT :scoped OR agency_id = :scopeAgencyId OR asset_id IN (:scopeAssetIds) "
            + "OR to_rack_id IN (:scopeRackIds) OR from_rack_id IN (:scopeRackIds))";

    @Query("SELECT * FROM change_request WHERE " + FILTERED + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<ChangeRequest> filtered(@Nullable String status, @Nullable String kind, @Nullable Long agencyId, @Nullable Long assetId, boolean scoped,
                                 @Nullable Long scopeAgencyId, Collection<Long> scopeAssetIds, Collection<Long> scopeRackIds, int limit, int offset);

    @Query("SELECT COUNT(*) FROM change_request WHERE " + FILTERED)
    long countFiltered(@Nullable String status, @Nullable String kind, @Nullable Long agencyId, @Nullable Long assetId, boolean scoped,
                       @Nullable Long scopeAgencyId, Collection<Long> scopeAssetIds, Collection<Long> scopeRackIds);
}
