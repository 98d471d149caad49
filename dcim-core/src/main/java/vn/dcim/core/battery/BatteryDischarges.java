package vn.dcim.core.battery;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.Rollups;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The outages a UPS rode through on battery, read from its raw readings: each closed run of
 * {@code ups.output.source} = battery, with the charge, the runtime estimate and the load around it.
 * The charge when the outage began is the last reading before the run (the charger had it there);
 * the time on battery is the UPS's own count ({@code ups.battery.time_on_battery}) at the deepest
 * charge when it reports one, else the time from the middle of the last poll before the run to the
 * deepest reading (the outage began somewhere in that poll).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BatteryDischarges {
    static final String SOURCE = "ups.output.source";
    static final String CHARGE = "ups.battery.charge";
    static final String RUNTIME = "ups.battery.runtime";
    static final String LOAD = "ups.output.load";
    static final String ON_BATTERY = "ups.battery.time_on_battery";
    /** A reading older than this before the run does not say where the charge stood. */
    static final Duration BEFORE = Duration.ofMinutes(15);

    private final SeriesCatalog catalog;
    private final ReadingHistory history;
    private final BatterySettings settings;

    List<Discharge> of(String deviceId, Instant from, Instant to) {
        List<Discharge> out = new ArrayList<>();
        List<Series> source = catalog.list(deviceId, SOURCE);
        if (source.isEmpty()) {
            return out;
        }
        List<ReadingHistory.Point> points = history.points(source.get(0), Rollups.Resolution.RAW, from, to);
        Instant before = null;
        for (int i = 0; i < points.size(); i++) {
            if (!onBattery(points.get(i))) {
                before = points.get(i).ts();
                continue;
            }
            int j = i;
            while (j < points.size() && onBattery(points.get(j))) {
                j++;
            }
            if (j == points.size()) {
                break; // still on battery: the outage is not over
            }
            out.add(discharge(deviceId, before, points.get(i).ts(), points.get(j - 1).ts(), points.get(j).ts()));
            before = points.get(j).ts();
            i = j;
        }
        return out;
    }

    private static boolean onBattery(ReadingHistory.Point p) {
        return "battery".equals(p.text());
    }

    private Discharge discharge(String deviceId, @Nullable Instant lastOnLine, Instant firstOnBattery, Instant lastOnBattery,
                                Instant backOnLine) {
        Instant began = lastOnLine == null ? firstOnBattery : middle(lastOnLine, firstOnBattery);
        Instant ended = middle(lastOnBattery, backOnLine);
        List<ReadingHistory.Point> charge = points(deviceId, CHARGE, firstOnBattery.minus(BEFORE), backOnLine.plusMillis(1));
        ReadingHistory.Point atStart = lastBefore(charge, firstOnBattery);
        ReadingHistory.Point deepest = null;
        for (ReadingHistory.Point p : charge) {
            if (!p.ts().isBefore(firstOnBattery) && p.value() != null && (deepest == null || p.value() < deepest.value())) {
                deepest = p;
            }
        }
        Double load = mean(points(deviceId, LOAD, firstOnBattery, backOnLine.plusMillis(1)));
        ReadingHistory.Point runtime = lastBefore(points(deviceId, RUNTIME, firstOnBattery.minus(BEFORE), firstOnBattery), firstOnBattery);
        Double upsMinutes = runtime == null ? null : runtime.value();
        if (atStart == null || deepest == null) {
            double seconds = Duration.between(began, ended).toMillis() / 1000.0;
            return new Discharge(began, ended, seconds, load, atStart == null ? null : atStart.value(), null, upsMinutes,
                    null, null, null, null, "no-charge-readings");
        }
        // the deepest charge read after the UPS was back on line is where the drain stopped, at the transfer
        double seconds = deepest.ts().isBefore(ended) ? secondsAt(deviceId, deepest.ts(), began)
                : Duration.between(began, ended).toMillis() / 1000.0;
        double c0 = atStart.value();
        double c1 = deepest.value();
        Double observed = RuntimeModel.fullChargeMinutes(seconds, c0, c1, settings.getMinChargeDropPercent());
        Double predicted = upsMinutes == null || c0 <= 0 ? null : upsMinutes * 100.0 / c0;
        Double health = observed == null || predicted == null || predicted <= 0 ? null : observed / predicted;
        Double normalised = observed == null ? null : load == null ? observed
                : RuntimeModel.atReferenceLoad(observed, load, settings.getReferenceLoadPercent(), settings.getPeukertExponent());
        return new Discharge(began, ended, seconds, load, c0, c1, upsMinutes, observed, predicted, health, normalised,
                observed == null ? "charge-drop-too-small" : null);
    }

    private static Instant middle(Instant a, Instant b) {
        return a.plus(Duration.between(a, b).dividedBy(2));
    }

    /** The UPS's own seconds on battery at the deepest reading, else the time since the outage began. */
    private double secondsAt(String deviceId, Instant at, Instant began) {
        for (ReadingHistory.Point p : points(deviceId, ON_BATTERY, at, at.plusMillis(1))) {
            if (p.value() != null && p.value() > 0) {
                return p.value() * 60; // the profiles read it in minutes
            }
        }
        return Duration.between(began, at).toMillis() / 1000.0;
    }

    private List<ReadingHistory.Point> points(String deviceId, String metric, Instant from, Instant to) {
        List<ReadingHistory.Point> out = new ArrayList<>();
        for (Series s : catalog.list(deviceId, metric)) {
            out.addAll(history.points(s, Rollups.Resolution.RAW, from, to));
        }
        out.sort(java.util.Comparator.comparing(ReadingHistory.Point::ts));
        return out;
    }

    @Nullable
    private static ReadingHistory.Point lastBefore(List<ReadingHistory.Point> points, Instant t) {
        ReadingHistory.Point last = null;
        for (ReadingHistory.Point p : points) {
            if (p.ts().isBefore(t) && p.value() != null) {
                last = p;
            }
        }
        return last;
    }

    /** The mean load over the run, phases together (a three-phase UPS reports each phase's share of its rating). */
    @Nullable
    private static Double mean(List<ReadingHistory.Point> points) {
        return points.stream().filter(p -> p.value() != null).mapToDouble(ReadingHistory.Point::value).average()
                .stream().boxed().findFirst().orElse(null);
    }
}
