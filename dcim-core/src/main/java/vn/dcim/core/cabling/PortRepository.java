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

    /** The power ports of these pieces of equipment (never none: an empty IN is not SQL), by id. */
    @Query("SELECT * FROM cabling_port WHERE asset_id IN (:assetIds) AND kind = 'power_port' ORDER BY id")
    List<Port> findPowerPortsOf(Collection<Long> assetIds);

    /** As {@link #findPowerPortsOf}, by equipment, then by id. */
    @Query("SELECT * FROM cabling_port WHERE asset_id IN (:assetIds) AND kind = 'power_port' ORDER BY asset_id, id")
    List<Port> findPowerPortsOfByAsset(Collection<Long> assetIds);

    /** Those of these pieces of equipment that have a port (never none: an empty IN is not SQL). */
    @Query("SELECT DISTINCT asset_id FROM cabling_port WHERE asset_id IN (:assetIds)")
    List<Long> assetsWithPorts(Collection<Long> assetIds);
}
