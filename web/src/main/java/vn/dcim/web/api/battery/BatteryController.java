package vn.dcim.web.api.battery;

import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.battery.BatteryHealth;
import vn.dcim.core.battery.BatteryHealths;
import vn.dcim.core.maintenance.RunHourPlanner;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Battery health per UPS and the equipment due by run hours: what the planners of replacements and
 * services read (asset manager, supervisor, the crews). Only the battery's register is written here.
 */
// the UPSes, generators and cooling units are a site's infrastructure: staff limited to sites read their sites', an
// agency's account none
@ScopeAware(agencies = false)
@Tag(name = "Battery health")
@Controller("/api/capacity")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BatteryController {
    private final BatteryHealths healths;
    private final RunHourPlanner runHours;
    private final Clock clock;
    private final ScopedEquipment scoped;

    /** A battery's register as the asset manager writes it: install date, and the vendor's life in months. */
    @Serdeable
    public record BatteryRegister(@Nullable LocalDate installedOn, @Nullable @Min(1) @Max(360) Integer vendorLifeMonths) {
    }

    /** One piece of equipment against a run-hour plan. */
    @Serdeable
    public record RunHourView(long assetId, String equipment, String plan, String display, int everyRunHours, double hoursRun,
                              String countedSince, double hoursPerDay, @Nullable LocalDate dueOn) {
    }

    @Operation(summary = "Battery health of every UPS: install date and vendor life, the UPS's replace indicator and self-test, "
            + "each outage's observed runtime against the UPS's prediction (load-normalised), the runtime to expect now, "
            + "the replace-by day and why, and the replacement work order")
    @Get("/batteries")
    public Page<BatteryHealth> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        // the UPS register is short (a centre has a few): it is read whole and cut by the scope, as the rack register is
        List<BatteryHealth> all = healths.list().stream().filter(h -> scoped.asset(scope, h.assetId())).toList();
        return Page.of(request, all.size(), Math.max(1, all.size()), 0, all);
    }

    @Operation(summary = "Battery health of one UPS (by its asset id)")
    @Get("/batteries/{assetId}")
    public BatteryHealth one(@PathVariable long assetId) {
        return healths.of(assetId);
    }

    @Operation(summary = "Register a UPS's battery: install date (a new date is a new battery: its replacement order starts afresh) "
            + "and vendor life in months (asset manager)")
    @Put("/batteries/{assetId}")
    public BatteryHealth register(@PathVariable long assetId, @Valid @Body BatteryRegister body, HttpRequest<?> request) {
        return healths.register(assetId, body.installedOn(), body.vendorLifeMonths(), SignedIn.name(request));
    }

    @Operation(summary = "Generators and cooling units under plans due by run hours: hours run since the last service, "
            + "the recent pace in hours a day, and the due day once it falls within the plan's lead")
    @Get("/run-hours")
    public List<RunHourView> runHours(@Parameter(hidden = true) Scope scope) {
        return runHours.standings(clock.instant()).stream().filter(s -> scoped.asset(scope, s.assetId())).map(s -> new RunHourView(s.assetId(), s.equipment(), s.plan().code(),
                s.plan().name(), s.plan().everyRunHours(), Math.round(s.hoursRun() * 10) / 10.0, s.since().toString(),
                Math.round(s.hoursPerDay() * 100) / 100.0, s.dueOn().orElse(null))).toList();
    }
}
