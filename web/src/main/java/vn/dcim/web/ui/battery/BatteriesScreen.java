package vn.dcim.web.ui.battery;

import java.util.List;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.battery.BatteryHealth;
import vn.dcim.core.battery.BatteryHealths;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.maintenance.RunHourPlanner;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenForms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Batteries and run hours, the planners' screen (asset manager, supervisor, crews): each UPS's battery
 * with its outages, health, the runtime to expect now and its replace-by day and order; the generators
 * and cooling units under plans due by run hours. The asset manager keeps the battery's register here.
 */
@Hidden
// the UPSes and the run-hour plans are a site's infrastructure: staff limited to sites see theirs, an agency none
@ScopeAware(agencies = false)
@Controller("/ui/batteries")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BatteriesScreen {
    private static final Set<String> FIELDS = Set.of("installedOn", "vendorLifeMonths");

    private final BatteryHealths healths;
    private final RunHourPlanner runHours;
    private final AccessRules rules;
    private final Clock clock;
    private final ScopedEquipment scoped;

    /** The batteries' health and the run hours of the machines, each with its due date, and the form for those who may change them. */
    @Introspected
    record Page(Navigation.Frame frame, List<BatteryRow> batteries, List<RunHourRow> runHours, LocalDate today, String refused,
                boolean canChange) implements ScreenView {
    }
    @HtmlScreen
    @View("batteries/list")
    @Get
    public Page list(HttpRequest<?> request, @Nullable @QueryValue String refused, Scope scope) {
        return new Page(Navigation.frame(request, "batteries"),
                // a short register (a few UPSes, generators, cooling units), read whole and cut by the scope
                healths.list().stream().filter(h -> scoped.asset(scope, h.assetId())).map(BatteryRow::of).toList(),
                runHours.standings(clock.instant()).stream().filter(s -> scoped.asset(scope, s.assetId())).map(RunHourRow::of).toList(),
                LocalDate.now(clock), ScreenForms.refused(refused, FIELDS), rules.mayChange(request, "Battery health"));
    }

    /** One UPS as the screen shows it: the numbers rounded as a person reads them (percent, tenths of a minute). */
    public record BatteryRow(BatteryHealth h, @Nullable Long healthPercent, @Nullable Double trendPercentPerYear,
                             @Nullable Double expectedMinutes, @Nullable Long loadPercent) {
        static BatteryRow of(BatteryHealth h) {
            return new BatteryRow(h, h.health() == null ? null : Math.round(h.health() * 100),
                    h.healthPerYear() == null ? null : Math.round(h.healthPerYear() * 1000) / 10.0,
                    h.expectedRuntimeMinutes() == null ? null : Math.round(h.expectedRuntimeMinutes() * 10) / 10.0,
                    h.loadPercent() == null ? null : Math.round(h.loadPercent()));
        }
    }

    /** One piece of equipment under a run-hour plan, hours to the tenth. */
    public record RunHourRow(RunHourPlanner.Standing s, double hoursRun, double hoursPerDay, @Nullable LocalDate dueOn) {
        static RunHourRow of(RunHourPlanner.Standing s) {
            return new RunHourRow(s, Math.round(s.hoursRun() * 10) / 10.0, Math.round(s.hoursPerDay() * 10) / 10.0,
                    s.dueOn().orElse(null));
        }
    }

    /** The asset manager's form: the install date (a new one is a new battery) and the vendor life in months. */
    @Post(value = "/{assetId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> register(@PathVariable long assetId, @Body Map<String, String> form, HttpRequest<?> request) {
        return ScreenForms.submitted(() -> {
            healths.register(assetId, field(form, "installedOn", LocalDate::parse, "a date"),
                    field(form, "vendorLifeMonths", Integer::valueOf, "a number of months"), SignedIn.name(request));
            return "/ui/batteries#ups-" + assetId;
        }, "/ui/batteries", "#ups-" + assetId);
    }

    /** A form field as its value, or none when left blank; one the parser cannot read is refused in the field's words. */
    @Nullable
    private static <T> T field(Map<String, String> form, String name, Function<String, T> parser, String expected) {
        String value = form.get(name);
        try {
            return value == null || value.isBlank() ? null : parser.apply(value.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidInputException(name, expected).explained("battery.refused." + name);
        }
    }
}
