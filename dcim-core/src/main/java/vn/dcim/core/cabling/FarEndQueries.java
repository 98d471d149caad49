package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reads behind the far-end choices of a cable: which equipment of a site has free ports of
 * given kinds, and which equipment a device already reaches through its ports of one kind; counted and joined in SQL
 * by the ports' repository.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FarEndQueries {
    private final PortRepository ports;
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
        return ports.freePorts(candidates.keySet(), kinds.stream().map(PortKind::code).toList()).stream().map(f -> {
            Asset a = candidates.get(f.assetId());
            return new Free(a.id(), a.name(), a.labelCode(), a.roomId(), a.rackId(), a.kind(), f.ports(), f.frontPorts());
        }).toList();
    }

    /** The equipment at the far end of the cables on an asset's ports of one kind (the PDUs feeding its supplies). */
    Set<Long> reachedThrough(long assetId, PortKind kind) {
        return new HashSet<>(ports.reachedThrough(assetId, kind));
    }
}
