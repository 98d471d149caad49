package vn.dcim.core.compliance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ComplianceTaskRepository extends CrudRepository<ComplianceTask, Long> {
    boolean existsByKindAndPeriod(String kind, int period);

    List<ComplianceTask> findAllOrderByDueDateDesc();
}
