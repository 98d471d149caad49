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

    @Query("SELECT * FROM cabling_port WHERE kind IN ('power_port', 'power_outlet')")
    List<Port> findPowerPortsAndOutlets();

    /** How many free ports (no cable on them) of some kinds each piece of equipment has, and how many are front ports. */
    @io.micronaut.core.annotation.Introspected
    record FreePorts(long assetId, int ports, int frontPorts) {
    }

    /** Of these pieces of equipment, those with free ports of these kinds (codes), by id. */
    @Query("SELECT p.asset_id, COUNT(*) AS ports, SUM(p.kind = 'front') AS front_ports FROM cabling_port p "
            + "WHERE p.asset_id IN (:assetIds) AND p.kind IN (:kinds) AND NOT EXISTS (SELECT 1 FROM cable_termination t WHERE t.port_id = p.id) "
            + "GROUP BY p.asset_id ORDER BY p.asset_id")
    List<FreePorts> freePorts(Collection<Long> assetIds, Collection<String> kinds);

    /** The equipment at the far end of the cables on an asset's ports of one kind (code). */
    @Query("SELECT DISTINCT far.asset_id FROM cabling_port near JOIN cable_termination tn ON tn.port_id = near.id "
            + "JOIN cable_termination tf ON tf.cable_id = tn.cable_id AND tf.id <> tn.id JOIN cabling_port far ON far.id = tf.port_id "
            + "WHERE near.asset_id = :assetId AND near.kind = :kind")
    List<Long> reachedThrough(long assetId, PortKind kind);
}
