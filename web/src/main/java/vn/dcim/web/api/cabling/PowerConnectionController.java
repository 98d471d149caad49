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
import vn.dcim.core.cabling.PowerConnections;
import vn.dcim.core.power.PowerNodeKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * Power to the outlet (issue 37 §2): which devices go dark or keep one feed when an element of the
 * power chain fails, which have no diverse power, and the racks' budgets of connected draws.
 */
@Tag(name = "Cabling")
@Controller("/api/power-connections")
@ExecuteOn(TaskExecutors.BLOCKING)
class PowerConnectionController {
    private final PowerConnections power;

    PowerConnectionController(PowerConnections power) {
        this.power = power;
    }

    @Serdeable
    record DeviceOutcomeView(CablingViews.AssetBrief device, PowerConnections.Outcome outcome, List<String> lostSupplies,
                             List<String> keptSupplies) {
    }

    @Serdeable
    record NodeBrief(long id, String display, PowerNodeKind kind) {
    }

    @Serdeable
    record SingleFeedView(CablingViews.AssetBrief device, int supplies, List<String> pdus, List<NodeBrief> singlePoints) {
    }

    @Serdeable
    record RackBudgetView(long rackId, String display, int allocatedW, int devices, int unconnectedPowerPorts,
                          @Nullable BigDecimal budgetKw, @Nullable Integer percentOfBudget) {
    }

    @Operation(summary = "What fails if this power-chain element fails, per device",
            description = "dark: every supply of the device is lost; one_feed: it survives on the supplies left; "
                    + "unaffected: none lost. Only devices with power ports connected to PDU outlets are listed.")
    @Get("/outage/{nodeId}")
    List<DeviceOutcomeView> outage(@PathVariable long nodeId) {
        return power.ifFails(nodeId).stream().map(d -> new DeviceOutcomeView(CablingViews.AssetBrief.of(d.device()),
                d.outcome(), d.lostSupplies(), d.keptSupplies())).toList();
    }

    @Operation(summary = "Single-feed report: devices whose supplies end on one PDU, one UPS or one feed",
            description = "singlePoints are the chain elements whose failure alone leaves the device dark, nearest first.")
    @Get("/single-feed{?site}")
    List<SingleFeedView> singleFeed(@QueryValue @NotBlank @Size(max = 64) String site) {
        return power.singleFeeds(site).stream().map(s -> new SingleFeedView(CablingViews.AssetBrief.of(s.device()),
                s.supplies(), s.pdus(), s.singlePoints().stream().map(n -> new NodeBrief(n.id(), n.name(), n.kind())).toList()))
                .toList();
    }

    @Operation(summary = "Rack power budget: the sum of the allocated draws of the power ports connected to outlets")
    @Get("/rack-budget{?roomId}")
    List<RackBudgetView> rackBudget(@QueryValue @Positive long roomId) {
        return power.budgets(roomId).stream().map(b -> new RackBudgetView(b.rack().id(), b.rack().name(), b.allocatedW(),
                b.devices(), b.unconnectedPowerPorts(), b.budgetKw(),
                b.budgetKw() == null || b.budgetKw().signum() == 0 ? null
                        : (int) Math.round(100.0 * b.allocatedW() / (b.budgetKw().doubleValue() * 1000)))).toList();
    }
}
