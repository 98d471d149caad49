package vn.dcim.core.battery

import vn.dcim.core.telemetry.Reading

import java.time.Duration
import java.time.Instant

/**
 * A UPS and its battery as physics has them, polled as SNMP reads them (whole percent, whole minutes):
 * the battery's full-charge runtime is {@code health} of a new one's, and falls with the load by the
 * battery's own Peukert exponent (1.25, not the product's 1.2); the UPS estimates its runtime from its
 * model of a new battery, so it does not know the wear. Each outage is ridden on battery until the
 * generator takes the load after {@code onBattery}.
 */
class OutageHistory {
    static final double NEW_MINUTES_AT_50 = 24
    static final double BATTERY_EXPONENT = 1.25
    static final double UPS_MODEL_EXPONENT = 1.2

    final String deviceId
    Duration onBattery = Duration.ofSeconds(120)
    int pollSeconds = 10

    OutageHistory(String deviceId) {
        this.deviceId = deviceId
    }

    /** What a full charge truly lasts at this load and health. */
    static double trueMinutes(double health, double load) {
        health * NEW_MINUTES_AT_50 * Math.pow(50 / load, BATTERY_EXPONENT)
    }

    /** What the UPS says a charge lasts: its new-battery model, whole minutes. */
    static double upsEstimate(double load, double charge) {
        Math.round(NEW_MINUTES_AT_50 * Math.pow(50 / load, UPS_MODEL_EXPONENT) * charge / 100)
    }

    /** The readings of one outage starting at {@code start}: a minute on line before, the run, a minute after. */
    List<Reading> outage(Instant start, double load, double health, int pollPhase = 0) {
        List<Reading> out = []
        long total = onBattery.seconds
        double drainPerSecond = 100 / (trueMinutes(health, load) * 60)
        for (long t = -60 + pollPhase; t <= total + 60; t += pollSeconds) {
            Instant at = start.plusSeconds(t)
            boolean battery = t >= 0 && t < total
            long spent = Math.max(0, Math.min(t, total))
            double charge = 100 - drainPerSecond * spent
            out << new Reading(at, deviceId, 'ups.output.source', '0', battery ? 5 : 3, battery ? 'battery' : 'normal', null)
            out << Reading.of(at, deviceId, 'ups.battery.charge', '0', Math.round(charge), '%')
            out << Reading.of(at, deviceId, 'ups.battery.runtime', '0', upsEstimate(load, Math.round(charge)), 'min')
            out << Reading.of(at, deviceId, 'ups.output.load', '1', Math.round(load), '%')
            out << Reading.of(at, deviceId, 'ups.battery.time_on_battery', '0', battery ? t / 60.0 : 0, 'min')
        }
        out
    }

    /** The UPS now, on line and charged, at {@code load}. */
    List<Reading> now(Instant at, double load) {
        [new Reading(at, deviceId, 'ups.output.source', '0', 3, 'normal', null),
         Reading.of(at, deviceId, 'ups.battery.charge', '0', 100, '%'),
         Reading.of(at, deviceId, 'ups.battery.runtime', '0', upsEstimate(load, 100), 'min'),
         Reading.of(at, deviceId, 'ups.output.load', '1', Math.round(load), '%')]
    }
}
