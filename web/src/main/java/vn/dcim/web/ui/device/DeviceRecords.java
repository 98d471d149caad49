package vn.dcim.web.ui.device;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.device.DeviceRefusals;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.suppression.MaintenanceWindowService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Reads what happened to a device and what is planned on it, the newest {@value #RELATED} of each, for its page. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeviceRecords {
    private static final int RELATED = 20;
    /** How far ahead the page lists the maintenance windows. */
    private static final Duration WINDOWS_AHEAD = Duration.ofDays(28);
    private final Alarms alarms;
    private final DeviceRefusals refusals;
    private final Incidents incidents;
    private final WorkOrders workOrders;
    private final MaintenanceWindowService windows;
    private final Clock clock;

    DeviceViews.Records of(String id, @Nullable Asset asset) {
        Instant now = clock.instant();
        return new DeviceViews.Records(alarms.list(new AlarmFilter(null, id, null, null, null), RELATED, 0),
                // values the collector refused (wrong type, overflow, implausible for the unit), the rest stored
                refusals.ofDevice(id),
                incidents.ofDevice(id, RELATED),
                asset == null ? List.of() : workOrders.ofAsset(asset.id(), RELATED),
                // the maintenance windows on the device or on what it hangs on
                windows.occurrencesFor(id, now, now.plus(WINDOWS_AHEAD)).stream().limit(RELATED).toList());
    }
}
