package vn.dcim.core.maintenance;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;
import vn.dcim.core.telemetry.TimeInState;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many hours a piece of equipment ran in a window, read from its devices' state series through
 * time-in-state (raw points for the recent months, hourly roll-ups before them). A unit with several
 * instances of a running state (two compressors) ran while any of them did; the longest counts, as the
 * instances overlap and summing them would count one hour twice.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RunHours {
    private final MonitoredDeviceRepository devices;
    private final SeriesCatalog series;
    private final TimeInState timeInState;
    private final RunHourSettings settings;

    /** Hours run in [from, to); 0 for equipment without a device or without a running state it reports. */
    public double of(long assetId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        Map<String, Set<String>> running = running();
        long best = 0;
        for (MonitoredDevice d : devices.findByAssetId(assetId)) {
            for (Map.Entry<String, Set<String>> state : running.entrySet()) {
                for (Series s : series.list(d.id(), state.getKey())) {
                    long seconds = timeInState.of(s, from, to, settings.getMaxGap()).stream()
                            .filter(share -> share.text() != null && state.getValue().contains(share.text()))
                            .mapToLong(TimeInState.Share::seconds).sum();
                    best = Math.max(best, seconds);
                }
            }
        }
        return best / 3600.0;
    }

    private Map<String, Set<String>> running() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String pair : settings.getRunningStates()) {
            int eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length() - 1) {
                out.computeIfAbsent(pair.substring(0, eq).strip(), k -> new HashSet<>()).add(pair.substring(eq + 1).strip());
            }
        }
        return out;
    }
}
