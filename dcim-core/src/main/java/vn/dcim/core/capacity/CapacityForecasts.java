package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.capacity.CapacityForecast.Quantity;
import vn.dcim.core.capacity.CapacityForecast.Status;
import vn.dcim.core.capacity.CapacityForecast.Subject;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.power.PowerChain;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.power.PowerNodeKind;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.site.Site;
import vn.dcim.core.site.SiteRepository;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.Rollups;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Forecasts of every site, power feed, UPS, room, rack and PDU ({@link TrendForecast}'s method) from
 * the daily roll-ups the product keeps: measured power (the PDUs' {@code pdu.power}, else the sum of
 * their phases, as {@link Capacities} reads them today) against the racks' budgets, a room's heat load
 * against its cooling, a UPS's output load against 100 %, and per feed the load that must fit on it
 * alone when the other side fails (every feed's PDUs together). A day of a sum is the sum of the parts
 * that reported that day: a PDU that appears half-way is growth, as it is in the room.
 * <p>
 * Space (U) and allocated power come from the daily capacity snapshots ({@link CapacitySnapshots}): per
 * rack, room and site against the racks' height and power budgets, per feed (its own racks' allocation,
 * and alone: every side's) against the feed's rated capacity ({@link PowerRatings}), which also bounds the
 * measured power of feeds and PDUs. Their days are the centre's days the snapshots were taken on. A PDU's and a
 * UPS's allocated power (the PDUs under it) come from the power connections' history ({@link PduAllocationDays}),
 * against their ratings, alone as well where equipment on them has a supply on another side.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CapacityForecasts {
    static final String UPS_LOAD = "ups.output.load";
    static final String UPS_POWER = "ups.output.power";

    private final SiteRepository sites;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final AssetRepository assets;
    private final MonitoredDeviceRepository devices;
    private final PowerChains chains;
    private final SeriesCatalog catalog;
    private final ReadingHistory history;
    private final CapacitySettings settings;
    private final CapacitySnapshots snapshots;
    private final PowerRatings ratings;
    private final PduAllocationDays pduAllocation;
    private final PowerConnections connections;
    private final Clock clock;

    /**
     * Every site's forecasts, site by site. Kept for {@link #KEPT}: the dashboard of every planner and the
     * report ask for all of them, a centre of 200 racks has some 800 forecasts (10 ms each, bench/capacity)
     * and the daily roll-ups they fit change once a day.
     */
    public List<CapacityForecast> all() {
        Kept kept = this.kept;
        Instant now = clock.instant();
        if (kept != null && now.isBefore(kept.at().plus(KEPT)) && !now.isBefore(kept.at())) {
            return kept.forecasts();
        }
        Days days = new Days();
        List<CapacityForecast> out = new ArrayList<>();
        for (Site s : sites.findAll()) {
            out.addAll(ofSite(s, days));
        }
        List<CapacityForecast> answer = List.copyOf(out);
        this.kept = new Kept(now, answer);
        return answer;
    }

    /** How long {@link #all()} keeps its answer. */
    static final Duration KEPT = Duration.ofMinutes(10);

    private record Kept(Instant at, List<CapacityForecast> forecasts) {
    }

    private volatile Kept kept;

    /** A site's forecasts: the site, its feeds, UPSs, rooms, racks and PDUs. */
    public List<CapacityForecast> ofSite(String siteId) {
        Site site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("site", siteId));
        return ofSite(site, new Days());
    }

    /** A room's forecasts: the room's power and cooling, its racks and their PDUs. */
    public List<CapacityForecast> ofRoom(long roomId) {
        Room room = rooms.findById(roomId).orElseThrow(() -> new NotFoundException("room", roomId));
        List<CapacityForecast> out = new ArrayList<>();
        room(room, new Days(), out, new Registered());
        return out;
    }

    private List<CapacityForecast> ofSite(Site site, Days days) {
        List<CapacityForecast> out = new ArrayList<>();
        List<Map<LocalDate, Double>> roomPower = new ArrayList<>();
        Registered siteRegistered = new Registered();
        BigDecimal budget = null;
        for (Room room : rooms.findBySiteIdOrderByName(site.id())) {
            List<CapacityForecast> ofRoom = new ArrayList<>();
            roomPower.add(room(room, days, ofRoom, siteRegistered));
            budget = add(budget, racks.findByRoomIdOrderByName(room.id()).stream().map(Rack::powerBudgetKw).filter(Objects::nonNull)
                    .reduce(BigDecimal::add).orElse(null));
            out.addAll(ofRoom);
        }
        List<CapacityForecast> head = new ArrayList<>();
        head.add(forecast(Subject.site, site.id(), site.name(), site.id(), Quantity.power, "kW", kw(budget), sum(roomPower)));
        head.addAll(siteRegistered.forecasts(Subject.site, site.id(), site.name(), site.id(), kw(budget)));
        head.addAll(chain(site, days));
        head.addAll(out);
        return head;
    }

    /** The room's power and cooling (into {@code out}, with its racks'); returns the room's daily power. */
    private Map<LocalDate, Double> room(Room room, Days days, List<CapacityForecast> out, Registered ofSite) {
        Registered ofRoom = new Registered();
        Map<String, Long> nodeOfDevice = days.nodeOfDevice(room.siteId());
        List<CapacityForecast> ofRacks = new ArrayList<>();
        List<Map<LocalDate, Double>> rackPower = new ArrayList<>();
        BigDecimal budget = null;
        for (Rack rack : racks.findByRoomIdOrderByName(room.id())) {
            List<Map<LocalDate, Double>> pduPower = new ArrayList<>();
            List<CapacityForecast> ofPdus = new ArrayList<>();
            for (Asset pdu : assets.findByRackIdOrderByPositionU(rack.id())) {
                if (pdu.kind() != AssetKind.pdu) {
                    continue;
                }
                List<String> ofPdu = devices.findByAssetId(pdu.id()).stream().map(d -> d.id()).toList();
                Map<LocalDate, Double> p = sum(ofPdu.stream().map(days::pduKw).toList());
                pduPower.add(p);
                Double rated = ofPdu.stream().map(nodeOfDevice::get).filter(Objects::nonNull).map(days.rated::get)
                        .filter(Objects::nonNull).findFirst().orElse(null);
                if (rated == null) {
                    rated = days.ratedPdu(pdu.id(), room.siteId());
                }
                String name = rack.name() + " / " + pdu.name();
                ofPdus.add(forecast(Subject.pdu, String.valueOf(pdu.id()), name, room.siteId(), Quantity.power, "kW", rated, p));
                ofPdus.addAll(allocated(Subject.pdu, String.valueOf(pdu.id()), name, room.siteId(), rated, days, List.of(pdu.id())));
            }
            Map<LocalDate, Double> power = sum(pduPower);
            rackPower.add(power);
            budget = add(budget, rack.powerBudgetKw());
            ofRacks.add(forecast(Subject.rack, String.valueOf(rack.id()), rack.name(), room.siteId(), Quantity.power, "kW",
                    kw(rack.powerBudgetKw()), power));
            Registered ofRack = new Registered();
            ofRack.add(days.rackDays(rack.id()));
            ofRoom.add(days.rackDays(rack.id()));
            ofSite.add(days.rackDays(rack.id()));
            ofRacks.addAll(ofRack.forecasts(Subject.rack, String.valueOf(rack.id()), rack.name(), room.siteId(), kw(rack.powerBudgetKw())));
            ofRacks.addAll(ofPdus);
        }
        Map<LocalDate, Double> power = sum(rackPower);
        out.add(forecast(Subject.room, String.valueOf(room.id()), room.name(), room.siteId(), Quantity.power, "kW", kw(budget), power));
        // the IT power drawn is the heat the room's cooling must remove
        out.add(forecast(Subject.room, String.valueOf(room.id()), room.name(), room.siteId(), Quantity.cooling, "kW",
                kw(room.coolingCapacityKw()), power));
        out.addAll(ofRoom.forecasts(Subject.room, String.valueOf(room.id()), room.name(), room.siteId(), kw(budget)));
        out.addAll(ofRacks);
        return power;
    }

    /**
     * What is plugged into these PDUs ({@link PduAllocationDays}) against {@code rated}, and when some of that
     * equipment has a supply elsewhere too, what they must carry alone when the other side fails.
     */
    private List<CapacityForecast> allocated(Subject subject, String id, String name, String siteId, @Nullable Double rated,
                                             Days days, Collection<Long> pdus) {
        Map<LocalDate, Double> mine = days.allocation().allocated(pdus);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<CapacityForecast> out = new ArrayList<>();
        out.add(forecast(subject, id, name, siteId, Quantity.allocated, "kW", rated, mine, snapshots.today(),
                days.allocation().fromTrail(pdus, false)));
        Map<LocalDate, Double> alone = days.allocation().alone(pdus);
        if (!alone.equals(mine)) {
            out.add(forecast(subject, id, name, siteId, Quantity.allocated_alone, "kW", rated, alone, snapshots.today(),
                    days.allocation().fromTrail(pdus, true)));
        }
        return out;
    }

    /** The UPSs and feeds of the site's power chain: a UPS's load, a feed's PDUs' power, alone and together. */
    private List<CapacityForecast> chain(Site site, Days days) {
        PowerChain chain = chains.of(site.id());
        List<CapacityForecast> out = new ArrayList<>();
        List<PowerNode> feeds = chain.nodes().stream().filter(n -> n.kind() == PowerNodeKind.feed).toList();
        List<PowerNode> pdus = chain.nodes().stream().filter(n -> n.kind() == PowerNodeKind.pdu && n.deviceId() != null).toList();
        Map<Long, Map<LocalDate, Double>> ofFeed = new HashMap<>();
        Set<String> fedPdus = new LinkedHashSet<>();
        for (PowerNode feed : feeds) {
            List<String> under = pdus.stream().filter(p -> chain.feeds(feed.id(), p.id())).map(PowerNode::deviceId).toList();
            fedPdus.addAll(under);
            ofFeed.put(feed.id(), sum(under.stream().map(days::pduKw).toList()));
        }
        // on one side alone: what every side carries now, once the other sides have failed over to it
        Map<LocalDate, Double> together = sum(fedPdus.stream().map(days::pduKw).toList());
        // the same for what is allocated: per feed its racks' ports, alone every side's, each port once
        Map<Long, Map<LocalDate, Double>> allocated = days.feedAllocation();
        Map<LocalDate, Double> allocatedTogether = days.siteAllocation(site.id());
        for (PowerNode feed : feeds) {
            Double rated = days.rated.get(feed.id());
            String id = String.valueOf(feed.id());
            out.add(forecast(Subject.feed, id, feed.name(), site.id(), Quantity.power, "kW", rated, ofFeed.get(feed.id())));
            if (feeds.size() > 1) {
                out.add(forecast(Subject.feed, id, feed.name(), site.id(), Quantity.power_alone, "kW", rated, together));
            }
            Map<LocalDate, Double> mine = scaled(allocated.getOrDefault(feed.id(), Map.of()), 0.001);
            if (!mine.isEmpty()) {
                Set<LocalDate> rebuilt = days.reconstructed(site.id());
                out.add(forecast(Subject.feed, id, feed.name(), site.id(), Quantity.allocated, "kW", rated, mine, snapshots.today(), rebuilt));
                if (feeds.size() > 1) {
                    out.add(forecast(Subject.feed, id, feed.name(), site.id(), Quantity.allocated_alone, "kW", rated, allocatedTogether,
                            snapshots.today(), rebuilt));
                }
            }
        }
        for (PowerNode ups : chain.nodes()) {
            if (ups.kind() == PowerNodeKind.ups && ups.deviceId() != null) {
                out.add(forecast(Subject.ups, String.valueOf(ups.id()), ups.name(), site.id(), Quantity.load, "%", 100.0, days.upsLoad(ups.deviceId())));
                // its output power against its rating, where both are known: a 10 kVA unit at 0.9 is 9 kW whatever its % says
                Map<LocalDate, Double> kw = days.upsKw(ups.deviceId());
                if (!kw.isEmpty() && days.rated.get(ups.id()) != null) {
                    out.add(forecast(Subject.ups, String.valueOf(ups.id()), ups.name(), site.id(), Quantity.power, "kW",
                            days.rated.get(ups.id()), kw));
                }
            }
            if (ups.kind() == PowerNodeKind.ups) {
                // what is plugged in downstream of it, PDU by PDU, against its rating (monitored or not)
                List<Long> under = days.pdusOfSite(site.id()).entrySet().stream()
                        .filter(e -> chain.feeds(ups.id(), e.getValue())).map(Map.Entry::getKey).toList();
                if (!under.isEmpty()) {
                    out.addAll(allocated(Subject.ups, String.valueOf(ups.id()), ups.name(), site.id(), days.rated.get(ups.id()), days, under));
                }
            }
        }
        return out;
    }

    CapacityForecast forecast(Subject subject, String id, String name, String siteId, Quantity quantity, String unit,
                              @Nullable Double capacity, Map<LocalDate, Double> daily) {
        return forecast(subject, id, name, siteId, quantity, unit, capacity, daily, today());
    }

    /** As of {@code today}: the UTC day for the roll-ups, the centre's day for the snapshots. */
    CapacityForecast forecast(Subject subject, String id, String name, String siteId, Quantity quantity, String unit,
                              @Nullable Double capacity, Map<LocalDate, Double> daily, LocalDate today) {
        return forecast(subject, id, name, siteId, quantity, unit, capacity, daily, today, Set.of());
    }

    /** The same, saying how many of its days are {@code reconstructed} (rebuilt from the registry's trail). */
    CapacityForecast forecast(Subject subject, String id, String name, String siteId, Quantity quantity, String unit,
                              @Nullable Double capacity, Map<LocalDate, Double> daily, LocalDate today, Set<LocalDate> reconstructed) {
        List<TrendForecast.Day> days = daily.entrySet().stream()
                .filter(e -> e.getKey().isAfter(today.minusDays(settings.getHistoryDays())) && !e.getKey().isAfter(today))
                .map(e -> new TrendForecast.Day(e.getKey(), e.getValue())).toList();
        int rebuilt = (int) days.stream().filter(d -> reconstructed.contains(d.date())).count();
        Double latest = days.isEmpty() ? null : TrendForecast.round(days.get(days.size() - 1).value(), 3);
        TrendForecast.Fit fit = TrendForecast.fit(days, today);
        if (fit == null) {
            return new CapacityForecast(subject, id, name, siteId, quantity, unit, capacity, latest, null, null, days.size(), "none",
                    Status.too_short, null, null, null, null, rebuilt);
        }
        TrendForecast.FullOn full = TrendForecast.fullOn(fit, capacity, settings.getHorizonDays());
        LocalDate from = TrendForecast.backtestFrom(days, today, settings.getBacktestMonths());
        TrendForecast.Backtest backtest = from == null ? null : TrendForecast.backtest(days, from, today);
        Status status = capacity == null ? Status.no_capacity
                : today.equals(full.central()) ? Status.full
                : full.central() != null ? Status.fills : Status.holds;
        return new CapacityForecast(subject, id, name, siteId, quantity, unit, capacity, latest, TrendForecast.round(fit.level(), 3),
                TrendForecast.round(fit.slopePerDay() * 365, 3), fit.days(), fit.seasonality(), status,
                full.central(), full.earliest(), full.latest(), backtest, rebuilt);
    }

    /** The forecasts' today: a UTC day, as the daily roll-ups' buckets are. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * The space and allocation days of a group of racks (one rack, a room, a site), summed by day: a day
     * counts the racks snapshotted that day, the U against their height, the kW against {@code budget}.
     */
    private final class Registered {
        private final Map<LocalDate, Double> used = new TreeMap<>();
        private final Map<LocalDate, Double> height = new TreeMap<>();
        private final Map<LocalDate, Double> allocatedKw = new TreeMap<>();
        /** Days on which a rack's allocation is not known (reconstructed): a sum over the others would be too low. */
        private final java.util.Set<LocalDate> allocationUnknown = new java.util.HashSet<>();
        private final java.util.Set<LocalDate> reconstructed = new java.util.HashSet<>();

        void add(List<CapacitySnapshots.RackDay> rackDays) {
            for (CapacitySnapshots.RackDay d : rackDays) {
                if (d.reconstructed()) {
                    reconstructed.add(d.day());
                }
                used.merge(d.day(), (double) d.usedU(), Double::sum);
                height.merge(d.day(), (double) d.heightU(), Double::sum);
                if (d.allocatedW() == null) {
                    allocationUnknown.add(d.day());
                } else {
                    allocatedKw.merge(d.day(), d.allocatedW() / 1000.0, Double::sum);
                }
            }
            allocatedKw.keySet().removeAll(allocationUnknown);
        }

        List<CapacityForecast> forecasts(Subject subject, String id, String name, String siteId, @Nullable Double budget) {
            if (used.isEmpty()) {
                return List.of();
            }
            LocalDate today = snapshots.today();
            // the height of the racks there today: a rack added is room to grow, as it is on the floor
            Double heightNow = height.entrySet().stream().filter(e -> !e.getKey().isAfter(today))
                    .reduce((a, b) -> b).map(Map.Entry::getValue).orElse(null);
            return List.of(forecast(subject, id, name, siteId, Quantity.space, "U", heightNow, used, today, reconstructed),
                    forecast(subject, id, name, siteId, Quantity.allocated, "kW", budget, allocatedKw, today, reconstructed));
        }
    }

    /** The daily values of devices, read once per answer: a PDU counts in its rack, room, site and feed. */
    private final class Days {
        private final Map<String, Map<LocalDate, Double>> pdu = new HashMap<>();
        private final Map<String, Map<LocalDate, Double>> ups = new HashMap<>();
        private final Map<Long, Double> rated = ratings.all();
        private final LocalDate snapshotsFrom = snapshots.today().minusDays(settings.getHistoryDays());
        private Map<Long, List<CapacitySnapshots.RackDay>> rackDays;
        private Map<Long, Map<LocalDate, Double>> feedAllocation;
        private final Map<String, Map<String, Long>> nodeOfDevice = new HashMap<>();
        private PduAllocationDays.Days allocation;
        private final Map<String, Map<Long, Long>> pdusOfSite = new HashMap<>();

        PduAllocationDays.Days allocation() {
            if (allocation == null) {
                allocation = pduAllocation.read();
            }
            return allocation;
        }

        /** The site's PDU assets that are elements of its chain: their chain element by asset. */
        Map<Long, Long> pdusOfSite(String siteId) {
            return pdusOfSite.computeIfAbsent(siteId, s -> {
                PowerChain chain = chains.of(s);
                Map<Long, Long> out = new HashMap<>();
                for (Room room : rooms.findBySiteIdOrderByName(s)) {
                    for (Rack rack : racks.findByRoomIdOrderByName(room.id())) {
                        for (Asset a : assets.findByRackIdOrderByPositionU(rack.id())) {
                            if (a.kind() == AssetKind.pdu) {
                                connections.pduNode(a.id(), chain).ifPresent(n -> out.put(a.id(), n.id()));
                            }
                        }
                    }
                }
                return out;
            });
        }

        /** A PDU's rating found through its chain element when no monitored device of it is one (named like it). */
        Double ratedPdu(long pduAsset, String siteId) {
            Long node = pdusOfSite(siteId).get(pduAsset);
            return node == null ? null : rated.get(node);
        }

        List<CapacitySnapshots.RackDay> rackDays(long rackId) {
            if (rackDays == null) {
                rackDays = snapshots.since(snapshotsFrom);
            }
            return rackDays.getOrDefault(rackId, List.of());
        }

        Map<Long, Map<LocalDate, Double>> feedAllocation() {
            if (feedAllocation == null) {
                feedAllocation = snapshots.feedAllocationSince(snapshotsFrom);
            }
            return feedAllocation;
        }

        /** The kW allocated in all the site's racks each day: what one feed carries when the other sides fail. */
        Map<LocalDate, Double> siteAllocation(String siteId) {
            Map<LocalDate, Double> out = new TreeMap<>();
            for (Room room : rooms.findBySiteIdOrderByName(siteId)) {
                for (Rack rack : racks.findByRoomIdOrderByName(room.id())) {
                    rackDays(rack.id()).stream().filter(d -> d.allocatedW() != null)
                            .forEach(d -> out.merge(d.day(), d.allocatedW() / 1000.0, Double::sum));
                }
            }
            return out;
        }

        /** The days any of the site's racks was reconstructed on. */
        Set<LocalDate> reconstructed(String siteId) {
            Set<LocalDate> out = new java.util.HashSet<>();
            for (Room room : rooms.findBySiteIdOrderByName(siteId)) {
                for (Rack rack : racks.findByRoomIdOrderByName(room.id())) {
                    rackDays(rack.id()).stream().filter(CapacitySnapshots.RackDay::reconstructed).forEach(d -> out.add(d.day()));
                }
            }
            return out;
        }

        /** The chain element of each monitored device of the site (a PDU's rating is its element's). */
        Map<String, Long> nodeOfDevice(String siteId) {
            return nodeOfDevice.computeIfAbsent(siteId, s -> {
                Map<String, Long> out = new HashMap<>();
                chains.of(s).nodes().stream().filter(n -> n.deviceId() != null).forEach(n -> out.put(n.deviceId(), n.id()));
                return out;
            });
        }

        /** A PDU's daily kW: its total's, else the sum of its phases'. */
        Map<LocalDate, Double> pduKw(String deviceId) {
            return pdu.computeIfAbsent(deviceId, d -> {
                List<Series> total = catalog.list(d, Capacities.PDU_POWER);
                List<Series> use = total.isEmpty() ? catalog.list(d, Capacities.PDU_PHASE_POWER) : total;
                return sum(use.stream().map(s -> scaled(daily(s), "kW".equalsIgnoreCase(s.unit()) ? 1 : 0.001)).toList());
            });
        }

        /** A UPS's daily output load: its most loaded phase's. */
        Map<LocalDate, Double> upsLoad(String deviceId) {
            return ups.computeIfAbsent(deviceId, d -> {
                Map<LocalDate, Double> max = new TreeMap<>();
                for (Series s : catalog.list(d, UPS_LOAD)) {
                    daily(s).forEach((day, v) -> max.merge(day, v, Math::max));
                }
                return max;
            });
        }

        /** A UPS's daily output power in kW: the sum of its phases' {@code ups.output.power}. */
        Map<LocalDate, Double> upsKw(String deviceId) {
            return sum(catalog.list(deviceId, UPS_POWER).stream()
                    .map(s -> scaled(daily(s), "kW".equalsIgnoreCase(s.unit()) ? 1 : 0.001)).toList());
        }

        private Map<LocalDate, Double> daily(Series s) {
            LocalDate today = today();
            Instant from = today.minusDays(settings.getHistoryDays()).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Map<LocalDate, Double> out = new TreeMap<>();
            for (ReadingHistory.Point p : history.points(s, Rollups.Resolution.D1, from, to)) {
                if (p.value() != null) {
                    out.put(LocalDate.ofInstant(p.ts(), ZoneOffset.UTC), p.value());
                }
            }
            return out;
        }
    }

    private static Map<LocalDate, Double> scaled(Map<LocalDate, Double> daily, double factor) {
        Map<LocalDate, Double> out = new TreeMap<>();
        daily.forEach((d, v) -> out.put(d, v * factor));
        return out;
    }

    static Map<LocalDate, Double> sum(Collection<Map<LocalDate, Double>> parts) {
        Map<LocalDate, Double> out = new TreeMap<>();
        for (Map<LocalDate, Double> p : parts) {
            p.forEach((d, v) -> out.merge(d, v, Double::sum));
        }
        return out;
    }

    private static BigDecimal add(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static Double kw(@Nullable BigDecimal v) {
        return v == null || v.signum() <= 0 ? null : v.doubleValue();
    }
}
