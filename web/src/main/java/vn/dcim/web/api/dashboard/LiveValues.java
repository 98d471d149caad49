package vn.dcim.web.api.dashboard;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.Staleness;
import vn.dcim.core.telemetry.LatestReading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Turns latest readings into what the dashboard shows: the chosen metrics, each marked stale when it
 * is older than the device's polling interval times dcim.alarm.stale-intervals (an MQTT device: by its own
 * cadence; Art. 25.1, as the device-stale alarm counts), and the equipment's state colour.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LiveValues {
    private final Clock clock;
    private final Staleness staleness;

    List<CockpitView.Value> shown(@Nullable MonitoredDevice device, List<LatestReading> readings, List<String> metrics) {
        Instant now = clock.instant();
        Duration allowed = device == null ? Duration.ofMinutes(5) : staleness.allowed(device);
        return metrics.stream().flatMap(m -> readings.stream().filter(r -> r.metric().equals(m)))
                .map(r -> new CockpitView.Value(r.metric(), r.instance(), r.value(), r.text(), r.unit(), r.time(),
                        Staleness.stale(r.time(), allowed, now)))
                .toList();
    }

    /** The worst open alarm wins; then stale; "unknown" when nothing was ever read; "none" without a device. */
    static String state(@Nullable String deviceId, List<CockpitView.Value> values, Map<String, Severity> worstAlarm) {
        if (deviceId == null) {
            return "none";
        }
        Severity alarm = worstAlarm.get(deviceId);
        if (alarm != null && alarm != Severity.info) {
            return alarm.name();
        }
        if (values.isEmpty()) {
            return "unknown";
        }
        return values.stream().anyMatch(CockpitView.Value::stale) ? "stale" : "ok";
    }
}
