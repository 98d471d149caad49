package vn.dcim.core.capacity;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rack and room capacity from the registry (what is where) and the latest readings (what it draws
 * and how warm it is). Power is a PDU's total active power ({@code pdu.power}, the rPDU/ePDU profiles'
 * name), or the sum of its phases when it reports only those; inlet temperature is the hottest
 * temperature any sensor in the rack reads, as the hottest inlet is the one that overheats.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Capacities {
    static final String PDU_POWER = "pdu.power";
    static final String PDU_PHASE_POWER = "pdu.phase.power";
    static final Set<String> INLET_TEMPERATURES = Set.of("env.temperature", "cooling.rack_inlet.temperature");
    private static final List<String> METRICS = List.of(PDU_POWER, PDU_PHASE_POWER, "env.temperature", "cooling.rack_inlet.temperature");

    private final RoomRepository rooms;
    private final RackRepository racks;
    private final AssetRepository assets;
    private final MonitoredDeviceRepository devices;
    private final LatestReadings latest;

    public RackCapacity ofRack(long rackId) {
        return of(racks.findById(rackId).orElseThrow(() -> new NotFoundException("rack", rackId)), new Measured());
    }

    public RoomCapacity ofRoom(long roomId) {
        return of(rooms.findById(roomId).orElseThrow(() -> new NotFoundException("room", roomId)), new Measured());
    }

    /** What each PDU measures now, in kW, by its asset: the whole centre's in a handful of queries (placement reads it). */
    public Map<Long, Double> pduKwByAsset() {
        Measured measured = new Measured();
        Map<Long, Double> out = new HashMap<>();
        measured.devicesOfAsset.forEach((asset, devices) -> {
            List<Double> each = new ArrayList<>();
            for (String device : devices) {
                each.add(pduKw(measured.byDevice.getOrDefault(device, List.of())));
            }
            Double kw = sum(each);
            if (kw != null) {
                out.put(asset, kw);
            }
        });
        return out;
    }

    /** Every room that has racks, by site and name. */
    public List<RoomCapacity> ofAllRooms() {
        Measured measured = new Measured();
        List<RoomCapacity> all = new ArrayList<>();
        for (Room room : rooms.findAll()) {
            if (!racks.findByRoomIdOrderByName(room.id()).isEmpty()) {
                all.add(of(room, measured));
            }
        }
        all.sort((a, b) -> a.siteId().equals(b.siteId()) ? a.roomName().compareTo(b.roomName()) : a.siteId().compareTo(b.siteId()));
        return all;
    }

    /**
     * The readings capacity needs, read once per answer by metric (four queries), not per device: a
     * room of fifty racks would otherwise read the latest values of every device in it one by one.
     */
    private final class Measured {
        final Map<Long, List<String>> devicesOfAsset = new HashMap<>();
        final Map<String, List<LatestReading>> byDevice = new HashMap<>();

        Measured() {
            for (MonitoredDevice d : devices.findAll()) {
                if (d.assetId() != null) {
                    devicesOfAsset.computeIfAbsent(d.assetId(), k -> new ArrayList<>()).add(d.id());
                }
            }
            for (String metric : METRICS) {
                for (LatestReading r : latest.ofMetric(metric)) {
                    byDevice.computeIfAbsent(r.deviceId(), k -> new ArrayList<>()).add(r);
                }
            }
        }

        List<LatestReading> of(Asset asset) {
            return devicesOfAsset.getOrDefault(asset.id(), List.of()).stream()
                    .flatMap(d -> byDevice.getOrDefault(d, List.of()).stream()).toList();
        }
    }

    RoomCapacity of(Room room, Measured measured) {
        List<RackCapacity> inRoom = racks.findByRoomIdOrderByName(room.id()).stream().map(r -> of(r, measured)).toList();
        int total = inRoom.stream().mapToInt(RackCapacity::heightU).sum();
        int used = inRoom.stream().mapToInt(RackCapacity::usedU).sum();
        Double power = sum(inRoom.stream().map(RackCapacity::powerKw).toList());
        BigDecimal budget = inRoom.stream().map(RackCapacity::powerBudgetKw).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        int rows = inRoom.stream().map(RackCapacity::gridRow).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        int positions = inRoom.stream().map(RackCapacity::gridPosition).filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        return new RoomCapacity(room.id(), room.name(), room.siteId(), inRoom.size(), rows, positions, total, used, total - used,
                power, budget, percent(power, budget), room.coolingCapacityKw(), power,
                percent(power, room.coolingCapacityKw()), inRoom);
    }

    RackCapacity of(Rack rack, Measured measured) {
        List<Asset> inRack = assets.findByRackIdOrderByPositionU(rack.id());
        int used = usedU(rack, inRack);
        List<Double> pduPower = new ArrayList<>();
        Double inlet = null;
        Instant at = null;
        for (Asset asset : inRack) {
            List<LatestReading> values = measured.of(asset);
            if (asset.kind() == AssetKind.pdu) {
                // each PDU on its own: one reporting its total, another only its phases
                for (String device : measured.devicesOfAsset.getOrDefault(asset.id(), List.of())) {
                    Double kw = pduKw(values.stream().filter(r -> r.deviceId().equals(device)).toList());
                    if (kw != null) {
                        pduPower.add(kw);
                    }
                }
            }
            for (LatestReading r : values) {
                if (INLET_TEMPERATURES.contains(r.metric()) && r.value() != null) {
                    inlet = inlet == null ? r.value() : Math.max(inlet, r.value());
                }
                if (at == null || r.time().isAfter(at)) {
                    at = r.time();
                }
            }
        }
        Double power = sum(pduPower);
        return new RackCapacity(rack.id(), rack.name(), rack.roomId(), rack.gridRow(), rack.gridPosition(), rack.heightU(),
                used, rack.heightU() - used, power, rack.powerBudgetKw(), percent(power, rack.powerBudgetKw()), inlet, at);
    }

    /** A U counts once however many faces hold something in it. */
    static int usedU(Rack rack, List<Asset> inRack) {
        BitSet taken = new BitSet(rack.heightU() + 1);
        for (Asset a : inRack) {
            if (a.positionU() != null && a.positionU() >= 1) {
                taken.set(a.positionU(), Math.min(a.topU(), rack.heightU()) + 1);
            }
        }
        return taken.cardinality();
    }

    /** A PDU's total power in kW: its own total, else the sum of its phases. */
    static Double pduKw(List<LatestReading> values) {
        Double total = sum(values.stream().filter(r -> PDU_POWER.equals(r.metric())).map(Capacities::kw).toList());
        return total != null ? total
                : sum(values.stream().filter(r -> PDU_PHASE_POWER.equals(r.metric())).map(Capacities::kw).toList());
    }

    private static Double kw(LatestReading r) {
        if (r.value() == null) {
            return null;
        }
        return "kW".equalsIgnoreCase(r.unit()) ? r.value() : r.value() / 1000.0;
    }

    private static Double sum(List<Double> values) {
        List<Double> known = values.stream().filter(Objects::nonNull).toList();
        // to the watt: 3.15 kW, not the 3.1500000000000004 a sum of doubles gives
        return known.isEmpty() ? null : Math.round(known.stream().mapToDouble(Double::doubleValue).sum() * 1000) / 1000.0;
    }

    private static Double percent(Double measured, BigDecimal budget) {
        if (measured == null || budget == null || budget.signum() <= 0) {
            return null;
        }
        return Math.round(measured / budget.doubleValue() * 1000.0) / 10.0;
    }
}
