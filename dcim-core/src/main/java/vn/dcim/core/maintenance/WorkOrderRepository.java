package vn.dcim.core.maintenance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WorkOrderRepository extends CrudRepository<WorkOrder, Long> {
    boolean existsByPlanIdAndAssetIdAndDueDate(Long planId, Long assetId, LocalDate dueDate);

    boolean existsByPlanIdAndAssetIdIsNullAndDueDate(Long planId, LocalDate dueDate);

    boolean existsByPlanIdAndAssetId(Long planId, Long assetId);

    boolean existsByPlanIdAndAssetIdIsNull(Long planId);

    List<WorkOrder> findByStatusInList(Collection<WorkOrderStatus> statuses);

    List<WorkOrder> findByPlanId(Long planId);

    List<WorkOrder> findAllOrderByDueDate();

    List<WorkOrder> findByAssetIdOrderByDueDateDesc(Long assetId);

    List<WorkOrder> findByAssetIdOrderByDueDateDesc(Long assetId, Pageable pageable);

    List<WorkOrder> findByIdInList(Collection<Long> ids);

    /** The lowest id of the orders in progress since {@code at} or before on this equipment; orders of older releases name it by id as text. */
    @Query("SELECT id FROM work_order WHERE status = 'in_progress' AND started_at <= :at "
            + "AND (CAST(asset_id AS CHAR) = :deviceId OR asset_id = :assetId) ORDER BY id LIMIT 1")
    java.util.Optional<Long> findInProgressOn(java.time.Instant at, String deviceId, @Nullable Long assetId);

    // The lists' search: one statement whose conditions drop out when their value is null or their flag says "any".
    // An IN list is never empty in SQL: a value no row has stands for "none".

    List<String> NONE = List.of("");
    List<Long> NO_ID = List.of(-1L);

    /** The orders an account limited to some equipment may see: an order belongs where its device, else its asset, else its rack is. */
    String WITHIN = "(:everyOrder = TRUE OR device_id IS NOT NULL AND device_id IN (:scopeDevices) "
            + "OR device_id IS NULL AND asset_id IS NOT NULL AND asset_id IN (:scopeAssets) "
            + "OR device_id IS NULL AND asset_id IS NULL AND rack_id IN (:scopeRacks))";

    /** The orders a list asks for (WorkOrderFilter), inside a scope. */
    String FOUND = "(:status IS NULL OR status = :status) AND (:anyState = TRUE OR status IN (:states)) "
            // the crew ignoring case and marks: utf8mb4_unicode_520_ci takes Đ for D, as Folded does
            + "AND (:crewLike IS NULL OR crew COLLATE utf8mb4_unicode_520_ci LIKE :crewLike) "
            + "AND (:dueBefore IS NULL OR due_date <= :dueBefore) "
            // the device's own orders, and those on its equipment made before it was monitored
            + "AND (:device IS NULL OR device_id = :device OR device_id IS NULL AND asset_id = :deviceAsset) "
            + "AND (:asset IS NULL OR asset_id = :asset) "
            // the rack's orders, and those on the equipment standing in it
            + "AND (:rack IS NULL OR rack_id = :rack OR asset_id IN (:rackAssets)) "
            // a technician's crew and the unassigned orders it may take, ignoring case only: the column's
            // collation would also take "Đội 1" for "Doi 1"
            + "AND (:crewOnly IS NULL OR crew IS NULL OR LOWER(crew) COLLATE utf8mb4_bin = LOWER(:crewOnly)) "
            + "AND " + WITHIN;

    /** The values of {@link #WITHIN}; {@link #EVERY_ORDER} for an account that sees every order. */
    record Scope(boolean everyOrder, Collection<String> devices, Collection<Long> assets, Collection<Long> racks) {
    }

    Scope EVERY_ORDER = new Scope(true, NONE, NO_ID, NO_ID);

    /** The values of {@link #FOUND}. */
    record Search(@Nullable String status, boolean anyState, Collection<String> states, @Nullable String crewLike,
                  @Nullable LocalDate dueBefore, @Nullable String device, @Nullable Long deviceAsset, @Nullable Long asset,
                  @Nullable Long rack, Collection<Long> rackAssets, @Nullable String crewOnly, Scope scope) {
    }

    /** A page of the orders found, soonest due first. */
    default List<WorkOrder> find(Search s, int limit, int offset) {
        return findFound(s.status(), s.anyState(), s.states(), s.crewLike(), s.dueBefore(), s.device(), s.deviceAsset(), s.asset(),
                s.rack(), s.rackAssets(), s.crewOnly(), s.scope().everyOrder(), s.scope().devices(), s.scope().assets(),
                s.scope().racks(), limit, offset);
    }

    default long count(Search s) {
        return countFound(s.status(), s.anyState(), s.states(), s.crewLike(), s.dueBefore(), s.device(), s.deviceAsset(), s.asset(),
                s.rack(), s.rackAssets(), s.crewOnly(), s.scope().everyOrder(), s.scope().devices(), s.scope().assets(),
                s.scope().racks());
    }

    default boolean admits(long id, Scope s) {
        return countInScope(id, s.everyOrder(), s.devices(), s.assets(), s.racks()) > 0;
    }

    @Query("SELECT * FROM work_order WHERE " + FOUND + " ORDER BY due_date, id LIMIT :limit OFFSET :offset")
    List<WorkOrder> findFound(@Nullable String status, boolean anyState, Collection<String> states, @Nullable String crewLike,
                              @Nullable LocalDate dueBefore, @Nullable String device, @Nullable Long deviceAsset, @Nullable Long asset,
                              @Nullable Long rack, Collection<Long> rackAssets, @Nullable String crewOnly, boolean everyOrder,
                              Collection<String> scopeDevices, Collection<Long> scopeAssets, Collection<Long> scopeRacks,
                              int limit, int offset);

    @Query("SELECT COUNT(*) FROM work_order WHERE " + FOUND)
    long countFound(@Nullable String status, boolean anyState, Collection<String> states, @Nullable String crewLike,
                    @Nullable LocalDate dueBefore, @Nullable String device, @Nullable Long deviceAsset, @Nullable Long asset,
                    @Nullable Long rack, Collection<Long> rackAssets, @Nullable String crewOnly, boolean everyOrder,
                    Collection<String> scopeDevices, Collection<Long> scopeAssets, Collection<Long> scopeRacks);

    @Query("SELECT COUNT(*) FROM work_order WHERE id = :id AND " + WITHIN)
    long countInScope(long id, boolean everyOrder, Collection<String> scopeDevices, Collection<Long> scopeAssets,
                      Collection<Long> scopeRacks);

    /** At most {@code most} orders in progress, the earliest started first, each with its plan's name where it has no title. */
    @Query("SELECT o.id, o.started_at, COALESCE(o.title, p.name) AS what, o.asset_id, o.device_id, o.crew "
            + "FROM work_order o LEFT JOIN maintenance_plan p ON p.id = o.plan_id "
            + "WHERE o.status = 'in_progress' ORDER BY o.started_at, o.id LIMIT :most")
    List<WorkInProgress> findInProgress(int most);
}
