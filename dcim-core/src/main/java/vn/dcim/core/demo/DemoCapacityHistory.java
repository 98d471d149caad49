package vn.dcim.core.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.capacity.CapacitySnapshots;
import vn.dcim.core.capacity.PowerRatings;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.site.Rack;
import vn.dcim.core.site.RackRepository;
import vn.dcim.core.site.Room;
import vn.dcim.core.site.RoomRepository;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.core.telemetry.RollupDuty;
import vn.dcim.core.threads.NamedThreads;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Months of the demo's past, written on its first start so that the capacity page shows "full on" dates
 * and not "too short": {@link #DAYS} days of the PDUs' power and the UPSs' load (four readings a day,
 * through core's {@link ReadingSink}, rolled up as every reading is) growing {@link #GROWTH_A_YEAR} a year
 * towards what the demo's agents answer today, lower at weekends, with noise; the racks' daily capacity
 * snapshots, the used U growing as a 2 U server arrived every {@link #DAYS_PER_SERVER} days up to what
 * the registry holds today; and the rated capacity of the demo's feeds, UPSs and PDUs. A fixed seed: every
 * demo shows the same past. Only on the start that seeded the demo site, never on a later one.
 */
@Singleton
@Requires(property = "dcim.demo.enabled", value = "true", defaultValue = "true")
@Requires(property = "dcim.demo.history.enabled", notEquals = "false")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoCapacityHistory {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCapacityHistory.class);
    static final int DAYS = 180;
    static final double GROWTH_A_YEAR = 0.35;
    static final int DAYS_PER_SERVER = 45;
    /** What the demo's agents answer today (simulation/pdu.yaml, ups.yaml): 1.5 kW a PDU, 45 % a UPS. */
    static final double PDU_W = 1500;
    static final double UPS_PERCENT = 45;
    static final int[] HOURS = {1, 7, 13, 19};
    /** Rated capacity: a 10 kVA UPS's 9 kW, an AP8858's 16 A at 230 V, a feed's 10 kW breaker share. */
    static final Map<String, BigDecimal> RATED = Map.of("ups", new BigDecimal("9"), "pdu", new BigDecimal("3.68"), "feed", new BigDecimal("10"));

    private final DemoSiteSeeder seeder;
    private final ReadingSink sink;
    private final RollupDuty rollups;
    private final CapacitySnapshots snapshots;
    private final PowerRatings ratings;
    private final PowerChains chains;
    private final RoomRepository rooms;
    private final RackRepository racks;
    private final Clock clock;

    /** After the seeder's commit, off the startup thread: some four thousand readings and their roll-ups. */
    @TransactionalEventListener
    void onDemoSiteReady(DemoSiteReady event) {
        if (seeder.seededNow()) {
            NamedThreads.start("demo-capacity-history", () -> {
                try {
                    write();
                } catch (RuntimeException e) {
                    LOG.warn("Demo capacity history not written: {}", e.toString());
                }
            });
        }
    }

    /** Writes the past; how many readings it wrote. */
    public int write() {
        Instant now = clock.instant();
        // UTC days, as the daily roll-ups the forecasts read: each day's readings fill one daily bucket
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Random noise = new Random(60);
        List<Reading> readings = new ArrayList<>();
        for (PowerNode n : chains.of(DemoSite.ID).nodes()) {
            BigDecimal rated = RATED.get(n.kind().name());
            if (rated != null) {
                ratings.set(n.id(), rated, "demo");
            }
            boolean pdu = n.kind().name().equals("pdu");
            boolean ups = n.kind().name().equals("ups");
            if (n.deviceId() == null || !pdu && !ups) {
                continue;
            }
            for (int ago = DAYS; ago >= 1; ago--) {
                LocalDate day = today.minusDays(ago);
                double trend = 1 - GROWTH_A_YEAR * ago / 365.0;
                // offices close at the weekend: the centre's load dips a little
                double weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.95 : 1.0;
                for (int h : HOURS) {
                    Instant at = day.atStartOfDay(ZoneOffset.UTC).plusHours(h).toInstant();
                    double wobble = 1 + noise.nextGaussian() * 0.03;
                    readings.add(pdu
                            ? Reading.of(at, n.deviceId(), "pdu.power", "1", Math.round(PDU_W * trend * weekday * wobble / 10.0) * 10.0, "W")
                            : Reading.of(at, n.deviceId(), "ups.output.load", "1", Math.round(UPS_PERCENT * trend * weekday * wobble), "%"));
                }
            }
        }
        sink.record(readings);
        rollups.run(now);
        int days = rackDays(now);
        LOG.info("Demo capacity history written: {} readings over {} days, {} rack-days of space", readings.size(), DAYS, days);
        return readings.size();
    }

    /** The racks' past snapshots: today's registry, less a 2 U server every DAYS_PER_SERVER days back. */
    private int rackDays(Instant now) {
        snapshots.take();
        LocalDate today = snapshots.today();
        int n = 0;
        for (Room room : rooms.findBySiteIdOrderByName(DemoSite.ID)) {
            for (Rack rack : racks.findByRoomIdOrderByName(room.id())) {
                CapacitySnapshots.RackDay current = snapshots.since(today).getOrDefault(rack.id(), List.of()).stream()
                        .findFirst().orElse(null);
                if (current == null) {
                    continue;
                }
                for (int ago = DAYS; ago >= 1; ago--) {
                    int used = Math.max(0, current.usedU() - 2 * (ago / DAYS_PER_SERVER));
                    snapshots.record(new CapacitySnapshots.RackDay(today.minusDays(ago), rack.id(), rack.heightU(), used,
                            current.allocatedW()), Map.of(), now);
                    n++;
                }
            }
        }
        return n;
    }
}
