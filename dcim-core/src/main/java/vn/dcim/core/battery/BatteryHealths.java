package vn.dcim.core.battery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetKind;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Battery health per UPS from real events: the register's install date and vendor life, the UPS's
 * replace indicator and self-test as its profile reads them, and every outage it rode through on
 * battery taken as a free battery test (observed runtime against the runtime the UPS predicted).
 * The health's trend gives the replace-by day; {@link BatteryReplacements} opens its work order.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BatteryHealths {
    /** The metric names the shipped profiles read the vendor's verdicts under (generated names of some MIBs beside the common one). */
    static final List<String> REPLACE_METRICS = List.of("ups.battery.replace", "ups.battery.replace.state");
    static final List<String> TEST_METRICS = List.of("ups.test.result", "ups.test_results_summary.state");
    /** The states' texts, as the profiles name them, that ask for new batteries. */
    static final Set<String> REPLACE_TEXTS = Set.of("batteryNeedsReplacing", "yes");
    static final Set<String> FAILED_TEST_TEXTS = Set.of("doneError", "failed", "generalTestFail", "batteryTestFail",
            "deepBatteryTestFail");
    static final LocalDate EARLIEST_INSTALL = LocalDate.of(1990, 1, 1);
    /** Fewer outages than this give no trend: the health is their mean. */
    static final int TREND_POINTS = 3;

    private final AssetRepository assets;
    private final MonitoredDeviceRepository devices;
    private final UpsBatteryRepository register;
    private final BatteryDischarges discharges;
    private final LatestReadings latest;
    private final BatterySettings settings;
    private final AuditLog audit;
    private final Clock clock;

    /** Every UPS in the registry that is not disposed of, by name. */
    public List<BatteryHealth> list() {
        return StreamSupport.stream(assets.findAll().spliterator(), false)
                .filter(a -> a.kind() == AssetKind.ups && a.status() != AssetStatus.disposed)
                .sorted(Comparator.comparing(Asset::name))
                .map(this::of).toList();
    }

    public BatteryHealth of(long assetId) {
        return of(ups(assetId));
    }

    /**
     * The register of a UPS's battery: a new install date is a new battery, so the replacement order
     * of the old one no longer stands for it.
     */
    @Transactional
    public BatteryHealth register(long assetId, @Nullable LocalDate installedOn, @Nullable Integer vendorLifeMonths, String by) {
        ups(assetId);
        // no battery in service was installed before valve-regulated blocks were in data centres
        if (installedOn != null && (installedOn.isAfter(LocalDate.now(clock)) || installedOn.isBefore(EARLIEST_INSTALL))) {
            throw new InvalidInputException("installedOn", "a battery is installed between 1990-01-01 and today")
                    .explained("error.battery.installed-range");
        }
        if (vendorLifeMonths != null && (vendorLifeMonths < 1 || vendorLifeMonths > 360)) {
            throw new InvalidInputException("vendorLifeMonths", "a vendor life of 1 to 360 months")
                    .explained("error.battery.life-range");
        }
        Optional<UpsBattery> before = register.findById(assetId);
        boolean newBattery = before.map(b -> b.installedOn() == null || !b.installedOn().equals(installedOn)).orElse(true);
        UpsBattery next = new UpsBattery(assetId, installedOn,
                vendorLifeMonths != null ? vendorLifeMonths : before.map(UpsBattery::vendorLifeMonths).orElse(settings.getDefaultLifeMonths()),
                newBattery ? null : before.get().replacementOrderId(), by);
        if (before.isPresent()) {
            register.update(next);
        } else {
            register.save(next);
        }
        audit.record(by, "ups-battery", assetId, "register", before.map(BatteryHealths::audited).orElse(Map.of()), audited(next));
        return of(assetId);
    }

    /** Remembers the replacement order opened for a UPS's present battery. */
    void orderOpened(long assetId, long orderId, String by) {
        Asset ups = ups(assetId);
        UpsBattery b = battery(ups);
        UpsBattery next = new UpsBattery(assetId, b.installedOn(), b.vendorLifeMonths(), orderId, by);
        if (register.existsById(assetId)) {
            register.update(next);
        } else {
            register.save(next);
        }
    }

    private static Map<String, Object> audited(UpsBattery b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("installedOn", String.valueOf(b.installedOn()));
        m.put("vendorLifeMonths", b.vendorLifeMonths());
        return m;
    }

    private Asset ups(long assetId) {
        return assets.findById(assetId).filter(a -> a.kind() == AssetKind.ups)
                .orElseThrow(() -> new NotFoundException("UPS", assetId));
    }

    /** The register's row, or what the registry gives without one: the purchase date and the default life. */
    private UpsBattery battery(Asset ups) {
        return register.findById(ups.id()).orElse(new UpsBattery(ups.id(), ups.purchaseDate(), settings.getDefaultLifeMonths(),
                null, null));
    }

    private BatteryHealth of(Asset ups) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        UpsBattery battery = battery(ups);
        String deviceId = devices.findByAssetId(ups.id()).stream().map(MonitoredDevice::id).sorted().findFirst().orElse(null);
        List<LatestReading> values = deviceId == null ? List.of() : latest.ofDevice(deviceId);
        String indicator = text(values, REPLACE_METRICS);
        String test = text(values, TEST_METRICS);
        boolean replace = indicator != null && REPLACE_TEXTS.contains(indicator);
        boolean failed = test != null && FAILED_TEST_TEXTS.contains(test);

        Instant from = now.minus(Duration.ofDays(settings.getLookBackDays()));
        if (battery.installedOn() != null) {
            // outages before the install date were ridden on the old battery
            Instant installed = battery.installedOn().atStartOfDay(clock.getZone()).toInstant();
            from = installed.isAfter(from) ? installed : from;
        }
        List<Discharge> seen = deviceId == null ? List.of() : discharges.of(deviceId, from, now);
        List<Instant> times = new ArrayList<>();
        List<Double> healths = new ArrayList<>();
        for (Discharge d : seen) {
            if (d.health() != null) {
                times.add(d.start());
                healths.add(d.health());
            }
        }
        RuntimeModel.Line line = healths.size() >= TREND_POINTS ? RuntimeModel.fit(times, healths) : null;
        Double health = line != null ? Double.valueOf(line.at(now)) : healths.isEmpty() ? null
                : healths.stream().mapToDouble(Double::doubleValue).average().orElseThrow();

        Double load = average(values, BatteryDischarges.LOAD);
        Double runtime = average(values, BatteryDischarges.RUNTIME);
        Double charge = average(values, BatteryDischarges.CHARGE);
        Double expected = expected(seen, health, load, runtime, charge);

        LocalDate lifeEnds = battery.installedOn() == null ? null : battery.installedOn().plusMonths(battery.vendorLifeMonths());
        Map<BatteryHealth.ReplaceReason, LocalDate> by = new LinkedHashMap<>();
        if (replace) {
            by.put(BatteryHealth.ReplaceReason.replace_indicator, today);
        }
        if (failed) {
            by.put(BatteryHealth.ReplaceReason.self_test, today);
        }
        if (health != null && health <= settings.getEndOfLifeHealth()) {
            by.put(BatteryHealth.ReplaceReason.runtime_trend, today);
        } else if (line != null && line.reaches(settings.getEndOfLifeHealth()) != null) {
            by.put(BatteryHealth.ReplaceReason.runtime_trend, line.reaches(settings.getEndOfLifeHealth()).atZone(clock.getZone()).toLocalDate());
        }
        if (lifeEnds != null) {
            by.put(BatteryHealth.ReplaceReason.vendor_life, lifeEnds);
        }
        Map.Entry<BatteryHealth.ReplaceReason, LocalDate> first = by.entrySet().stream()
                .min(Map.Entry.comparingByValue()).orElse(null);
        return new BatteryHealth(ups.id(), ups.name(), deviceId, battery.installedOn(), battery.vendorLifeMonths(), lifeEnds,
                indicator, replace, test, failed, seen, health, line == null ? null : line.slopePerYear(), load, runtime,
                expected, first == null ? null : first.getValue(), first == null ? null : first.getKey(),
                battery.replacementOrderId());
    }

    /**
     * The runtime to expect now at the present load: the UPS's own estimate corrected by the health the
     * outages showed; a UPS that estimates nothing gets the outages' runtime at the reference load
     * carried to the present load and charge.
     */
    @Nullable
    private Double expected(List<Discharge> seen, @Nullable Double health, @Nullable Double load, @Nullable Double runtime,
                            @Nullable Double charge) {
        if (runtime != null && health != null) {
            return runtime * health;
        }
        double[] normalised = seen.stream().filter(d -> d.normalisedMinutes() != null)
                .mapToDouble(Discharge::normalisedMinutes).toArray();
        if (normalised.length == 0 || load == null) {
            return null;
        }
        double last = normalised[normalised.length - 1];
        double atLoad = RuntimeModel.atLoad(last, load, settings.getReferenceLoadPercent(), settings.getPeukertExponent());
        return charge == null ? atLoad : atLoad * charge / 100.0;
    }

    @Nullable
    private static String text(List<LatestReading> values, List<String> metrics) {
        for (String m : metrics) {
            for (LatestReading r : values) {
                if (r.metric().equals(m) && r.text() != null) {
                    return r.text();
                }
            }
        }
        return null;
    }

    @Nullable
    private static Double average(List<LatestReading> values, String metric) {
        return values.stream().filter(r -> r.metric().equals(metric) && r.value() != null)
                .mapToDouble(LatestReading::value).average().stream().boxed().findFirst().orElse(null);
    }
}
