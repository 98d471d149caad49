package vn.dcim.web.api.dashboard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.web.i18n.ShownModel;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.power.EnergyUsage;
import vn.dcim.core.power.PeriodPue;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.reactivestreams.Publisher;

/** The live state of a site on one screen for the operator on shift (Art. 30.8a). */
@Tag(name = "Dashboard", description = "A site's live state: power chain with values, cooling, rooms, doors, cameras, ISP links, alarms, PUE")
@Controller("/api/dashboard")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardController {
    private final SiteCockpit cockpit;
    private final DashboardStream stream;
    private final ShownModel shown;
    private final EnergyUsage energy;
    private final Clock clock;

    @Operation(summary = "A site's live state", description = "Values older than the device's polling interval times "
            + "dcim.alarm.stale-intervals are marked stale; each power element is also judged from its readings (said: "
            + "in words); outage: the grid-lost banner; PUE only from measured power, else the reason it is missing.")
    @vn.dcim.web.scope.ScopeAware(id = vn.dcim.web.scope.ScopeAware.Id.site, agencies = false)
    @Get("/sites/{id}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    CockpitView site(@PathVariable @Size(max = 64) String id, HttpRequest<?> request) {
        return cockpit.of(id, shown.of(request));
    }

    @Operation(summary = "A site's energy month by month", description = "PUE per ISO/IEC 30134-2 (facility energy ÷ IT "
            + "energy) of each month of the year up to this one and of the year so far, with its category by where the IT "
            + "energy is measured, and CUE (kgCO2/kWh, dcim.energy.grid-emission-factor); from energy counters where the "
            + "devices report kWh, else power integrated hour by hour; missing: why a period has no PUE.")
    @vn.dcim.web.scope.ScopeAware(id = vn.dcim.web.scope.ScopeAware.Id.site, agencies = false)
    @Get("/sites/{id}/energy{?year}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    EnergyTrend energy(@PathVariable @Size(max = 64) String id, @Nullable @QueryValue String year) {
        int y = year == null || year.isBlank() ? Year.now(clock).getValue() : parseYear(year);
        cockpit.requireSite(id);
        return new EnergyTrend(id, y, energy.months(id, y), energy.year(id, y));
    }

    private int parseYear(String year) {
        try {
            int y = Integer.parseInt(year.trim());
            if (y >= 2000 && y <= Year.now(clock).getValue()) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("year", "year is a year from 2000 to this one, such as 2026")
                .explained("error.energy.year", Year.now(clock).getValue());
    }

    /** The months of a year and the year so far (its energies' ratio, not the mean of the months'). */
    @Serdeable
    record EnergyTrend(String siteId, int year, List<PeriodPue> months, PeriodPue total) {
    }

    /** Server-sent events: "changed" with the ids of the devices whose readings or alarms just changed. */
    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @vn.dcim.web.scope.ScopeAware
    Publisher<Event<?>> stream(@Parameter(hidden = true) vn.dcim.core.scope.Scope scope) {
        return stream.events(scope);
    }
}
