package vn.dcim.core.cabling;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the far end of a new cable from one port may be, the likeliest first, so that connecting a port is
 * usually "connect, then save" (NetBox starts the same cable from the port's row, but asks for every field).
 * Only free ports of a kind the near port joins are offered, at the same site. The likeliest equipment is the
 * nearest (same rack, then same room), and among those: for a power supply, a PDU that does not already feed
 * the device (its A and B feeds); for a server's interface, a patch panel (structured cabling), then a switch;
 * for a panel's port, a switch, then a router or firewall, then another panel.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FarEnds {
    private static final Set<AssetKind> GATEWAYS = EnumSet.of(AssetKind.router, AssetKind.firewall);

    private final Cabling cabling;
    private final FarEndQueries queries;

    /** A piece of equipment that can take the cable, with how many free ports it offers. */
    public record Choice(long assetId, String name, String labelCode, Long rackId, int freePorts, boolean sameRack) {
    }

    /** The near port, its equipment and the far-end equipment, likeliest first. */
    public record Choices(Port near, Asset nearAsset, List<Choice> assets) {
    }

    /** A free port of the far equipment and the cable that usually joins it to the near port. */
    public record FreePort(Port port, CableType cableType) {
    }

    public Choices of(long portId) {
        Port near = cabling.port(portId);
        Asset at = cabling.asset(near.assetId());
        Set<Long> reached = near.kind().power() ? queries.reachedThrough(at.id(), near.kind()) : Set.of();
        List<FarEndQueries.Free> free = queries.withFreePorts(at.siteId(), at.id(), near.kind().partners());
        Comparator<FarEndQueries.Free> likeliest = Comparator
                .comparingInt((FarEndQueries.Free f) -> distance(at, f))
                .thenComparingInt(f -> preference(near.kind(), f, reached))
                .thenComparing(FarEndQueries.Free::name);
        return new Choices(near, at, free.stream().sorted(likeliest)
                .map(f -> new Choice(f.assetId(), f.name(), f.labelCode(), f.rackId(), f.ports(),
                        at.rackId() != null && at.rackId().equals(f.rackId())))
                .toList());
    }

    /**
     * The free ports of {@code assetId} a cable from {@code portId} may take, in port order, with a patch
     * panel's likelier side first: a patch cord from a device or a front port goes to the front, a trunk from a
     * rear port to the rear. Among front ports, one whose rear is already cabled comes first, since a link
     * through it reaches somewhere.
     */
    public List<FreePort> portsOf(long portId, long assetId) {
        Port near = cabling.port(portId);
        List<Port> all = cabling.portsOf(assetId);
        Map<Long, Cable> taken = cabling.cablesOn(all);
        PortKind side = near.kind() == PortKind.rear ? PortKind.rear : PortKind.front;
        return all.stream()
                .filter(p -> near.kind().joins(p.kind()) && !taken.containsKey(p.id()) && !p.id().equals(near.id()))
                .sorted(Comparator.comparingInt((Port p) -> p.kind().passThrough() && p.kind() != side ? 1 : 0)
                        .thenComparingInt(p -> p.kind() == PortKind.front && taken.containsKey(p.rearPortId()) ? 0 : 1))
                .map(p -> new FreePort(p, cableFor(near, p)))
                .toList();
    }

    /** The cable a person would take for these two ports: the cord that fits the outlet, fibre for fibre, else Cat 6A. */
    static CableType cableFor(Port a, Port b) {
        if (a.kind().power()) {
            Port outlet = a.kind() == PortKind.power_outlet ? a : b;
            return outlet.type() != null && outlet.type().endsWith("c19") ? CableType.power_c19 : CableType.power_c13;
        }
        if (isType(a, "mpo") || isType(b, "mpo")) {
            return CableType.mpo_trunk;
        }
        if (isType(a, "lc") || isType(b, "lc") || isType(a, "sc") || isType(b, "sc")) {
            return CableType.om4;
        }
        return CableType.cat6a;
    }

    private static boolean isType(Port p, String type) {
        return type.equals(p.type());
    }

    private static int distance(Asset near, FarEndQueries.Free far) {
        if (near.rackId() != null && near.rackId().equals(far.rackId())) {
            return 0;
        }
        return Objects.equals(near.roomId(), far.roomId()) && near.roomId() != null ? 1 : 2;
    }

    private static int preference(PortKind near, FarEndQueries.Free far, Set<Long> reached) {
        return switch (near) {
            case power_port -> reached.contains(far.assetId()) ? 1 : 0;
            case interface_ -> far.frontPorts() > 0 ? 0 : far.kind() == AssetKind.network_switch ? 1 : 2;
            case front, rear -> far.kind() == AssetKind.network_switch ? 0 : GATEWAYS.contains(far.kind()) ? 1 : far.frontPorts() > 0 ? 3 : 2;
            default -> 0;
        };
    }
}
