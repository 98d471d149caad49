package vn.dcim.web.ui.device;

import java.util.List;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.site.Site;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.AssetFilter;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.web.api.device.DeviceTester;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.util.Map;

/**
 * Monitoring set-up: the devices the product reads and a form to add, change, test and
 * remove one. The form works through /api/devices (static/monitoring.js), so the screen and the API
 * refuse the same things in the same words.
 */
@Hidden
@Controller("/ui/monitoring")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MonitoringScreen {
    /** The asset list of the form is a choice, not a registry: a centre's devices hang on far fewer. */
    private static final int ASSET_CHOICES = 2000;

    private final AssetRegistry assets;
    private final LocationRegistry locations;
    private final MonitoredDevices devices;
    private final DeviceTester tester;
    private final AccessRules rules;
    private final ScopedEquipment scoped;

    /** The monitored devices and the set-up form's choices: sites, equipment and the device profiles by family. */
    @Introspected
    record Page(Navigation.Frame frame, List<MonitoredDevice> devices, List<Site> sites, List<Asset> assets,
                Map<String, List<DeviceTester.ProfileChoice>> profileFamilies, boolean canChange) implements ScreenView {
    }
    @HtmlScreen
    @View("devices/monitoring")
    @Get
    @ScopeAware(agencies = false) // the set-up of a site's monitoring: its staff, not an agency
    public Page screen(HttpRequest<?> request, Scope scope) {
        // grouped under the product's own Vietnamese/English name of the equipment family; the MIB's wording marked English
        java.util.Map<String, java.util.List<DeviceTester.ProfileChoice>> families = new java.util.LinkedHashMap<>();
        tester.profileChoices().forEach(p -> families.computeIfAbsent(p.family(), f -> new java.util.ArrayList<>()).add(p));
        return new Page(Navigation.frame(request, "monitoring"),
                DeviceListScreen.scoped(devices, scoped, scope).stream().sorted(DeviceListScreen.BY_SITE_THEN_ID).toList(),
                locations.sites().stream().filter(s -> scope.admitsSite(s.id())).toList(),
                assets.find(scoped.assetsFilter(scope, AssetFilter.ALL), ASSET_CHOICES, 0).items(), families,
                // the shift and the auditor read the list; the form is for those whose changes the API takes
                rules.mayChange(request, "Monitored devices"));
    }
}
