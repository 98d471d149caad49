package vn.dcim.core.power;

import jakarta.inject.Singleton;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.Rollups;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PUE and CUE of a site over a month or a year (ISO/IEC 30134-2, 30134-8): the energies of the meters
 * power/energy-meters.yaml names, read through the history store (raw points of energy counters, hourly
 * roll-ups of powers). Periods are the center's days (the injected clock's zone); the store holds UTC.
 */
@Singleton
public class EnergyUsage {
    static final String DATA = "power/energy-meters.yaml";

    /** An element's meter: its energy counters, else its powers, by metric name, first found first. */
    record Meter(List<String> counters, List<String> powers) {
    }

    /** Where IT energy may be measured, and the 30134-2 category that gives. */
    record ItMeter(PowerNodeKind kind, int category, Meter meter) {
    }

    private final PowerChains chains;
    private final SeriesCatalog series;
    private final ReadingHistory history;
    private final EnergySettings settings;
    private final Clock clock;
    private final Meter facility;
    private final Meter equipment;
    private final List<ItMeter> it;

    EnergyUsage(PowerChains chains, SeriesCatalog series, ReadingHistory history, EnergySettings settings, Clock clock) {
        this.chains = chains;
        this.series = series;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
        Map<String, Object> doc = load();
        this.facility = meter(map(map(doc.get("facility")).get("ats")));
        this.equipment = meter(map(doc.get("equipment")));
        List<ItMeter> its = new ArrayList<>();
        for (Object o : (List<?>) doc.get("it")) {
            Map<String, Object> m = map(o);
            its.add(new ItMeter(PowerNodeKind.valueOf((String) m.get("kind")), ((Number) m.get("category")).intValue(), meter(m)));
        }
        this.it = List.copyOf(its);
    }

    /** The PUE of [start, end) in the center's days. */
    public PeriodPue of(String siteId, LocalDate start, LocalDate end) {
        return compute(chains.of(siteId), start, end);
    }

    /** Month by month from January of {@code year}, up to this month when it is this year. */
    public List<PeriodPue> months(String siteId, int year) {
        PowerChain chain = chains.of(siteId);
        YearMonth last = YearMonth.now(clock);
        List<PeriodPue> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (month.isAfter(last)) {
                break;
            }
            out.add(compute(chain, month.atDay(1), month.plusMonths(1).atDay(1)));
        }
        return out;
    }

    /** The energy one piece of equipment drew over [from, to) by its best meter; null when it has none. */
    public MeterEnergy ofEquipment(String deviceId, Instant from, Instant to) {
        return energyOf(deviceId, equipment, from, to);
    }

    /** The year's PUE: the year's energies, not the mean of the months' ratios. */
    public PeriodPue year(String siteId, int year) {
        return of(siteId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    private PeriodPue compute(PowerChain chain, LocalDate start, LocalDate end) {
        ZoneId zone = clock.getZone();
        Instant from = start.atStartOfDay(zone).toInstant();
        Instant to = end.atStartOfDay(zone).toInstant();
        PeriodPue.MeterSum facilitySum = side(nodes(chain, PowerNodeKind.ats), facility, from, to);
        PeriodPue.MeterSum itSum = null;
        Integer category = null;
        for (ItMeter m : it) {
            List<PowerNode> nodes = nodes(chain, m.kind());
            if (!nodes.isEmpty()) {
                itSum = side(nodes, m.meter(), from, to);
                category = m.category();
                break;
            }
        }
        return PeriodPue.of(start, end, facilitySum, itSum, category, settings);
    }

    private static List<PowerNode> nodes(PowerChain chain, PowerNodeKind kind) {
        return chain.nodes().stream().filter(n -> n.kind() == kind).toList();
    }

    /** The summed energy of every element of one side; null when there is none or one has no meter. */
    private PeriodPue.MeterSum side(List<PowerNode> nodes, Meter meter, Instant from, Instant to) {
        List<MeterEnergy> energies = new ArrayList<>();
        for (PowerNode n : nodes) {
            MeterEnergy e = n.deviceId() == null ? null : energyOf(n.deviceId(), meter, from, to);
            if (e == null) {
                return null;
            }
            energies.add(e);
        }
        return PeriodPue.MeterSum.of(energies);
    }

    /**
     * The device's counter when it spans enough of the period, else its integrated power when that spans
     * more; null when the device has neither series.
     */
    MeterEnergy energyOf(String deviceId, Meter meter, Instant from, Instant to) {
        MeterEnergy counted = read(deviceId, meter.counters(), Rollups.Resolution.RAW, from, to);
        if (counted != null && counted.coverage() >= settings.getMinCoverage()) {
            return counted;
        }
        MeterEnergy integrated = read(deviceId, meter.powers(), Rollups.Resolution.H1, from, to);
        if (integrated == null) {
            return counted;
        }
        return counted == null || integrated.coverage() > counted.coverage() ? integrated : counted;
    }

    /** The first metric of the list the device has series of, every instance (bank, phase) summed. */
    private MeterEnergy read(String deviceId, List<String> metrics, Rollups.Resolution resolution, Instant from, Instant to) {
        for (String metric : metrics) {
            List<Series> found = series.list(deviceId, metric);
            if (found.isEmpty()) {
                continue;
            }
            double kwh = 0;
            double coverage = 1;
            for (Series s : found) {
                List<ReadingHistory.Point> points = history.points(s, resolution, from, to);
                MeterEnergy e = resolution == Rollups.Resolution.RAW
                        ? MeterEnergy.fromCounter(points, s.unit(), from, to) : MeterEnergy.fromPower(points, s.unit(), from, to);
                kwh += e.kwh();
                coverage = Math.min(coverage, e.coverage());
            }
            return new MeterEnergy(kwh, coverage, resolution == Rollups.Resolution.RAW ? MeterEnergy.COUNTER : MeterEnergy.POWER);
        }
        return null;
    }

    private static Meter meter(Map<String, Object> m) {
        return new Meter(strings(m.get("counters")), strings(m.get("powers")));
    }

    private static List<String> strings(Object o) {
        return o == null ? List.of() : ((List<?>) o).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (!(o instanceof Map)) {
            throw new IllegalStateException(DATA + ": expected a mapping, found " + o);
        }
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> load() {
        try (InputStream in = EnergyUsage.class.getClassLoader().getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IOException("missing " + DATA);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
