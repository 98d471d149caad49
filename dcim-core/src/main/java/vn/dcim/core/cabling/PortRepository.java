package vn.dcim.core.cabling;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PortRepository extends CrudRepository<Port, Long> {
    List<Port> findByAssetIdOrderById(Long assetId);

    List<Port> findByIdIn(Collection<Long> ids);

    List<Port> findByAssetIdIn(Collection<Long> assetIds);

    Optional<Port> findByAssetIdAndName(Long assetId, String name);

    boolean existsByAssetId(Long assetId);

    Optional<Port> findByRearPortIdAndRearPosition(Long rearPortId, Integer rearPosition);

    List<Port> findByRearPortId(Long rearPortId);

    @Query("SELECT p.* FROM cabling_port p JOIN asset a ON a.id = p.asset_id WHERE a.rack_id = :rackId AND p.kind = 'power_port' ORDER BY p.id")
    List<Port> findPowerPortsInRack(Long rackId);

    @Query("SELECT p.* FROM cabling_port p JOIN asset a ON a.id = p.asset_id WHERE a.site_id = :siteId AND p.kind = 'power_port' ORDER BY p.asset_id, p.id")
    List<Port> findPowerPortsOfSite(String siteId);
}
