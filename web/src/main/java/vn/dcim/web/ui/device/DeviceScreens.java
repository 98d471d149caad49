package vn.dcim.web.ui.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.ReachedThrough;
import vn.dcim.core.devicelog.DeviceLog;
import vn.dcim.core.devicelog.DeviceLogFilter;
import vn.dcim.core.devicelog.DeviceLogPage;
import vn.dcim.core.devicelog.DeviceLogSeverity;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;


/**
 * Each monitored device's page (the list is {@link DeviceListScreen}'s): every current value grouped by kind, a
 * history chart drawn by static/device-chart.js from /api/readings, and the device's alarms,
 * incidents, work orders and asset record one click away.
 */
@Hidden
@Controller("/ui/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceScreens {
    private static final int LOG_PAGE = 50;

    private final DeviceNow now;
    private final DeviceRecords records;
    private final DeviceLog deviceLog;
    private final ReachedThrough reachedThrough;
    private final AccessRules rules;

    @HtmlScreen
    @View("devices/device")
    @Get("/{id}")
    @ScopeAware(id = ScopeAware.Id.device)
    public DeviceViews.Device device(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String logSeverity,
                                     @Nullable @QueryValue String logQ, @QueryValue(defaultValue = "0") int logOffset) {
        DeviceViews.Now device = now.of(id);
        return new DeviceViews.Device(Navigation.frame(request, "devices"), device, records.of(id, device.asset()),
                log(id, logSeverity, logQ, logOffset),
                // what it is reached through (its alarms are symptoms of theirs); the set-up changes it
                reachedThrough.through(id), device.device() != null && rules.mayChange(request, "Monitored devices"));
    }

    /** What the device sent by itself (traps, syslog, pushed events), newest first, filtered here. */
    private DeviceViews.Log log(String id, @Nullable String logSeverity, @Nullable String logQ, int logOffset) {
        DeviceLogSeverity severity = DeviceLogSeverity.parse(logSeverity);
        String text = logQ == null || logQ.isBlank() ? null : logQ.trim().substring(0, Math.min(200, logQ.trim().length()));
        int offset = Math.max(0, logOffset - logOffset % LOG_PAGE);
        DeviceLogPage log = deviceLog.find(new DeviceLogFilter(id, false, severity, text, null, null, null), LOG_PAGE, offset);
        return new DeviceViews.Log(log.entries(), log.count(), severity == null ? "" : severity.name(),
                text == null ? "" : text, DeviceLogSeverity.values(),
                offset + LOG_PAGE < log.count() ? Long.valueOf(offset + LOG_PAGE) : null,
                offset > 0 ? Long.valueOf(offset - LOG_PAGE) : null);
    }
}
