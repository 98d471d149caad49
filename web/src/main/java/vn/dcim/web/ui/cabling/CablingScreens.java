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
import vn.dcim.core.site.LocationRegistry;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.cabling.Cable;
import vn.dcim.core.cabling.CableType;
import vn.dcim.core.cabling.DeviceType;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.DeviceTypes;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.cabling.TraceHop;
import vn.dcim.core.power.PowerChains;
import vn.dcim.core.power.PowerNode;
import vn.dcim.core.site.Site;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private final LocationRegistry locations;
    private final AssetRegistry assets;
    private final Cabling cabling;
    private final DeviceTypes types;
    private final PowerChains chains;
    private final AccessRules access;
    private final PowerConnections power;
    private final ScopedEquipment scoped;

    /** One row of the ports table: the port, its cable and what is at the far end. */
    public record PortRow(Port port, @Nullable Cable cable, @Nullable Port peer, @Nullable Asset peerAsset) {
    }

    /** The asset chosen on the ports page: its ports with their cables, what its power paths risk, its type's template. */
    @Introspected
    record Chosen(Asset asset, List<PortRow> rows, List<PowerConnections.PathRisk> whatIf, @Nullable DeviceType template)
            implements ScreenView.Part {
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
        List<Asset> all = (scope.limited() ? assets.find(scoped.assetsFilter(scope, vn.dcim.core.asset.AssetFilter.ALL)) : assets.all())
                .stream().sorted(Comparator.comparing(Asset::name)).toList();
        List<PowerNode> nodes = new ArrayList<>();
        List<Site> sites = locations.sites().stream().filter(s -> !scope.byAgency() && scope.admitsSite(s.id())).toList();
        sites.forEach(s -> nodes.addAll(chains.of(s.id()).nodes()));
        return new PortsPage(Navigation.frame(request, "cabling"), all, types.all(), CableType.values(),
                // an agency reads its cabling; plugging in and out is the centre's, by an approved change
                access.mayChange(request, "Cabling") && !scope.byAgency(), nodes, sites,
                assetId == null ? null : chosen(assetId));
    }

    private Chosen chosen(long assetId) {
        Asset asset = cabling.asset(assetId);
        List<Port> ports = cabling.portsOf(assetId);
        Map<Long, Cable> cables = cabling.cablesOn(ports);
        Map<Long, Asset> cache = new HashMap<>();
        List<PortRow> rows = new ArrayList<>();
        for (Port p : ports) {
            Port peer = cables.containsKey(p.id()) ? cabling.peer(p).orElse(null) : null;
            rows.add(new PortRow(p, cables.get(p.id()), peer, peer == null ? null : cache.computeIfAbsent(peer.assetId(), cabling::asset)));
        }
        return new Chosen(asset, rows, power.whatIf(assetId), types.forModel(asset.vendor(), asset.model()).orElse(null));
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
