package vn.dcim.web.ui.device;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.alarm.AlarmView;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.device.DeviceRefusal;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.devicelog.DeviceLogEntry;
import vn.dcim.core.devicelog.DeviceLogSeverity;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.maintenance.WorkOrder;
import vn.dcim.core.site.Rack;
import vn.dcim.core.suppression.WindowOccurrence;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.util.List;

/** What the device screens show: one record per screen or part, read by its template under the components' names. */
final class DeviceViews {
    private DeviceViews() {
    }

    @Introspected
    record Devices(Navigation.Frame frame, List<MonitoredDevice> devices) implements ScreenView {
    }

    /**
     * A device now: its register entry (none for a source that sends values without one), the asset it measures and
     * that asset's rack, its current values grouped by kind and the gauges the chart can draw.
     */
    @Introspected
    record Now(String id, @Nullable MonitoredDevice device, @Nullable Asset asset, @Nullable Rack rack,
               List<ReadingGroup> groups, List<ReadingGroup.Row> series) implements ScreenView.Part {
    }

    /**
     * What happened to a device: its alarms, the values the collector refused, its incidents, the work orders of its
     * asset and the maintenance windows on it or on what it hangs on in the next four weeks.
     */
    @Introspected
    record Records(List<AlarmView> alarms, List<DeviceRefusal> refusals, List<Incident> incidents,
                   List<WorkOrder> workOrders, List<WindowOccurrence> windows) implements ScreenView.Part {
    }

    /** One page of what the device sent by itself (traps, syslog, pushed events), newest first, with its filter. */
    @Introspected
    record Log(List<DeviceLogEntry> log, long logCount, String logSeverity, String logQ, DeviceLogSeverity[] logSeverities,
               @Nullable Long logOlder, @Nullable Long logNewer) implements ScreenView.Part {
    }

    /** A device's page; what it is reached through (its alarms are symptoms of theirs) is changed by the set-up. */
    @Introspected
    record Device(Navigation.Frame frame, Now now, Records records, Log deviceLog, List<String> reachedThrough,
                  boolean canSetReachedThrough) implements ScreenView {
    }
}
