package vn.dcim.web.ui.device;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.site.SiteRepository;
import vn.dcim.web.api.device.DeviceTester;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.Navigation;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Monitoring set-up (issue 20): the devices the product reads and a form to add, change, test and
 * remove one. The form works through /api/devices (static/monitoring.js), so the screen and the API
 * refuse the same things in the same words.
 */
@Hidden
@Controller("/ui/monitoring")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MonitoringScreen {
    /** The asset list of the form is a choice, not a registry: a centre's devices hang on far fewer. */
    private static final int ASSET_CHOICES = 2000;

    private final MonitoredDeviceRepository devices;
    private final SiteRepository sites;
    private final AssetRepository assets;
    private final DeviceTester tester;
    private final AccessRules rules;

    MonitoringScreen(MonitoredDeviceRepository devices, SiteRepository sites, AssetRepository assets, DeviceTester tester,
                     AccessRules rules) {
        this.rules = rules;
        this.devices = devices;
        this.sites = sites;
        this.assets = assets;
        this.tester = tester;
    }

    @View("devices/monitoring")
    @Get
    public Map<String, Object> screen(HttpRequest<?> request) {
        Map<String, Object> model = Navigation.page(request, "monitoring");
        model.put("devices", StreamSupport.stream(devices.findAll().spliterator(), false)
                .sorted(Comparator.comparing(MonitoredDevice::siteId).thenComparing(MonitoredDevice::id)).toList());
        model.put("sites", StreamSupport.stream(sites.findAll().spliterator(), false).toList());
        model.put("assets", assets.findAllOrderById().stream().limit(ASSET_CHOICES).toList());
        // grouped under the product's own Vietnamese/English name of the equipment family; the MIB's wording marked English
        java.util.Map<String, java.util.List<DeviceTester.ProfileChoice>> families = new java.util.LinkedHashMap<>();
        tester.profileChoices().forEach(p -> families.computeIfAbsent(p.family(), f -> new java.util.ArrayList<>()).add(p));
        model.put("profileFamilies", families);
        // the shift and the auditor read the list; the form is for those whose changes the API takes
        model.put("canChange", SignedIn.of(request).map(a -> rules.api("Monitored devices")
                .map(g -> g.allows(a.getRoles(), true)).orElse(false)).orElse(false));
        return model;
    }
}
