package vn.dcim.core.cabling;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetIds;
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
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Power to the outlet: the power ports of a device plugged into PDU outlets, and the
 * PDU as an element of the site's power chain (the chain element whose monitored device belongs to
 * the PDU's asset, else the element of kind pdu named like the asset). On that, per device: what an
 * outage of one element does (dark, survives on one feed, unaffected), which devices have a single
 * point of failure in their supply (Art. 8.1c, no diverse power), and the rack budget of connected draws.
 * A device whose supplies all lose the grid while a UPS in their chain still holds is {@code on_battery}.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PowerConnections {
    /** What a failure does to one device. */
    public enum Outcome {
        dark, on_battery, one_feed, unaffected
    }

    /** One device's supplies: its connected power ports and the chain's PDU behind each. */
    public record Supply(Port powerPort, Port outlet, Asset pdu, @Nullable PowerNode pduNode) {
    }

    /** {@code batteryMinutes}: how long the UPS holding an {@code on_battery} device reports it can (null: no reading says). */
    public record DeviceOutcome(Asset device, Outcome outcome, @Nullable Double batteryMinutes, List<String> lostSupplies,
                                List<String> batterySupplies, List<String> keptSupplies) {
    }

    /** One element upstream of a device's supplies and what its failure alone does to the device. */
    public record PathRisk(PowerNode node, Outcome outcome, @Nullable Double batteryMinutes, List<String> lostSupplies,
                           List<String> batterySupplies) {
    }

    /** A device whose every supply runs through {@code singlePoints} (most downstream first). */
    public record SingleFeed(Asset device, int supplies, List<String> pdus, List<PowerNode> singlePoints) {
    }

    /**
     * {@code measuredW}: the sum of the draws of the {@code measuredOutlets} of the {@code connectedOutlets}
     * whose PDU reports their power or their current (null when none does); {@code estimatedOutlets} of
     * them report only their current, their draw estimated as current x voltage ({@link OutletDraw}),
     * {@code nominalVoltageOutlets} of those at the nominal voltage for want of a voltage reading;
     * {@code measuredAt}: the oldest of the readings summed.
     */
    public record RackBudget(Rack rack, int allocatedW, int devices, int unconnectedPowerPorts,
                             @Nullable BigDecimal budgetKw, int connectedOutlets, int measuredOutlets,
                             @Nullable Integer measuredW, @Nullable Instant measuredAt, int estimatedOutlets,
                             int nominalVoltageOutlets) {

        /** Part of the measured sum is an estimate from outlet currents. */
        public boolean estimated() {
            return estimatedOutlets > 0;
        }
    }

    /** The metric of a PDU outlet's active power (docs/metrics.md). */
    public static final String OUTLET_POWER = OutletDraw.POWER;

    private final PortRepository ports;
    private final AssetIds assetIds;
    private final Cabling cabling;
    private final AssetRepository assets;
    private final MonitoredDeviceRepository devices;
    private final PowerChains chains;
    private final PowerReadings readings;
    private final RackRepository racks;
    private final LatestReadings latest;
    private final OutletPowerSettings settings;

    /** Every device of the site with at least one power port plugged into an outlet, with its supplies. */
    public Map<Asset, List<Supply>> supplies(String siteId, PowerChain chain) {
        List<Long> equipment = assetIds.atSites(List.of(siteId));
        List<Port> powerPorts = equipment.isEmpty() ? List.of() : ports.findPowerPortsOfByAsset(equipment);
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
        List<PowerImpact> impacts = new OutageSimulation(chain, new LivePowerFacts(chain, readings)).ifFails(nodeId);
        Long failedAsset = failedAsset(failed);
        List<DeviceOutcome> out = new ArrayList<>();
        supplies(failed.siteId(), chain).forEach((device, supplies) -> {
            SupplyVerdict v = SupplyVerdict.of(nodesOf(supplies, failed, failedAsset), impacts);
            out.add(new DeviceOutcome(device, v.outcome(), v.batteryMinutes(), named(supplies, v.lost()),
                    named(supplies, v.battery()), named(supplies, v.kept())));
        });
        out.sort(Comparator.comparing((DeviceOutcome d) -> d.outcome()).thenComparing(d -> d.device().name()));
        return out;
    }

    /**
     * A server's own what-if: every element upstream of its supplies (its PDUs, their UPSs, ATSs,
     * generators and grid feeds) with what that element's failure alone does to it, the ones that
     * darken it first, then nearest first. Empty when none of its power ports is plugged into an outlet.
     */
    public List<PathRisk> whatIf(long assetId) {
        Asset device = asset(assetId);
        PowerChain chain = chains.of(device.siteId());
        List<Supply> supplies = supplies(device.siteId(), chain).entrySet().stream()
                .filter(e -> e.getKey().id().equals(assetId)).map(Map.Entry::getValue).findFirst().orElse(List.of());
        OutageSimulation simulation = new OutageSimulation(chain, new LivePowerFacts(chain, readings));
        List<PathRisk> out = new ArrayList<>();
        for (PowerNode n : upstream(chain, supplies)) {
            SupplyVerdict v = SupplyVerdict.of(nodesOf(supplies, n, failedAsset(n)), simulation.ifFails(n.id()));
            out.add(new PathRisk(n, v.outcome(), v.batteryMinutes(), named(supplies, v.lost()), named(supplies, v.battery())));
        }
        out.sort(Comparator.comparing(PathRisk::outcome).thenComparing(r -> -r.node().kind().ordinal())
                .thenComparing(r -> r.node().name()));
        return out;
    }

    /** The PDUs of the supplies and every element that feeds them, racks aside. */
    private static List<PowerNode> upstream(PowerChain chain, List<Supply> supplies) {
        Set<Long> seen = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        supplies.stream().filter(s -> s.pduNode() != null).forEach(s -> todo.add(s.pduNode().id()));
        while (!todo.isEmpty()) {
            long at = todo.pop();
            if (seen.add(at)) {
                chain.inputs(at).forEach(l -> todo.add(l.upstreamId()));
            }
        }
        return seen.stream().map(id -> chain.node(id).orElse(null))
                .filter(n -> n != null && n.kind() != PowerNodeKind.rack).toList();
    }

    /** Per supply the chain element its PDU is; a PDU found only by its asset is the failed element when that asset failed. */
    private static List<Long> nodesOf(List<Supply> supplies, PowerNode failed, @Nullable Long failedAsset) {
        List<Long> out = new ArrayList<>();
        for (Supply s : supplies) {
            out.add(s.pdu().id().equals(failedAsset) ? failed.id() : s.pduNode() == null ? null : s.pduNode().id());
        }
        return out;
    }

    private static List<String> named(List<Supply> supplies, List<Integer> which) {
        return which.stream().map(supplies::get)
                .map(s -> s.powerPort().name() + " → " + s.pdu().name() + " " + s.outlet().name()).toList();
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

    /** Per rack of a room: the sum of the allocated draws of the power ports plugged into outlets, and what their outlets measure. */
    public List<RackBudget> budgets(long roomId) {
        Map<Long, List<LatestReading>> outletReadings = new HashMap<>();
        return racks.findByRoomIdOrderByName(roomId).stream().map(rack -> budget(rack, outletReadings)).toList();
    }

    /** One rack's budget of connected draws, allocated and measured. */
    public RackBudget budgetOf(long rackId) {
        Rack rack = racks.findById(rackId).orElseThrow(() -> new NotFoundException("rack", rackId));
        return budget(rack, new HashMap<>());
    }

    /**
     * The allocated draws of the rack's connected power ports, and beside them what the PDUs measure on
     * those outlets (instance = the outlet's name, as the outlet tables of PDU profiles index them): their
     * power, else their current times a voltage ({@link OutletDraw}), summed over the outlets that report,
     * so a partial sum says how many did and an estimated one how many were estimated.
     */
    private RackBudget budget(Rack rack, Map<Long, List<LatestReading>> outletReadings) {
        int watts = 0;
        int unconnected = 0;
        int outlets = 0;
        int measuredOutlets = 0;
        int estimated = 0;
        int nominal = 0;
        double measured = 0;
        Instant oldest = null;
        Set<Long> connected = new LinkedHashSet<>();
        for (Port p : powerPortsInRack(rack.id())) {
            Optional<Port> peer = cabling.peer(p);
            if (peer.isPresent() && peer.get().kind() == PortKind.power_outlet) {
                watts += p.budgetW();
                connected.add(p.assetId());
                outlets++;
                Optional<OutletDraw> d = OutletDraw.of(peer.get().name(), pduReadings(peer.get().assetId(), outletReadings),
                        settings.getNominalVoltage());
                if (d.isPresent()) {
                    measuredOutlets++;
                    measured += d.get().watts();
                    estimated += d.get().estimated() ? 1 : 0;
                    nominal += d.get().basis() == OutletDraw.Basis.nominal_voltage ? 1 : 0;
                    oldest = oldest == null || d.get().time().isBefore(oldest) ? d.get().time() : oldest;
                }
            } else if (!isPduInput(p)) {
                unconnected++;
            }
        }
        return new RackBudget(rack, watts, connected.size(), unconnected, rack.powerBudgetKw(), outlets,
                measuredOutlets, measuredOutlets == 0 ? null : (int) Math.round(measured), oldest, estimated, nominal);
    }

    /**
     * What is allocated in a rack, in watts: its connected power ports' draws ({@link Port#budgetW()}) in all,
     * and by grid feed of the site's chain, each port counted on every feed that reaches its outlet's PDU. A
     * dual-corded server's two ports land one on each side; a port whose PDU is in no chain counts in the
     * total only.
     */
    public record Allocation(int allocatedW, Map<Long, Integer> byFeedW) {
    }

    /** The rack's {@link Allocation} against the chain of its site. */
    public Allocation allocationOf(Rack rack, PowerChain chain) {
        int total = 0;
        Map<Long, Integer> byFeed = new LinkedHashMap<>();
        List<PowerNode> feeds = chain.nodes().stream().filter(n -> n.kind() == PowerNodeKind.feed).toList();
        Map<Long, Optional<PowerNode>> nodeOfPdu = new HashMap<>();
        for (Port p : powerPortsInRack(rack.id())) {
            Optional<Port> peer = cabling.peer(p);
            if (peer.isEmpty() || peer.get().kind() != PortKind.power_outlet) {
                continue;
            }
            int w = p.budgetW();
            total += w;
            Optional<PowerNode> pdu = nodeOfPdu.computeIfAbsent(peer.get().assetId(), id -> nodeOf(cabling.asset(id), chain));
            if (pdu.isPresent()) {
                for (PowerNode feed : feeds) {
                    if (chain.feeds(feed.id(), pdu.get().id())) {
                        byFeed.merge(feed.id(), w, Integer::sum);
                    }
                }
            }
        }
        return new Allocation(total, byFeed);
    }

    /** The chain element a PDU asset is ({@link #supplies}' rule), if the chain has it. */
    public Optional<PowerNode> pduNode(long pduAssetId, PowerChain chain) {
        return assets.findById(pduAssetId).flatMap(pdu -> nodeOf(pdu, chain));
    }

    /** The grid feeds of the chain that reach a PDU asset: where a port plugged into it counts (none: in no chain). */
    public List<Long> feedsOf(long pduAssetId, PowerChain chain) {
        Optional<PowerNode> pdu = pduNode(pduAssetId, chain);
        if (pdu.isEmpty()) {
            return List.of();
        }
        return chain.nodes().stream().filter(n -> n.kind() == PowerNodeKind.feed && chain.feeds(n.id(), pdu.get().id()))
                .map(PowerNode::id).toList();
    }

    /** The latest readings of a PDU asset's monitored devices that an outlet's draw is read from. */
    private List<LatestReading> pduReadings(long pduAsset, Map<Long, List<LatestReading>> cache) {
        return cache.computeIfAbsent(pduAsset, pdu -> devices.findByAssetId(pdu).stream()
                .flatMap(d -> latest.ofDevice(d.id()).stream())
                .filter(r -> r.value() != null && (r.metric().startsWith("pdu.outlet.") || OutletDraw.PDU_VOLTAGES.contains(r.metric())))
                .toList());
    }

    /** A PDU's own input is fed from the chain, not from an outlet. */
    private boolean isPduInput(Port p) {
        return ports.findByAssetIdOrderById(p.assetId()).stream().anyMatch(o -> o.kind() == PortKind.power_outlet);
    }

    public Asset asset(long id) {
        return assets.findById(id).orElseThrow(() -> new NotFoundException("asset", id));
    }

    /**
     * One power supply of a piece of equipment: the outlet and PDU it is plugged into (null: not plugged into an
     * outlet), the draw allocated to it and what its outlet measures (null: the PDU reports nothing for the outlet).
     */
    public record SupplyDraw(Port powerPort, @Nullable Port outlet, @Nullable Asset pdu, int allocatedW,
                             @Nullable OutletDraw measured) {
    }

    /**
     * The power supplies of these pieces of equipment and what each draws, read where the centre reads it (the PDU
     * outlet): how an agency sees the power of its own equipment without seeing the chain that feeds the site.
     * By asset id, in port order; a piece without a power port is absent.
     */
    public Map<Long, List<SupplyDraw>> drawOf(java.util.Collection<Asset> equipment) {
        Map<Long, List<SupplyDraw>> out = new LinkedHashMap<>();
        if (equipment.isEmpty()) {
            return out;
        }
        Map<Long, List<LatestReading>> outletReadings = new HashMap<>();
        Map<Long, Asset> pdus = new HashMap<>();
        List<Port> all = ports.findByAssetIdIn(equipment.stream().map(Asset::id).toList());
        all.sort(Comparator.comparing(Port::id));
        for (Port p : all) {
            if (p.kind() != PortKind.power_port) {
                continue;
            }
            Port outlet = cabling.peer(p).filter(o -> o.kind() == PortKind.power_outlet).orElse(null);
            Asset pdu = outlet == null ? null : pdus.computeIfAbsent(outlet.assetId(), cabling::asset);
            OutletDraw measured = outlet == null ? null : OutletDraw.of(outlet.name(),
                    pduReadings(outlet.assetId(), outletReadings), settings.getNominalVoltage()).orElse(null);
            out.computeIfAbsent(p.assetId(), a -> new ArrayList<>())
                    .add(new SupplyDraw(p, outlet, pdu, outlet == null ? 0 : p.budgetW(), measured));
        }
        return out;
    }

    // the rack's equipment from the registry, then their power ports
    private List<Port> powerPortsInRack(long rackId) {
        List<Long> equipment = assetIds.inRack(rackId);
        return equipment.isEmpty() ? List.of() : ports.findPowerPortsOf(equipment);
    }
}
