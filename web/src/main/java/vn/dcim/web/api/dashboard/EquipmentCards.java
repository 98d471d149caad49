package vn.dcim.web.api.dashboard;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.Severity;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;

import java.util.List;
import java.util.Map;

/** The cockpit's cards of one kind of equipment (precision cooling, doors, cameras): each device's live values, coloured by its alarms. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EquipmentCards {
    private final LatestReadings latest;
    private final LiveValues live;

    List<CockpitView.Element> of(String kind, SiteFacts.Facts facts) {
        return equipment(kind, facts.devices(), facts.assets(), facts.worst());
    }

    private List<CockpitView.Element> equipment(String kind, Map<String, MonitoredDevice> siteDevices,
                                                Map<Long, Asset> siteAssets, Map<String, Severity> worst) {
        List<MonitoredDevice> shown = siteDevices.values().stream()
                .filter(d -> d.assetId() != null && siteAssets.containsKey(d.assetId())
                        && siteAssets.get(d.assetId()).kind().name().equals(kind))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        // one catch-up with the stored values for the whole kind, not one per device
        Map<String, List<LatestReading>> now = latest.ofDevices(shown.stream().map(MonitoredDevice::id).toList());
        return shown.stream()
                .map(d -> {
                    List<CockpitView.Value> values = live.shown(d, now.get(d.id()), Shown.metrics(kind));
                    return new CockpitView.Element(null, kind, d.name(), d.id(), null, LiveValues.state(d.id(), values, worst), values,
                            null);
                }).toList();
    }

}
