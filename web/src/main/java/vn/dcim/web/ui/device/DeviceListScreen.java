package vn.dcim.web.ui.device;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.Comparator;
import java.util.List;

/** The monitored devices a reader's scope lets them see, by site. */
@Hidden
@Controller("/ui/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeviceListScreen {
    /** How both device screens (the list and the monitoring set-up) order devices, so one is found in the same place on each. */
    static final Comparator<MonitoredDevice> BY_SITE_THEN_ID = Comparator.comparing(MonitoredDevice::siteId).thenComparing(MonitoredDevice::id);

    private final MonitoredDevices devices;
    private final ScopedEquipment scoped;

    @HtmlScreen
    @View("devices/list")
    @Get
    @ScopeAware
    public DeviceViews.Devices list(HttpRequest<?> request, Scope scope) {
        return new DeviceViews.Devices(Navigation.frame(request, "devices"),
                scoped(devices, scoped, scope).stream().sorted(BY_SITE_THEN_ID).toList());
    }

    /** The devices a scope sees, cut in SQL as the API's list is (a limited account's, else every device). */
    static List<MonitoredDevice> scoped(MonitoredDevices devices, ScopedEquipment scoped, Scope scope) {
        if (!scope.limited()) {
            return devices.all();
        }
        return devices.findWithin(null, null, scope.siteIds(), scoped.deviceIdsOf(scope), 1000, 0).items();
    }
}
