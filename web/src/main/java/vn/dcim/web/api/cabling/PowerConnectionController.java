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
    List<DeviceOutcomeView> outage(@PathVariable long nodeId) {
        return power.ifFails(nodeId).stream().map(d -> new DeviceOutcomeView(CablingViews.AssetBrief.of(d.device()),
                d.outcome(), d.batteryMinutes(), d.lostSupplies(), d.batterySupplies(), d.keptSupplies())).toList();
    }

    @Operation(summary = "A server's what-if: what the failure of each element upstream of its supplies does to it",
            description = "Every PDU, UPS, ATS, generator and grid feed its connected power ports depend on, with the "
                    + "outcome of that element failing alone (dark, on_battery, one_feed, unaffected); the ones that "
                    + "darken it first, then nearest first. Empty when no power port of the asset is connected.")
    @Get("/assets/{assetId}/what-if")
    List<PathRiskView> whatIf(@PathVariable long assetId) {
        return power.whatIf(assetId).stream().map(r -> new PathRiskView(new NodeBrief(r.node().id(), r.node().name(),
                r.node().kind()), r.outcome(), r.batteryMinutes(), r.lostSupplies(), r.batterySupplies())).toList();
    }

    @Operation(summary = "Single-feed report: devices whose supplies end on one PDU, one UPS or one feed",
            description = "singlePoints are the chain elements whose failure alone leaves the device dark, nearest first.")
    @Get("/single-feed{?site}")
    List<SingleFeedView> singleFeed(@QueryValue @NotBlank @Size(max = 64) String site) {
        return power.singleFeeds(site).stream().map(s -> new SingleFeedView(CablingViews.AssetBrief.of(s.device()),
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
    List<RackBudgetView> rackBudget(@QueryValue @Positive long roomId) {
        return power.budgets(roomId).stream().map(b -> new RackBudgetView(b.rack().id(), b.rack().name(), b.allocatedW(),
                b.devices(), b.unconnectedPowerPorts(), b.budgetKw(),
                b.budgetKw() == null || b.budgetKw().signum() == 0 ? null
                        : (int) Math.round(100.0 * b.allocatedW() / (b.budgetKw().doubleValue() * 1000)),
                b.connectedOutlets(), b.measuredOutlets(), b.measuredW(), b.measuredAt(), b.estimated(),
                b.estimatedOutlets(), b.nominalVoltageOutlets())).toList();
    }
}
