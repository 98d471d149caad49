package vn.dcim.web.ui.registry;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.AssetStatus;
import vn.dcim.core.asset.AssetView;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.api.asset.AssetDetail;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

/** One asset's page: where it stands, its findings and book value, its monitored endpoints, ports and status history. */
@Hidden
@Controller("/ui")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AssetPageScreen {
    private final AssetRegistry registry;
    private final AssetStanding standing;
    private final MonitoredDevices devices;
    private final Cabling cabling;
    private final ScopedEquipment scoped;
    private final AccessRules access;

    @HtmlScreen
    @View("registry/asset")
    @Get("/assets/{id}")
    @ScopeAware(id = ScopeAware.Id.asset)
    public RegistryViews.Asset asset(HttpRequest<?> request, @PathVariable long id, Scope scope) {
        Asset asset = registry.get(id);
        return new RegistryViews.Asset(Navigation.frame(request, "assets"), AssetView.of(asset), standing.of(asset),
                // its monitored endpoints: the readings, charts and alarms of this equipment
                devices.ofAsset(id).stream().filter(d -> scoped.device(scope, d)).toList(),
                cabling.portsOf(id).size(),
                registry.history(id).stream().map(AssetDetail.StatusStep::of).toList(),
                AssetStatus.values(), access.mayChange(request, RegistryScreens.ASSETS) && !scope.byAgency());
    }
}
