package vn.dcim.web.ui.device;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Staleness;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Reads a device as it stands now for its page: where it is and its current values, each marked stale or fresh. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceNow {
    private final MonitoredDevices devices;
    private final LatestReadings latest;
    private final Staleness staleness;
    private final AssetRegistry assets;
    private final LocationRegistry locations;
    private final Clock clock;

    /** A device of the register, or a source that sent values without being registered; neither: not found. */
    DeviceViews.Now of(String id) {
        MonitoredDevice device = devices.find(id).orElse(null);
        List<LatestReading> values = latest.ofDevice(id);
        if (device == null && values.isEmpty()) {
            throw new NotFoundException("device", id);
        }
        Duration staleAfter = device == null ? null : staleness.allowed(device);
        Asset asset = device == null || device.assetId() == null ? null : assets.find(device.assetId()).orElse(null);
        List<ReadingGroup> groups = ReadingGroup.of(values, staleAfter, clock.instant());
        return new DeviceViews.Now(id, device, asset,
                asset == null || asset.rackId() == null ? null : locations.rack(asset.rackId()).orElse(null),
                groups, groups.stream().flatMap(g -> g.rows().stream()).filter(ReadingGroup.Row::gauge).toList());
    }
}
