package vn.dcim.web.api.dashboard;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads, once per cockpit, what every card of a site's cockpit is coloured and named by. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SiteFacts {
    private final AssetRegistry assets;
    private final MonitoredDevices devices;
    private final Alarms alarms;
    private final Clock clock;

    /**
     * A site as the cockpit reads it at one instant: its devices and equipment by id, the worst active alarm of each
     * source, and the console's count of each severity (every alarm not closed, the centre-wide ones included).
     */
    record Facts(Instant at, Map<String, MonitoredDevice> devices, Map<Long, Asset> assets, Map<String, Severity> worst,
                 Map<String, Long> bySeverity) {
    }

    Facts of(String siteId) {
        Instant at = clock.instant();
        Map<String, MonitoredDevice> siteDevices = devices.ofSite(siteId).stream()
                .collect(Collectors.toMap(MonitoredDevice::id, Function.identity()));
        Map<String, Severity> worst = new HashMap<>();
        alarms.list(new AlarmFilter("active", null, null, null, siteId), 1000, 0)
                .forEach(a -> worst.merge(a.source(), a.severity(), (x, y) -> x.compareTo(y) <= 0 ? x : y));
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        alarms.consoleCountBySeverity(siteId).forEach((s, n) -> bySeverity.put(s.name(), n));
        Map<Long, Asset> siteAssets = assets.ofSite(siteId).stream().collect(Collectors.toMap(Asset::id, Function.identity()));
        return new Facts(at, siteDevices, siteAssets, worst, bySeverity);
    }
}
