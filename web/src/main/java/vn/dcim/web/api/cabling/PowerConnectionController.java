package vn.dcim.web.api.cabling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.cabling.PowerConnections;
import io.micronaut.http.HttpRequest;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetFilter;
import vn.dcim.core.asset.AssetRegistry;
import vn.dcim.core.db.Paged;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.api.Page;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedRecords;
import vn.dcim.core.power.PowerNodeKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Power to the outlet: which devices go dark or keep one feed when an element of the
 * power chain fails, which have no diverse power, and the racks' budgets of connected draws.
 */
@Tag(name = "Cabling")
@Controller("/api/power-connections")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PowerConnectionController {
    private final PowerConnections power;
    private final ScopedEquipment scoped;
    private final ScopedRecords records;
    private final AssetRegistry registry;

    @Serdeable
    record DeviceOutcomeView(CablingViews.AssetBrief device, PowerConnections.Outcome outcome, @Nullable Double batteryMinutes,
                             List<String> lostSupplies, List<String> batterySupplies, List<String> keptSupplies) {
    }

    @Serdeable
    record PathRiskView(NodeBrief element, PowerConnections.Outcome outcome, @Nullable Double batteryMinutes,
                        List<String> lostSupplies, List<String> batterySupplies) {
    }

    @Serdeable
    record NodeBrief(long id, String display, PowerNodeKind kind) {
    }

    @Serdeable
    record SingleFeedView(CablingViews.AssetBrief device, int supplies, List<String> pdus, List<NodeBrief> singlePoints) {
    }

    @Serdeable
    record RackBudgetView(long rackId, String display, int allocatedW, int devices, int unconnectedPowerPorts,
                          @Nullable BigDecimal budgetKw, @Nullable Integer percentOfBudget, int connectedOutlets,
                          int measuredOutlets, @Nullable Integer measuredW, @Nullable Instant measuredAt,
                          boolean estimated, int estimatedOutlets, int nominalVoltageOutlets) {
    }

    @Operation(summary = "What fails if this power-chain element fails, per device",
            description = "dark: every supply of the device is lost; on_battery: no supply keeps the grid, a UPS in "
                    + "its chain holds it for batteryMinutes (null: the UPS reports no runtime); one_feed: it survives on "
                    + "the supplies left on the grid; unaffected: none lost. Only devices with power ports connected to "
                    + "PDU outlets are listed.")
    @Get("/outage/{nodeId}")
    @ScopeAware
    List<DeviceOutcomeView> outage(@PathVariable long nodeId, @Parameter(hidden = true) Scope scope) {
        if (!records.powerNode(scope, nodeId)) {
            throw new NotFoundException("power node", nodeId);
        }
        // an agency learns what the failure does to its own equipment, not to the rest of the site
        return power.ifFails(nodeId).stream().filter(d -> scoped.asset(scope, d.device())).map(d -> new DeviceOutcomeView(CablingViews.AssetBrief.of(d.device()),
                d.outcome(), d.batteryMinutes(), d.lostSupplies(), d.batterySupplies(), d.keptSupplies())).toList();
    }

    @Operation(summary = "A server's what-if: what the failure of each element upstream of its supplies does to it",
            description = "Every PDU, UPS, ATS, generator and grid feed its connected power ports depend on, with the "
                    + "outcome of that element failing alone (dark, on_battery, one_feed, unaffected); the ones that "
                    + "darken it first, then nearest first. Empty when no power port of the asset is connected.")
    @Get("/assets/{assetId}/what-if")
    @ScopeAware
    List<PathRiskView> whatIf(@PathVariable long assetId) {
        return power.whatIf(assetId).stream().map(r -> new PathRiskView(new NodeBrief(r.node().id(), r.node().name(),
                r.node().kind()), r.outcome(), r.batteryMinutes(), r.lostSupplies(), r.batterySupplies())).toList();
    }

    @Operation(summary = "Single-feed report: devices whose supplies end on one PDU, one UPS or one feed",
            description = "singlePoints are the chain elements whose failure alone leaves the device dark, nearest first.")
    @Get("/single-feed{?site}")
    @ScopeAware
    List<SingleFeedView> singleFeed(@QueryValue @NotBlank @Size(max = 64) String site, @Parameter(hidden = true) Scope scope) {
        return power.singleFeeds(site).stream().filter(s -> scoped.asset(scope, s.device())).map(s -> new SingleFeedView(CablingViews.AssetBrief.of(s.device()),
                s.supplies(), s.pdus(), s.singlePoints().stream().map(n -> new NodeBrief(n.id(), n.name(), n.kind())).toList()))
                .toList();
    }

    @Operation(summary = "Rack power budget: the sum of the allocated draws of the power ports connected to outlets",
            description = "Beside it measuredW: the sum of the draws of the measuredOutlets of the connectedOutlets "
                    + "whose PDU reports per-outlet power (pdu.outlet.power) or only per-outlet current (pdu.outlet.current); "
                    + "null when none does. estimated is true when estimatedOutlets of them report only their current: "
                    + "their draw is estimated as current x voltage, the outlet's voltage reading, else the PDU's, else "
                    + "the nominal voltage (dcim.power.nominal-voltage) for nominalVoltageOutlets of them. measuredAt is "
                    + "the oldest of the readings summed.")
    @Get("/rack-budget{?roomId}")
    @ScopeAware
    List<RackBudgetView> rackBudget(@QueryValue @Positive long roomId, @Parameter(hidden = true) Scope scope) {
        return power.budgets(roomId).stream().filter(b -> scoped.rack(scope, b.rack())).map(b -> new RackBudgetView(b.rack().id(), b.rack().name(), b.allocatedW(),
                b.devices(), b.unconnectedPowerPorts(), b.budgetKw(),
                b.budgetKw() == null || b.budgetKw().signum() == 0 ? null
                        : (int) Math.round(100.0 * b.allocatedW() / (b.budgetKw().doubleValue() * 1000)),
                b.connectedOutlets(), b.measuredOutlets(), b.measuredW(), b.measuredAt(), b.estimated(),
                b.estimatedOutlets(), b.nominalVoltageOutlets())).toList();
    }

    @Serdeable
    record SupplyView(long portId, String display, @Nullable Long outletId, @Nullable String outlet,
                      @Nullable CablingViews.AssetBrief pdu, int allocatedW, @Nullable Integer measuredW,
                      @Nullable String basis, @Nullable Instant measuredAt) {
        static SupplyView of(PowerConnections.SupplyDraw d) {
            return new SupplyView(d.powerPort().id(), d.powerPort().name(), d.outlet() == null ? null : d.outlet().id(),
                    d.outlet() == null ? null : d.outlet().name(), d.pdu() == null ? null : CablingViews.AssetBrief.of(d.pdu()),
                    d.allocatedW(), d.measured() == null ? null : (int) Math.round(d.measured().watts()),
                    d.measured() == null ? null : d.measured().basis().name(), d.measured() == null ? null : d.measured().time());
        }
    }

    @Serdeable
    record EquipmentDrawView(CablingViews.AssetBrief equipment, String siteId, int allocatedW, @Nullable Integer measuredW,
                             List<SupplyView> supplies) {
    }

    @Operation(summary = "The power your equipment draws: each piece's supplies, the outlet and PDU each is plugged into, "
            + "its allocated and its measured draw",
            description = "For an agency's account its own equipment, for an account limited to sites theirs, for others "
                    + "everything (narrowed by site). Paged by equipment; measuredW sums the outlets that report (null: none "
                    + "does), basis says how an outlet's draw was read (measured, or estimated from current and voltage).")
    @Get("/draw{?site,limit,offset}")
    @ScopeAware
    Page<EquipmentDrawView> draw(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                                 @Nullable @QueryValue @Size(max = 64) String site,
                                 @QueryValue(defaultValue = "100") @Min(1) @Max(1000) int limit,
                                 @QueryValue(defaultValue = "0") @Min(0) int offset) {
        // the equipment is cut by the scope and paged in SQL; only the page's supplies are then read
        AssetFilter filter = scoped.assetsFilter(scope, new AssetFilter(null, null, null, site, null, null, null, null));
        Paged<Asset> page = registry.find(filter, limit, offset);
        var draws = power.drawOf(page.items());
        List<EquipmentDrawView> views = page.items().stream().map(a -> {
            List<PowerConnections.SupplyDraw> supplies = draws.getOrDefault(a.id(), List.of());
            int allocated = supplies.stream().mapToInt(PowerConnections.SupplyDraw::allocatedW).sum();
            boolean measured = supplies.stream().anyMatch(d -> d.measured() != null);
            Integer watts = measured ? (int) Math.round(supplies.stream().filter(d -> d.measured() != null)
                    .mapToDouble(d -> d.measured().watts()).sum()) : null;
            return new EquipmentDrawView(CablingViews.AssetBrief.of(a), a.siteId(), allocated, watts,
                    supplies.stream().map(SupplyView::of).toList());
        }).toList();
        return Page.of(request, page.count(), limit, offset, views);
    }
}
