package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.db.Jdbc;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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

    /** Equipment of a site (not disposed of, not {@code except}) with free ports of these kinds, and how many. */
    record Free(long assetId, String name, @Nullable String labelCode, @Nullable Long roomId, @Nullable Long rackId,
                AssetKind kind, int ports, int frontPorts) {
    }

    List<Free> withFreePorts(String siteId, long except, Collection<PortKind> kinds) {
        String in = kinds.stream().map(k -> "'" + k.code() + "'").collect(Collectors.joining(","));
        return jdbc.list("find equipment with free ports",
                "SELECT a.id, a.name, a.label_code, a.room_id, a.rack_id, a.kind, COUNT(*), SUM(p.kind = 'front') "
                        + "FROM cabling_port p JOIN asset a ON a.id = p.asset_id "
                        + "WHERE a.site_id = ? AND a.id <> ? AND a.status <> 'disposed' AND p.kind IN (" + in + ") "
                        + "AND NOT EXISTS (SELECT 1 FROM cable_termination t WHERE t.port_id = p.id) "
                        + "GROUP BY a.id, a.name, a.label_code, a.room_id, a.rack_id, a.kind",
                rs -> new Free(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class),
                        (Long) rs.getObject(5, Long.class), AssetKind.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8)),
                siteId, except);
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
