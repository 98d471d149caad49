package vn.dcim.core.device;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeviceErrorRepository extends CrudRepository<DeviceError, Long> {
    List<DeviceError> findTop20ByDeviceIdOrderByTsDesc(String deviceId);
}
