package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.db.Jdbc;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The set-based reads behind the far-end choices of a cable: which equipment of a site has free ports of
 * given kinds, and which equipment a device already reaches through its ports of one kind.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FarEndQueries {
    private final Jdbc jdbc;
    private final AssetRepository assets;

    /** Equipment of a site (not disposed of, not {@code except}) with free ports of these kinds, and how many. */
    record Free(long assetId, String name, @Nullable String labelCode, @Nullable Long roomId, @Nullable Long rackId,
                AssetKind kind, int ports, int frontPorts) {
    }

    List<Free> withFreePorts(String siteId, long except, Collection<PortKind> kinds) {
        // the site's equipment in use from the registry, then their free ports counted here
        Map<Long, Asset> candidates = new LinkedHashMap<>();
        assets.findBySiteIdAndStatusNotEqualAndIdNotEqual(siteId, AssetStatus.disposed, except).forEach(a -> candidates.put(a.id(), a));
        if (candidates.isEmpty() || kinds.isEmpty()) {
            return List.of();
        }
        String in = kinds.stream().map(k -> "'" + k.code() + "'").collect(Collectors.joining(","));
        return jdbc.list("find equipment with free ports",
                "SELECT p.asset_id, COUNT(*), SUM(p.kind = 'front') FROM cabling_port p "
                        + "WHERE p.asset_id IN (" + String.join(",", Collections.nCopies(candidates.size(), "?")) + ") AND p.kind IN (" + in + ") "
                        + "AND NOT EXISTS (SELECT 1 FROM cable_termination t WHERE t.port_id = p.id) "
                        + "GROUP BY p.asset_id ORDER BY p.asset_id",
                rs -> {
                    Asset a = candidates.get(rs.getLong(1));
                    return new Free(a.id(), a.name(), a.labelCode(), a.roomId(), a.rackId(), a.kind(), rs.getInt(2), rs.getInt(3));
                }, candidates.keySet().toArray());
    }

    /** The equipment at the far end of the cables on an asset's ports of one kind (the PDUs feeding its supplies). */
    Set<Long> reachedThrough(long assetId, PortKind kind) {
        return new HashSet<>(jdbc.list("find what an asset's ports reach",
                "SELECT DISTINCT far.asset_id FROM cabling_port near "
                        + "JOIN cable_termination tn ON tn.port_id = near.id "
                        + "JOIN cable_termination tf ON tf.cable_id = tn.cable_id AND tf.id <> tn.id "
                        + "JOIN cabling_port far ON far.id = tf.port_id "
                        + "WHERE near.asset_id = ? AND near.kind = ?",
                rs -> rs.getLong(1), assetId, kind.code()));
    }
}
