package vn.dcim.core.change;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.PortKind;
import vn.dcim.core.capacity.Capacities;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.power.PowerChain;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerLink;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.Room;
import vn.dcim.core.text.Phrase;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where equipment can go, ranked with the reasons a reviewer can defend: racks with enough contiguous U, power headroom
 * against the rack's budget (allocated draws of what is plugged in, and what the PDUs measure), an A and a B feed (two
 * PDUs with a free outlet, behind two different UPSs where the power chain says so), the room's cooling headroom and
 * free network ports. Everything is read in a handful of queries for the whole centre, not per rack.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Placement {
    private final LocationRegistry locations;
    private final AssetRegistry registry;
    private final Cabling cabling;
    private final Capacities capacities;
    private final PowerChains chains;

    public List<PlacementOption> propose(PlacementNeed need, int limit) {
        if (need.heightU() < 1 || need.heightU() > 60) {
            throw new InvalidInputException("heightU", "1-60 U").explained("error.change.height");
        }
        Map<Long, Room> rooms = new HashMap<>();
        locations.rooms().forEach(r -> rooms.put(r.id(), r));
        List<Rack> every = locations.racks();
        Map<Long, Rack> racksAll = new HashMap<>();
        every.forEach(r -> racksAll.put(r.id(), r));
        List<Rack> racks = every.stream().filter(r -> {
            Room room = rooms.get(r.roomId());
            return room != null && (need.roomId() == null || need.roomId().equals(room.id()))
                    && (need.siteId() == null || need.siteId().equals(room.siteId()));
        }).toList();
        Map<Long, List<AssetRegistry.Racked>> inRack = new HashMap<>();
        registry.racked().forEach(a -> inRack.computeIfAbsent(a.rackId(), k -> new ArrayList<>()).add(a));
        Map<Long, List<Cabling.PortTally>> talliesOf = new HashMap<>();
        cabling.tallies().forEach(t -> talliesOf.computeIfAbsent(t.assetId(), k -> new ArrayList<>()).add(t));
        Map<Long, Double> pduKw = capacities.pduKwByAsset();
        Map<Long, Double> roomKw = new HashMap<>();
        inRack.forEach((rackId, held) -> held.forEach(a -> {
            Double kw = pduKw.get(a.assetId());
            Rack r = racksAll.get(rackId);
            if (kw != null && r != null) {
                roomKw.merge(r.roomId(), kw, Double::sum);
            }
        }));
        Map<String, PowerChain> chainOf = new HashMap<>();
        List<PlacementOption> out = new ArrayList<>();
        for (Rack rack : racks) {
            Room room = rooms.get(rack.roomId());
            List<AssetRegistry.Racked> held = inRack.getOrDefault(rack.id(), List.of());
            int low = lowestFit(rack, held, need.heightU());
            if (low < 0) {
                continue;
            }
            List<Phrase> why = new ArrayList<>();
            int score = 100;
            int freeU = freeU(rack, held);
            why.add(Phrase.of("change.place.u", "U {0}–{1} free ({2} U free in the rack)", low, low + need.heightU() - 1, freeU));
            int allocated = 0;
            int pdusWithOutlet = 0;
            int freeNetwork = 0;
            boolean portsKnown = false;
            Double kw = null;
            for (AssetRegistry.Racked a : held) {
                List<Cabling.PortTally> own = talliesOf.getOrDefault(a.assetId(), List.of());
                portsKnown |= !own.isEmpty();
                boolean pdu = own.stream().anyMatch(t -> t.kind() == PortKind.power_outlet);
                if (own.stream().anyMatch(t -> t.kind() == PortKind.power_outlet && t.free() > 0)) {
                    pdusWithOutlet++;
                }
                for (Cabling.PortTally t : own) {
                    if (!pdu && t.kind() == PortKind.power_port) {
                        allocated += t.cabledDrawW();
                    }
                    if (t.kind() == PortKind.front || t.kind() == PortKind.interface_ && a.kind() == AssetKind.network_switch) {
                        freeNetwork += t.free();
                    }
                }
                Double measuredKw = pduKw.get(a.assetId());
                if (measuredKw != null) {
                    kw = (kw == null ? 0 : kw) + measuredKw;
                }
            }
            int after = allocated + need.watts();
            BigDecimal budget = rack.powerBudgetKw();
            if (budget != null) {
                int budgetW = budget.movePointRight(3).intValue();
                if (after > budgetW) {
                    continue;
                }
                why.add(Phrase.of("change.place.power", "{0} W of {1} W allocated after it ({2} W left)", after, budgetW, budgetW - after));
                score -= (int) Math.round(20.0 * after / Math.max(1, budgetW));
            } else {
                why.add(Phrase.of("change.place.power-unknown", "the rack has no power budget: {0} W allocated after it", after));
                score -= 15;
            }
            if (kw != null && budget != null && kw * 1000 + need.watts() > budget.doubleValue() * 1000) {
                why.add(Phrase.of("change.place.measured-over", "the PDUs measure {0} kW now: with it the rack draws over its budget", kw));
                score -= 30;
            }
            int ups = upsBehind(rack, room.siteId(), chainOf);
            if (need.feeds() >= 2) {
                if (pdusWithOutlet >= 2 && ups >= 2) {
                    why.add(Phrase.of("change.place.ab", "A and B feeds: {0} PDUs with a free outlet behind {1} UPSs", pdusWithOutlet, ups));
                } else if (pdusWithOutlet >= 2) {
                    why.add(Phrase.of("change.place.ab-pdu", "{0} PDUs with a free outlet; the power chain does not show two UPSs behind them", pdusWithOutlet));
                    score -= 10;
                } else {
                    why.add(Phrase.of("change.place.single", "only {0} PDU with a free outlet: no A and B feed", pdusWithOutlet));
                    score -= 35;
                }
            } else if (pdusWithOutlet == 0) {
                why.add(Phrase.of("change.place.no-outlet", "no PDU with a free outlet"));
                score -= 50;
            }
            Double loadAfter = null;
            if (room.coolingCapacityKw() != null) {
                double load = roomKw.getOrDefault(room.id(), 0.0) + need.watts() / 1000.0;
                loadAfter = Math.round(load * 1000) / 1000.0;
                double left = room.coolingCapacityKw().doubleValue() - load;
                if (left < 0) {
                    why.add(Phrase.of("change.place.cooling-over", "room {0} cooling: {1} kW of {2} kW with it, over capacity",
                            room.name(), loadAfter, room.coolingCapacityKw()));
                    score -= 40;
                } else {
                    why.add(Phrase.of("change.place.cooling", "room {0} cooling: {1} kW of {2} kW with it", room.name(), loadAfter,
                            room.coolingCapacityKw()));
                }
            } else {
                why.add(Phrase.of("change.place.cooling-unknown", "room {0} has no cooling capacity recorded", room.name()));
                score -= 5;
            }
            Integer freePorts = portsKnown ? freeNetwork : null;
            if (need.networkPorts() != null && need.networkPorts() > 0 && portsKnown) {
                if (freeNetwork >= need.networkPorts()) {
                    why.add(Phrase.of("change.place.network", "{0} free network ports in the rack", freeNetwork));
                } else {
                    why.add(Phrase.of("change.place.network-short", "{0} free network ports in the rack, {1} needed", freeNetwork,
                            need.networkPorts()));
                    score -= 20;
                }
            }
            if (need.weightKg() != null) {
                why.add(Phrase.of("change.place.weight", "{0} kg: racks record no load limit, check the floor and rails", need.weightKg()));
            }
            out.add(new PlacementOption(rack.id(), rack.name(), room.id(), room.name(), Math.max(0, score), low,
                    low + need.heightU() - 1, freeU, freeU - need.heightU(), allocated, after, budget, kw, pdusWithOutlet, ups,
                    freePorts, loadAfter, room.coolingCapacityKw(), why));
        }
        out.sort(Comparator.comparingInt(PlacementOption::score).reversed().thenComparingInt(PlacementOption::freeUAfter)
                .thenComparing(PlacementOption::rackName));
        return List.copyOf(out.subList(0, Math.min(out.size(), Math.max(1, Math.min(limit, 1000)))));
    }

    /** The lowest U where {@code height} U in a row are free on both faces (a U holds one device whichever face). */
    static int lowestFit(Rack rack, List<AssetRegistry.Racked> held, int height) {
        BitSet taken = taken(rack, held);
        int run = 0;
        for (int u = 1; u <= rack.heightU(); u++) {
            run = taken.get(u) ? 0 : run + 1;
            if (run == height) {
                return u - height + 1;
            }
        }
        return -1;
    }

    private static int freeU(Rack rack, List<AssetRegistry.Racked> held) {
        return rack.heightU() - taken(rack, held).cardinality();
    }

    private static BitSet taken(Rack rack, List<AssetRegistry.Racked> held) {
        BitSet taken = new BitSet(rack.heightU() + 2);
        for (AssetRegistry.Racked a : held) {
            if (a.positionU() >= 1) {
                taken.set(a.positionU(), Math.min(a.positionU() + Math.max(1, a.heightU()) - 1, rack.heightU()) + 1);
            }
        }
        return taken;
    }

    /** How many different UPSs feed the rack's nodes in the site's power chain (0 when the chain does not show the rack). */
    private int upsBehind(Rack rack, String siteId, Map<String, PowerChain> chainOf) {
        PowerChain chain = chainOf.computeIfAbsent(siteId, chains::of);
        Set<Long> ups = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        chain.nodes().stream().filter(n -> Objects.equals(n.rackId(), rack.id())).forEach(n -> todo.push(n.id()));
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            long at = todo.pop();
            if (!seen.add(at)) {
                continue;
            }
            PowerNode node = chain.node(at).orElse(null);
            if (node != null && node.kind() == PowerNodeKind.ups) {
                ups.add(at);
                continue;
            }
            for (PowerLink in : chain.inputs(at)) {
                todo.push(in.upstreamId());
            }
        }
        return ups.size();
    }
}
