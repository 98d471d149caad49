package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.Rollups;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;
import vn.dcim.core.capacity.ThermalPicture.Cell;
import vn.dcim.core.capacity.ThermalPicture.InletState;
import vn.dcim.core.capacity.ThermalPicture.RackInlet;
import vn.dcim.core.capacity.ThermalPicture.WhatIf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A room's thermal picture: each rack's hottest inlet (live as {@link Capacities} reads it, or the
 * hourly average of the hour holding a past time, the hour before when that one is empty), and
 * between the racks a field interpolated by inverse-distance weighting (Shepard's method, weight
 * 1/d² with d the distance in grid cells): a cell is the weighted mean of every reporting rack, its
 * own rack's value where it has one, so the field passes through what was measured and never goes
 * beyond the hottest or coldest sensor. Cells above the recommended range are hot spots; racks
 * outside it (above: too hot, below: over-cooled) are listed. "+N kW in rack X" adds the N kW to the
 * rack's power and to the room's heat load (all drawn power ends as heat) against the cooling.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoomThermals {
    /** The farthest back a past picture may be asked for: hourly roll-ups are kept for about that long. */
    static final Duration FARTHEST_BACK = Duration.ofDays(3660);

    private final Capacities capacities;
    private final RoomRepository rooms;
    private final AssetRepository assets;
    private final MonitoredDeviceRepository devices;
    private final SeriesCatalog catalog;
    private final ReadingHistory history;
    private final CapacitySettings settings;
    private final Clock clock;

    /**
     * The picture of a room, live when {@code at} is null; with {@code addKw} and {@code rackId}, the
     * effect of that much more power in that rack.
     */
    public ThermalPicture of(long roomId, @Nullable Instant at, @Nullable Long rackId, @Nullable Double addKw) {
        Room room = rooms.findById(roomId).orElseThrow(() -> new NotFoundException("room", roomId));
        if (at != null && (at.isAfter(clock.instant()) || at.isBefore(clock.instant().minus(FARTHEST_BACK)))) {
            throw new InvalidInputException("at", "a past time within ten years, not " + at).explained("error.capacity.at-past");
        }
        if ((rackId == null) != (addKw == null)) {
            throw new InvalidInputException(rackId == null ? "rackId" : "addKw", "name both the rack and the kW to add")
                    .explained("error.capacity.what-if-pair");
        }
        if (addKw != null && !(addKw > 0 && addKw <= 1000)) {
            throw new InvalidInputException("addKw", "more than 0 and at most 1000 kW, not " + addKw).explained("error.capacity.add-kw", addKw);
        }
        RoomCapacity capacity = capacities.ofRoom(roomId);
        List<RackInlet> inlets = new ArrayList<>();
        for (RackCapacity r : capacity.rackCapacities()) {
            Double c = at == null ? r.inletTemperatureC() : pastInlet(r.rackId(), at);
            inlets.add(new RackInlet(r.rackId(), r.rackName(), r.gridRow(), r.gridPosition(), c, state(c)));
        }
        List<List<Double>> field = field(capacity.rows(), capacity.positions(), inlets);
        List<Cell> hot = new ArrayList<>();
        for (int row = 0; row < field.size(); row++) {
            for (int pos = 0; pos < field.get(row).size(); pos++) {
                Double v = field.get(row).get(pos);
                if (v != null && v > settings.getInletHighC()) {
                    hot.add(new Cell(row + 1, pos + 1, v));
                }
            }
        }
        List<RackInlet> outside = inlets.stream().filter(i -> i.state() == InletState.hot || i.state() == InletState.cold).toList();
        WhatIf whatIf = rackId == null ? null : whatIf(capacity, rackId, addKw);
        return new ThermalPicture(room.id(), room.name(), at, settings.getInletLowC(), settings.getInletHighC(),
                capacity.rows(), capacity.positions(), field, inlets, hot, outside, whatIf);
    }

    InletState state(@Nullable Double c) {
        return c == null ? InletState.unknown : c > settings.getInletHighC() ? InletState.hot
                : c < settings.getInletLowC() ? InletState.cold : InletState.ok;
    }

    /** Inverse-distance weighting (p = 2) over the grid from the placed racks that report. */
    static List<List<Double>> field(int rows, int positions, List<RackInlet> inlets) {
        List<RackInlet> known = inlets.stream().filter(i -> i.inletC() != null && i.row() != null && i.position() != null).toList();
        List<List<Double>> out = new ArrayList<>();
        for (int row = 1; row <= rows; row++) {
            List<Double> line = new ArrayList<>();
            for (int pos = 1; pos <= positions; pos++) {
                line.add(known.isEmpty() ? null : idw(row, pos, known));
            }
            out.add(line);
        }
        return out;
    }

    private static double idw(int row, int pos, List<RackInlet> known) {
        double weights = 0;
        double sum = 0;
        Double own = null;
        for (RackInlet k : known) {
            double d2 = Math.pow(k.row() - row, 2) + Math.pow(k.position() - pos, 2);
            if (d2 == 0) {
                // two racks recorded on one cell: the hotter one, as the hottest inlet is the one that overheats
                own = own == null ? k.inletC() : Math.max(own, k.inletC());
                continue;
            }
            weights += 1 / d2;
            sum += k.inletC() / d2;
        }
        double v = own != null ? own : sum / weights;
        return Math.round(v * 10) / 10.0;
    }

    /** The rack's hottest sensor's hourly average in the hour holding {@code at}, else the hour before. */
    @Nullable
    Double pastInlet(long rackId, Instant at) {
        Instant hour = at.truncatedTo(ChronoUnit.HOURS);
        Double hottest = null;
        for (Instant from : List.of(hour, hour.minus(Duration.ofHours(1)))) {
            for (Asset a : assets.findByRackIdOrderByPositionU(rackId)) {
                for (MonitoredDevice d : devices.findByAssetId(a.id())) {
                    for (String metric : Capacities.INLET_TEMPERATURES) {
                        for (Series s : catalog.list(d.id(), metric)) {
                            for (ReadingHistory.Point p : history.points(s, Rollups.Resolution.H1, from, from.plus(Duration.ofHours(1)))) {
                                if (p.value() != null) {
                                    hottest = hottest == null ? p.value() : Math.max(hottest, p.value());
                                }
                            }
                        }
                    }
                }
            }
            if (hottest != null) {
                return Math.round(hottest * 10) / 10.0;
            }
        }
        return null;
    }

    private WhatIf whatIf(RoomCapacity room, long rackId, double addKw) {
        RackCapacity rack = room.rackCapacities().stream().filter(r -> r.rackId() == rackId).findFirst()
                .orElseThrow(() -> new InvalidInputException("rackId", "rack " + rackId + " is not in room " + room.roomName())
                        .explained("error.capacity.rack-other-room", rackId, room.roomName()));
        Double newRack = round((rack.powerKw() == null ? 0 : rack.powerKw()) + addKw);
        Double budget = rack.powerBudgetKw() == null ? null : rack.powerBudgetKw().doubleValue();
        double load = room.coolingLoadKw() == null ? 0 : room.coolingLoadKw();
        double newLoad = round(load + addKw);
        Double cooling = room.coolingCapacityKw() == null || room.coolingCapacityKw().signum() <= 0 ? null : room.coolingCapacityKw().doubleValue();
        return new WhatIf(rack.rackId(), rack.rackName(), addKw, rack.powerKw(), newRack, budget,
                budget == null || budget <= 0 ? null : round(100 * newRack / budget),
                room.coolingLoadKw(), newLoad, cooling, cooling == null ? null : round(cooling - newLoad),
                cooling == null ? null : round(100 * newLoad / cooling));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
