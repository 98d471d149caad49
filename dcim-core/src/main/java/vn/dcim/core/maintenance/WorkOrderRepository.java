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
}
