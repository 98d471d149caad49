package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An asset's ports as the cabling screen shows them: each with its cable and the far end, what its power paths risk. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetPorts {
    private final Cabling cabling;
    private final PowerConnections power;
    private final DeviceTypes types;

    /** One row of the ports table: the port, its cable and what is at the far end. */
    public record PortRow(Port port, @Nullable Cable cable, @Nullable Port peer, @Nullable Asset peerAsset) {
    }

    /** The asset with its ports, what each of its power paths risks, and its type's port template if one is known. */
    public record Ports(Asset asset, List<PortRow> rows, List<PowerConnections.PathRisk> whatIf, @Nullable DeviceType template) {
    }

    public Ports of(long assetId) {
        Asset asset = cabling.asset(assetId);
        List<Port> ports = cabling.portsOf(assetId);
        Map<Long, Cable> cables = cabling.cablesOn(ports);
        // the far ends are often on one switch or patch panel: each asset is read once
        Map<Long, Asset> farAssets = new HashMap<>();
        List<PortRow> rows = new ArrayList<>();
        for (Port p : ports) {
            Port peer = cables.containsKey(p.id()) ? cabling.peer(p).orElse(null) : null;
            rows.add(new PortRow(p, cables.get(p.id()), peer, peer == null ? null : farAssets.computeIfAbsent(peer.assetId(), cabling::asset)));
        }
        return new Ports(asset, rows, power.whatIf(assetId), types.forModel(asset.vendor(), asset.model()).orElse(null));
    }
}
