package vn.dcim.web.api.dashboard;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.site.Room;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.SeriesCatalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each room's temperature and humidity from the sensors placed in it (Art. 6.2): the warmest reading
 * now, the mean humidity, and the range of the last 24 h from the readings' history.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SiteClimate {
    private static final String TEMPERATURE = "env.temperature";
    private static final String HUMIDITY = "env.humidity";

    private final LocationRegistry locations;
    private final LatestReadings latest;
    private final SeriesCatalog catalog;
    private final ReadingHistory history;
    private final LiveValues live;
    private final Clock clock;

    List<CockpitView.RoomClimate> rooms(String siteId, Map<String, MonitoredDevice> devices, Map<Long, Asset> assets) {
        List<CockpitView.RoomClimate> result = new ArrayList<>();
        for (Room room : locations.roomsOf(siteId)) {
            List<MonitoredDevice> sensors = devices.values().stream()
                    .filter(d -> d.assetId() != null && assets.containsKey(d.assetId())
                            && Objects.equals(assets.get(d.assetId()).roomId(), room.id()))
                    .toList();
            List<CockpitView.Value> temperatures = values(sensors, TEMPERATURE);
            List<CockpitView.Value> humidities = values(sensors, HUMIDITY);
            if (temperatures.isEmpty() && humidities.isEmpty()) {
                continue;
            }
            double[] t = range(sensors, TEMPERATURE);
            double[] h = range(sensors, HUMIDITY);
            result.add(new CockpitView.RoomClimate(room.id(), room.name(),
                    temperatures.stream().max(Comparator.comparing(CockpitView.Value::value)).orElse(null),
                    mean(humidities), t == null ? null : t[0], t == null ? null : t[1], h == null ? null : h[0], h == null ? null : h[1]));
        }
        return result;
    }

    private List<CockpitView.Value> values(List<MonitoredDevice> sensors, String metric) {
        // one catch-up with the stored values for all the room's sensors, not one per sensor
        Map<String, List<LatestReading>> now = latest.ofDevices(sensors.stream().map(MonitoredDevice::id).toList());
        return sensors.stream().flatMap(d -> live.shown(d, now.get(d.id()), List.of(metric)).stream())
                .filter(v -> v.value() != null).toList();
    }

    private static CockpitView.Value mean(List<CockpitView.Value> values) {
        if (values.isEmpty()) {
            return null;
        }
        CockpitView.Value first = values.get(0);
        double avg = values.stream().mapToDouble(CockpitView.Value::value).average().orElse(0);
        Instant oldest = values.stream().map(CockpitView.Value::ts).min(Comparator.naturalOrder()).orElse(first.ts());
        return new CockpitView.Value(first.metric(), "0", Math.round(avg * 10) / 10.0, null, first.unit(), oldest,
                values.stream().anyMatch(CockpitView.Value::stale));
    }

    /** Min and max over the last 24 h of every sensor's series, or null without history. */
    private double[] range(List<MonitoredDevice> sensors, String metric) {
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofHours(24));
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        boolean any = false;
        for (MonitoredDevice d : sensors) {
            for (var series : catalog.list(d.id(), metric)) {
                for (ReadingHistory.Point p : history.read(series, from, to, 48).points()) {
                    Double lo = p.min() != null ? p.min() : p.value();
                    Double hi = p.max() != null ? p.max() : p.value();
                    if (lo != null && hi != null) {
                        min = Math.min(min, lo);
                        max = Math.max(max, hi);
                        any = true;
                    }
                }
            }
        }
        return any ? new double[]{min, max} : null;
    }
}
