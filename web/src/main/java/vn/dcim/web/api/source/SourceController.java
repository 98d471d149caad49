package vn.dcim.web.api.source;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.core.device.DiscoveredSources;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.api.Page;

/** The discovery inbox for scripts: vendor devices heard on the broker, and binding them to devices. */
@Controller("/api/sources")
@Tag(name = "Discovered sources", description = "Vendor MQTT devices heard but not bound to a monitored device yet, and their binding")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SourceController {
    private final DiscoveredSources sources;

    @Get("{?state,limit,offset}")
    @Operation(summary = "List discovered sources, most recently heard first",
            description = "state: unbound (default) or bound. Each has id, dialect, source (its id in that dialect), when first and last heard, "
                    + "the message count, the last message and the readings it would give.")
    Page<SourceView> list(HttpRequest<?> request, @QueryValue(defaultValue = "unbound") DiscoveredSource.State state,
                          @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit,
                          @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return Page.of(request, sources.count(state), limit, offset,
                sources.find(state, limit, offset).stream().map(SourceView::of).toList());
    }

    @Get("/{id}")
    @Operation(summary = "One discovered source")
    SourceView get(long id) {
        return SourceView.of(sources.byId(id).orElseThrow(() -> new NotFoundException("discovered source", id)));
    }

    @Post("/{id}/bind")
    @Operation(summary = "Bind a discovered source to a monitored device",
            description = "Creates the MQTT monitored device (deviceId on siteId, named name) when it does not exist, and places it "
                    + "in roomId, or in rackId (and the rack's room), when given. The source's next message is a reading of that device, "
                    + "with no restart. 404 unknown source, 409 bound to another device, 422 unknown site, room or rack, a room or "
                    + "rack of another site, a rack outside roomId, a device on another site or one placed by its asset.")
    SourceView bind(long id, @Valid @Body SourceBindCommand command) {
        return SourceView.of(sources.bind(id, command.deviceId(), command.siteId(), command.name(),
                command.roomId(), command.rackId()));
    }
}
