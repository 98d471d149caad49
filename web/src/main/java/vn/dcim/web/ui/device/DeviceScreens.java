package vn.dcim.web.ui.device;

import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.Staleness;
import vn.dcim.core.maintenance.WorkOrders;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.alarm.AlarmFilter;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.DeviceRefusals;
import vn.dcim.core.devicelog.DeviceLog;
import vn.dcim.core.devicelog.DeviceLogFilter;
import vn.dcim.core.devicelog.DeviceLogPage;
import vn.dcim.core.devicelog.DeviceLogSeverity;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.telemetry.LatestReading;
import vn.dcim.core.telemetry.LatestReadings;
import vn.dcim.core.device.ReachedThrough;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The monitored devices and each device's page: every current value grouped by kind, a
 * history chart drawn by static/device-chart.js from /api/readings, and the device's alarms,
 * incidents, work orders and asset record one click away.
 */
@Hidden
@Controller("/ui/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceScreens {
    private static final int RELATED = 20;
    private static final int LOG_PAGE = 50;
    /** How both device screens (the list and the monitoring set-up) order devices, so one is found in the same place on each. */
    static final Comparator<MonitoredDevice> BY_SITE_THEN_ID = Comparator.comparing(MonitoredDevice::siteId).thenComparing(MonitoredDevice::id);

    private final WorkOrders workOrders;
    private final LocationRegistry locations;
    private final AssetRegistry assets;
    private final MonitoredDevices devices;
    private final LatestReadings latest;
    private final Alarms alarms;
    private final Incidents incidents;
    private final Clock clock;
    private final Staleness staleness;
    private final DeviceRefusals refusals;
    private final DeviceLog deviceLog;
    private final vn.dcim.core.suppression.MaintenanceWindowService windows;
    private final ReachedThrough reachedThrough;
    private final AccessRules rules;
    private final ScopedEquipment scoped;

    @HtmlScreen
    @View("devices/list")
    @Get
    @ScopeAware
    public Map<String, Object> list(HttpRequest<?> request, Scope scope) {
        Map<String, Object> model = Navigation.page(request, "devices");
        model.put("devices", scoped(scope).stream().sorted(BY_SITE_THEN_ID).toList());
        return model;
    }

    @HtmlScreen
    @View("devices/device")
    @Get("/{id}")
    @ScopeAware(id = ScopeAware.Id.device)
    public Map<String, Object> device(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String logSeverity,
                                      @Nullable @QueryValue String logQ, @QueryValue(defaultValue = "0") int logOffset) {
        MonitoredDevice device = devices.find(id).orElse(null);
        List<LatestReading> values = latest.ofDevice(id);
        if (device == null && values.isEmpty()) {
            throw new NotFoundException("device", id);
        }
        Duration staleAfter = device == null ? null : staleness.allowed(device);
        Asset asset = device == null || device.assetId() == null ? null : assets.find(device.assetId()).orElse(null);
        List<ReadingGroup> groups = ReadingGroup.of(values, staleAfter, clock.instant());
        Map<String, Object> model = Navigation.page(request, "devices");
        model.put("id", id);
        model.put("device", device);
        model.put("asset", asset);
        model.put("rack", asset == null || asset.rackId() == null ? null : locations.rack(asset.rackId()).orElse(null));
        model.put("groups", groups);
        model.put("series", groups.stream().flatMap(g -> g.rows().stream()).filter(ReadingGroup.Row::gauge).toList());
        model.put("alarms", alarms.list(new AlarmFilter(null, id, null, null, null), RELATED, 0));
        // Values the collector refused (wrong type, overflow, implausible for the unit), the rest stored
        model.put("refusals", refusals.ofDevice(id));
        // What the device sent by itself (traps, syslog, pushed events), newest first, filtered here
        DeviceLogSeverity severity = DeviceLogSeverity.parse(logSeverity);
        String text = logQ == null || logQ.isBlank() ? null : logQ.trim().substring(0, Math.min(200, logQ.trim().length()));
        int offset = Math.max(0, logOffset - logOffset % LOG_PAGE);
        DeviceLogPage log = deviceLog.find(new DeviceLogFilter(id, false, severity, text, null, null, null), LOG_PAGE, offset);
        model.put("log", log.entries());
        model.put("logCount", log.count());
        model.put("logSeverity", severity == null ? "" : severity.name());
        model.put("logQ", text == null ? "" : text);
        model.put("logSeverities", DeviceLogSeverity.values());
        model.put("logOlder", offset + LOG_PAGE < log.count() ? offset + LOG_PAGE : null);
        model.put("logNewer", offset > 0 ? offset - LOG_PAGE : null);
        model.put("incidents", incidents.ofDevice(id, RELATED));
        model.put("workOrders", asset == null ? List.of()
                : workOrders.ofAsset(asset.id(), RELATED));
        // The maintenance windows on the device or on what it hangs on, for the next four weeks
        // What it is reached through (its alarms are symptoms of theirs); the set-up changes it
        model.put("reachedThrough", reachedThrough.through(id));
        model.put("canSetReachedThrough", device != null && rules.mayChange(request, "Monitored devices"));
        model.put("windows", windows.occurrencesFor(id, clock.instant(), clock.instant().plus(java.time.Duration.ofDays(28)))
                .stream().limit(RELATED).toList());
        return model;
    }

    /** The devices a scope sees, cut in SQL as the API's list is (a limited account's, else every device). */
    static List<MonitoredDevice> scoped(MonitoredDevices devices, ScopedEquipment scoped, Scope scope) {
        if (!scope.limited()) {
            return devices.all();
        }
        return devices.findWithin(null, null, scope.siteIds(), scoped.deviceIdsOf(scope), 1000, 0).items();
    }

    private List<MonitoredDevice> scoped(Scope scope) {
        return scoped(devices, scoped, scope);
    }
}
