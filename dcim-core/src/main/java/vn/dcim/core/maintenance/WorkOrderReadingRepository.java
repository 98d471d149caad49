package vn.dcim.core.maintenance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface WorkOrderReadingRepository extends CrudRepository<WorkOrderReading, Long> {
    List<WorkOrderReading> findByWorkOrderIdOrderById(Long workOrderId);

    void deleteByWorkOrderIdAndPhase(Long workOrderId, WorkOrderReading.Phase phase);
}
