package vn.dcim.core.device;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface MonitoredDeviceRepository extends CrudRepository<MonitoredDevice, String> {
    List<MonitoredDevice> findByProtocolAndEnabled(Protocol protocol, boolean enabled);

    List<MonitoredDevice> findBySiteId(String siteId);

    List<MonitoredDevice> findByAssetId(Long assetId);
}
