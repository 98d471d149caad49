package vn.dcim.core.telemetry;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the latest value per metric, for the dashboard, the wall screen, the API and work-order snapshots:
 * from memory ({@link LatestValueCache}), caught up with latest_reading at each call.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LatestReadings {
    private final LatestValues latest;

    public List<LatestReading> ofDevice(String deviceId) {
        return latest.readable().ofDevice(deviceId);
    }

    /** Several devices at once (a site's cockpit): one catch-up for all of them. */
    public Map<String, List<LatestReading>> ofDevices(Collection<String> deviceIds) {
        return latest.readable().ofDevices(deviceIds);
    }

    /** The latest value of one metric on every device that reports it. */
    public List<LatestReading> ofMetric(String metric) {
        return latest.readable().ofMetric(metric);
    }

    /**
     * The latest value of one series, if it ever had one. A process that holds no values in memory (a bridge
     * checking a retained message) asks the table for this one row rather than start holding them all.
     */
    public Optional<LatestReading> of(String deviceId, String metric, String instance) {
        return latest.filled() ? latest.readable().of(deviceId, metric, instance) : latest.stored(deviceId, metric, instance);
    }

    /** Reads latest_reading anew: for a caller that changed it outside this service (a restore, a spec's fixture). */
    public void reload() {
        latest.reload();
    }
}
