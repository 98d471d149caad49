package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.power.LivePowerFacts;
import vn.dcim.core.power.OutageSimulation;
import vn.dcim.core.power.PowerChain;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerImpact;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;
import vn.dcim.core.power.PowerReadings;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Power to the outlet (issue 37 §2): the power ports of a device plugged into PDU outlets, and the
 * PDU as an element of the site's power chain (the chain element whose monitored device belongs to
 * the PDU's asset, else the element of kind pdu named like the asset). On that, per device: what an
 * outage of one element does (dark, survives on one feed, unaffected), which devices have a single
 * point of failure in their supply (Art. 8.1c, no diverse power), and the rack budget of connected draws.
 */
@Singleton
public class PowerConnections {
    /** What a failure does to one device. */
    public enum Outcome {
        dark, one_feed, unaffected
    }

    /** One device's supplies: its connected power ports and the chain's PDU behind each. */
    public record Supply(Port powerPort, Port outlet, Asset pdu, @Nullable PowerNode pduNode) {
    }

    public record DeviceOutcome(Asset device, Outcome outcome, List<String> lostSupplies, List<String> keptSupplies) {
    }

    /** A device whose every supply runs through {@code singlePoints} (most downstream first). */
    public record SingleFeed(Asset device, int supplies, List<String> pdus, List<PowerNode> singlePoints) {
    }

    public record RackBudget(Rack rack, int allocatedW, int devices, int unconnectedPowerPorts,
                             @Nullable BigDecimal budgetKw) {
    }

    private final PortRepository ports;
    private final Cabling cabling;
    private final AssetRepository assets;
    private final MonitoredDeviceRepository devices;
    private final PowerChains chains;
    private final PowerReadings readings;
    private final RackRepository racks;

    PowerConnections(PortRepository ports, Cabling cabling, AssetRepository assets, MonitoredDeviceRepository devices,
                     PowerChains chains, PowerReadings readings, RackRepository racks) {
        this.ports = ports;
        this.cabling = cabling;
        this.assets = assets;
        this.devices = devices;
        this.chains = chains;
        this.readings = readings;
        this.racks = racks;
    }

    /** Every device of the site with at least one power port plugged into an outlet, with its supplies. */
    public Map<Asset, List<Supply>> supplies(String siteId, PowerChain chain) {
        List<Port> powerPorts = ports.findPowerPortsOfSite(siteId);
        Map<Long, Optional<PowerNode>> nodeOfPdu = new HashMap<>();
        Map<Long, Asset> assetCache = new HashMap<>();
        Map<Asset, List<Supply>> out = new LinkedHashMap<>();
        for (Port p : powerPorts) {
            Optional<Port> peer = cabling.peer(p);
            if (peer.isEmpty() || peer.get().kind() != PortKind.power_outlet) {
                continue;
            }
            Asset device = assetCache.computeIfAbsent(p.assetId(), cabling::asset);
            Asset pdu = assetCache.computeIfAbsent(peer.get().assetId(), cabling::asset);
            PowerNode node = nodeOfPdu.computeIfAbsent(pdu.id(), id -> nodeOf(pdu, chain)).orElse(null);
            out.computeIfAbsent(device, d -> new ArrayList<>()).add(new Supply(p, peer.get(), pdu, node));
        }
        return out;
    }

    private Optional<PowerNode> nodeOf(Asset pdu, PowerChain chain) {
        Set<String> deviceIds = devices.findByAssetId(pdu.id()).stream().map(MonitoredDevice::id).collect(Collectors.toSet());
        return chain.nodes().stream().filter(n -> n.deviceId() != null && deviceIds.contains(n.deviceId())).findFirst()
                .or(() -> chain.nodes().stream().filter(n -> n.kind() == PowerNodeKind.pdu && n.name().equalsIgnoreCase(pdu.name())).findFirst());
    }

    /** What the failure of one element of the chain does to each connected device (the dashboard's "what fails if X fails"). */
    public List<DeviceOutcome> ifFails(long nodeId) {
        PowerNode failed = chains.node(nodeId);
        PowerChain chain = chains.of(failed.siteId());
        Set<Long> lost = lost(new OutageSimulation(chain, new LivePowerFacts(chain, readings)), nodeId);
        List<DeviceOutcome> out = new ArrayList<>();
        supplies(failed.siteId(), chain).forEach((device, supplies) -> {
            List<String> gone = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (Supply s : supplies) {
                String what = s.powerPort().name() + " → " + s.pdu().name() + " " + s.outlet().name();
                boolean down = s.pduNode() != null && lost.contains(s.pduNode().id())
                        || s.pdu().id().equals(failedAsset(failed));
                (down ? gone : kept).add(what);
            }
            Outcome outcome = kept.isEmpty() ? Outcome.dark : gone.isEmpty() ? Outcome.unaffected : Outcome.one_feed;
            out.add(new DeviceOutcome(device, outcome, gone, kept));
        });
        out.sort(Comparator.comparing((DeviceOutcome d) -> d.outcome()).thenComparing(d -> d.device().name()));
        return out;
    }

    private Long failedAsset(PowerNode failed) {
        return failed.deviceId() == null ? null
                : devices.findById(failed.deviceId()).map(MonitoredDevice::assetId).orElse(null);
    }

    private static Set<Long> lost(OutageSimulation simulation, long nodeId) {
        Set<Long> lost = new LinkedHashSet<>();
        for (PowerImpact i : simulation.ifFails(nodeId)) {
            if (i.effect() == PowerImpact.Effect.failed || i.effect() == PowerImpact.Effect.loses_power) {
                lost.add(i.node().id());
            }
        }
        return lost;
    }

    /**
     * Devices without diverse power: every supply ends on one PDU, or runs through one UPS, ATS or
     * feed whose failure leaves the device dark (found by failing each element of the chain in turn).
     * A device with one power supply is on the list by its PDU.
     */
    public List<SingleFeed> singleFeeds(String siteId) {
        PowerChain chain = chains.of(siteId);
        OutageSimulation simulation = new OutageSimulation(chain, new LivePowerFacts(chain, readings));
        Map<Long, Set<Long>> lostIf = new HashMap<>();
        for (PowerNode n : chain.nodes()) {
            if (n.kind() != PowerNodeKind.rack) {
                lostIf.put(n.id(), lost(simulation, n.id()));
            }
        }
        List<SingleFeed> out = new ArrayList<>();
        supplies(siteId, chain).forEach((device, supplies) -> {
            List<String> pdus = supplies.stream().map(s -> s.pdu().name()).distinct().toList();
            Set<Long> pduNodes = supplies.stream().filter(s -> s.pduNode() != null).map(s -> s.pduNode().id()).collect(Collectors.toSet());
            List<PowerNode> points = new ArrayList<>();
            if (pduNodes.size() == supplies.stream().map(s -> s.pdu().id()).distinct().count()) {
                for (PowerNode n : chain.nodes()) {
                    Set<Long> lost = lostIf.get(n.id());
                    if (lost != null && !pduNodes.isEmpty() && lost.containsAll(pduNodes)) {
                        points.add(n);
                    }
                }
            }
            if (pdus.size() == 1 || !points.isEmpty()) {
                points.sort(Comparator.comparing((PowerNode n) -> -n.kind().ordinal()));
                out.add(new SingleFeed(device, supplies.size(), pdus, points));
            }
        });
        out.sort(Comparator.comparing(s -> s.device().name()));
        return out;
    }

    /** Per rack of a room: the sum of the allocated draws of the power ports plugged into outlets. */
    public List<RackBudget> budgets(long roomId) {
        List<RackBudget> out = new ArrayList<>();
        for (Rack rack : racks.findByRoomIdOrderByName(roomId)) {
            int watts = 0;
            int unconnected = 0;
            Set<Long> connected = new LinkedHashSet<>();
            for (Port p : ports.findPowerPortsInRack(rack.id())) {
                Optional<Port> peer = cabling.peer(p);
                if (peer.isPresent() && peer.get().kind() == PortKind.power_outlet) {
                    watts += p.budgetW();
                    connected.add(p.assetId());
                } else if (!isPduInput(p)) {
                    unconnected++;
                }
            }
            out.add(new RackBudget(rack, watts, connected.size(), unconnected, rack.powerBudgetKw()));
        }
        return out;
    }

    /** A PDU's own input is fed from the chain, not from an outlet. */
    private boolean isPduInput(Port p) {
        return ports.findByAssetIdOrderById(p.assetId()).stream().anyMatch(o -> o.kind() == PortKind.power_outlet);
    }

    public Asset asset(long id) {
        return assets.findById(id).orElseThrow(() -> new NotFoundException("asset", id));
    }
}
