package vn.dcim.core.battery;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UpsBatteryRepository extends CrudRepository<UpsBattery, Long> {
}
