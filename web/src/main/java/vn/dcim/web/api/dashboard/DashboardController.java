package vn.dcim.web.api.dashboard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import vn.dcim.web.i18n.ShownModel;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.reactivestreams.Publisher;

/** The live state of a site on one screen for the operator on shift (Art. 30.8a). */
@Tag(name = "Dashboard", description = "A site's live state: power chain with values, cooling, rooms, doors, cameras, ISP links, alarms, PUE")
@Controller("/api/dashboard")
class DashboardController {
    private final SiteCockpit cockpit;
    private final DashboardStream stream;
    private final ShownModel shown;

    DashboardController(SiteCockpit cockpit, DashboardStream stream, ShownModel shown) {
        this.shown = shown;
        this.cockpit = cockpit;
        this.stream = stream;
    }

    @Operation(summary = "A site's live state", description = "Values older than the device's polling interval times "
            + "dcim.alarm.stale-intervals are marked stale; each power element is also judged from its readings (said: "
            + "in words); outage: the grid-lost banner; PUE only from measured power, else the reason it is missing.")
    @Get("/sites/{id}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    CockpitView site(@PathVariable @Size(max = 64) String id, HttpRequest<?> request) {
        return cockpit.of(id, shown.of(request));
    }

    /** Server-sent events: "changed" with the ids of the devices whose readings or alarms just changed. */
    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<?>> stream() {
        return stream.events();
    }
}
