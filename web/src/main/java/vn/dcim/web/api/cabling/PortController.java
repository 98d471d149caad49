package vn.dcim.web.api.cabling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.cabling.Cable;
import vn.dcim.core.cabling.CableType;
import vn.dcim.core.cabling.Cabling;
import vn.dcim.core.cabling.DeviceType;
import vn.dcim.core.cabling.DeviceTypes;
import vn.dcim.core.cabling.FarEnds;
import vn.dcim.core.cabling.Port;
import vn.dcim.core.cabling.PortKind;
import vn.dcim.core.cabling.TraceHop;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.SignedIn;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ports of an asset (made from its model's template) and the trace of a link from any of them. */
@Tag(name = "Cabling")
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PortController {
    private final Cabling cabling;
    private final DeviceTypes types;
    private final FarEnds farEnds;
    private final Texts texts;
    private final ScopedEquipment scoped;

    @Serdeable
    record DeviceTypeView(String slug, String display, String manufacturer, String model, Map<String, Long> ports) {
    }

    @Serdeable
    record FromTemplateCommand(@NotNull @Positive Long assetId, @Nullable @Size(max = 100) String template) {
    }

    @Operation(summary = "The device types shipped as templates (NetBox device-type style) with their port counts by kind")
    @ScopeAware // the shipped templates: nobody's equipment
    @Get("/device-types")
    List<DeviceTypeView> deviceTypes() {
        return types.all().stream().map(t -> new DeviceTypeView(t.slug(), t.manufacturer() + " " + t.model(), t.manufacturer(),
                t.model(), count(t))).toList();
    }

    private static Map<String, Long> count(DeviceType t) {
        Map<String, Long> n = new java.util.LinkedHashMap<>();
        t.ports().forEach(p -> n.merge(p.kind().code(), 1L, Long::sum));
        return n;
    }

    @Operation(summary = "An asset's ports with the cable on each")
    @ScopeAware // the asset is checked by its id
    @Get("/ports{?assetId}")
    List<CablingViews.PortView> ports(@QueryValue @Positive long assetId) {
        List<Port> ports = cabling.portsOf(assetId);
        Map<Long, Cable> cables = cabling.cablesOn(ports);
        return ports.stream().map(p -> CablingViews.PortView.of(p, cables.get(p.id()))).toList();
    }

    @Operation(summary = "Create an asset's ports from a device type",
            description = "template = a device type's slug; without it, the type whose manufacturer and model are the "
                    + "asset's vendor and model. An asset with ports already is refused (409).")
    @Post("/ports/from-template")
    @Status(HttpStatus.CREATED)
    @ScopeAware(agencies = false)
    List<CablingViews.PortView> fromTemplate(HttpRequest<?> request, @Valid @Body FromTemplateCommand c,
                                             @Parameter(hidden = true) Scope scope) {
        if (!scoped.asset(scope, c.assetId())) {
            throw new NotFoundException("asset", c.assetId());
        }
        return cabling.createFromTemplate(c.assetId(), c.template(), SignedIn.name(request)).stream()
                .map(p -> CablingViews.PortView.of(p, null)).toList();
    }

    @Serdeable
    record FarEndAssetView(long id, String display, @Nullable String labelCode, @Nullable Long rackId, int freePorts,
                           boolean sameRack) {
    }

    @Serdeable
    record FarEndsView(CablingViews.PortBrief port, @Nullable Long suggested, List<FarEndAssetView> assets) {
    }

    @Serdeable
    record FreePortView(long id, String display, String name, String kind, @Nullable String type, CableType cableType) {
    }

    @Operation(summary = "Where a new cable from this port can go: equipment of its site with free ports it can join",
            description = "Power ports join outlets; interfaces and consoles join their own kind or patch-panel ports; "
                    + "panel ports join any data port. Likeliest first: same rack, then same room; for a power supply a "
                    + "PDU not already feeding the device; for an interface a patch panel, then a switch; for a panel port "
                    + "a switch. suggested is the first, null when none is free.")
    @ScopeAware(id = ScopeAware.Id.port, agencies = false)
    @Get("/ports/{id}/far-ends")
    FarEndsView farEnds(@PathVariable long id) {
        FarEnds.Choices c = farEnds.of(id);
        List<FarEndAssetView> assets = c.assets().stream().map(a -> new FarEndAssetView(a.assetId(), a.name(), a.labelCode(),
                a.rackId(), a.freePorts(), a.sameRack())).toList();
        return new FarEndsView(CablingViews.PortBrief.of(c.near(), c.nearAsset()), assets.isEmpty() ? null : assets.get(0).id(), assets);
    }

    @Operation(summary = "The free ports of one piece of equipment that a cable from this port can take",
            description = "In port order, a panel's front port whose rear is cabled first; display says front or rear on a "
                    + "panel's ports; cableType is the cable usually taken for the pair.")
    @ScopeAware(id = ScopeAware.Id.port, agencies = false)
    @Get("/ports/{id}/far-ends/{assetId}")
    List<FreePortView> farPorts(HttpRequest<?> request, @PathVariable long id, @PathVariable long assetId) {
        return farEnds.portsOf(id, assetId).stream().map(f -> new FreePortView(f.port().id(), sided(request, f.port()),
                f.port().name(), f.port().kind().code(), f.port().type(), f.cableType())).toList();
    }

    /** "7 (mặt trước)": a panel's front and rear ports share their numbers, so the side is said. */
    private String sided(HttpRequest<?> request, Port p) {
        return p.kind().passThrough() ? texts.get(request, "cab.sided." + p.kind().code(), p.name() + " (" + p.kind().code() + ")", p.name())
                : p.name();
    }

    @Operation(summary = "Trace a link from a port through patch panels to its far end",
            description = "Each hop is a port, the cable on it and the port at the cable's far end; a front port of a "
                    + "patch panel continues at its rear port, a rear port at the front port of the same position.")
    @ScopeAware(id = ScopeAware.Id.port)
    @Get("/ports/{id}/trace")
    CablingViews.TraceView trace(@PathVariable long id) {
        List<TraceHop> hops = cabling.trace(id);
        List<CablingViews.HopView> views = hops.stream().map(CablingViews.HopView::of).toList();
        TraceHop last = hops.get(hops.size() - 1);
        List<String> panels = new ArrayList<>();
        for (TraceHop h : hops) {
            if (h.far() != null && (h.far().kind() == PortKind.front || h.far().kind() == PortKind.rear)
                    && !panels.contains(h.farAsset().name())) {
                panels.add(h.farAsset().name());
            }
        }
        return new CablingViews.TraceView(CablingViews.PortBrief.of(hops.get(0).near(), hops.get(0).nearAsset()),
                CablingViews.PortBrief.of(last.far(), last.farAsset()), views, panels);
    }
}
