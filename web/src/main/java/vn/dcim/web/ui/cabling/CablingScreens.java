package vn.dcim.web.ui.cabling;

import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Introspected;
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
import vn.dcim.core.asset.Asset;
import vn.dcim.core.cabling.CableType;
import vn.dcim.core.cabling.DeviceType;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.cabling.TraceHop;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.site.Site;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;
import vn.dcim.core.cabling.AssetPorts;
import vn.dcim.core.cabling.CablingChoices;

import java.util.List;

/**
 * The technicians' cabling screens: an asset's ports with the cable on each, connecting one
 * cable or a trunk, the CSV import, cable labels, the trace drawn as a path, and power to the outlet
 * (what goes dark if an element fails, the single-feed report).
 */
@Hidden
@Controller("/ui/cabling")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CablingScreens {
    private final CablingChoices choices;
    private final AssetPorts assetPorts;
    private final AccessRules access;
    private final Cabling cabling;
    private final ScopedEquipment scoped;

    /** The asset chosen on the ports page: its ports with their cables, what its power paths risk, its type's template. */
    @Introspected
    record Chosen(Asset asset, List<AssetPorts.PortRow> rows, List<PowerConnections.PathRisk> whatIf, @Nullable DeviceType template)
            implements ScreenView.Part {
        static Chosen of(AssetPorts.Ports p) {
            return new Chosen(p.asset(), p.rows(), p.whatIf(), p.template());
        }
    }

    /** The ports page: the pickers (equipment, types, cable types, power nodes, sites) and the chosen asset, if any. */
    @Introspected
    record PortsPage(Navigation.Frame frame, List<Asset> assets, List<DeviceType> types, CableType[] cableTypes, boolean canEdit,
                     List<PowerNode> powerNodes, List<Site> sites, @Nullable Chosen chosen) implements ScreenView {
    }

    /** A cable's path from a port, hop by hop. */
    @Introspected
    record TracePage(Navigation.Frame frame, List<TraceHop> hops, TraceHop start) implements ScreenView {
    }

    @HtmlScreen
    @View("cabling/ports")
    @Get("{?assetId}")
    @ScopeAware // the asset is checked by its id; the pickers are cut to the scope
    public PortsPage ports(HttpRequest<?> request, @Nullable @QueryValue Long assetId, Scope scope) {
        CablingChoices.Choices offered = choices.of(scope);
        return new PortsPage(Navigation.frame(request, "cabling"), offered.assets(), offered.types(), CableType.values(),
                // an agency reads its cabling; plugging in and out is the centre's, by an approved change
                access.mayChange(request, "Cabling") && !scope.byAgency(), offered.powerNodes(), offered.sites(),
                assetId == null ? null : Chosen.of(assetPorts.of(assetId)));
    }

    @HtmlScreen
    @View("cabling/trace")
    @Get("/trace/{portId}")
    @ScopeAware
    public TracePage trace(HttpRequest<?> request, @PathVariable long portId, Scope scope) {
        if (scope.limited() && !cabling.findPort(portId).map(p -> scoped.asset(scope, p.assetId())).orElse(false)) {
            throw new vn.dcim.core.error.NotFoundException("port", portId);
        }
        List<TraceHop> hops = cabling.trace(portId);
        return new TracePage(Navigation.frame(request, "cabling"), hops, hops.get(0));
    }
}
