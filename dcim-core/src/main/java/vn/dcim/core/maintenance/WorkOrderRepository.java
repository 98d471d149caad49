package vn.dcim.core.maintenance;

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
}
