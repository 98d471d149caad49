package vn.dcim.core.maintenance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MaintenancePlanRepository extends CrudRepository<MaintenancePlan, Long> {
    boolean existsByCode(String code);
}
