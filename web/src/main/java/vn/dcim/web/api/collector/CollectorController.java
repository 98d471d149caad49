package vn.dcim.web.api.collector;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.collector.SiteCollectors;
import vn.dcim.web.security.SignedIn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which sites a remote collector polls: the devices of an assigned site are polled by that
 * collector only (the center's pollers skip them), and their settings reach it over the broker, sealed
 * with its own key. Changing it moves polling and secrets to another machine: the administrator's, audited.
 */
@Tag(name = "Remote collectors")
@Controller("/api/collectors")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CollectorController {
    /** As MQTT topics and key file names take it: no '/', '+', '#' or spaces. */
    static final String ID = "[a-z0-9][a-z0-9-]{0,63}";

    private final SiteCollectors collectors;

    /**
     * A collector, its sites, how many devices it polls, when its newest batch was stored (null: never),
     * and what that batch said of its disk buffer: batches still waiting there (a collector catching up
     * after a cut) and batches its size cap dropped since it started (readings lost).
     */
    @Serdeable
    public record CollectorView(String id, List<String> sites, int devices, @Nullable Instant lastBatchAt,
                                @Nullable Long buffered, @Nullable Long dropped) {
    }

    @Operation(summary = "Remote collectors with their sites, device counts and last batch received")
    @Get
    public List<CollectorView> list() {
        Map<String, List<String>> assigned = collectors.assignments();
        Map<String, SiteCollectors.LastBatch> last = collectors.lastBatches();
        Set<String> ids = new TreeSet<>(assigned.keySet());
        ids.addAll(last.keySet());
        Set<String> devices = collectors.collectorDevices();
        return ids.stream().map(id -> {
            SiteCollectors.LastBatch b = last.get(id);
            return new CollectorView(id, assigned.getOrDefault(id, List.of()), (int) devices.stream().filter(d -> d.startsWith(id + "/")).count(),
                    b == null ? null : b.at(), b == null ? null : b.buffered(), b == null ? null : b.dropped());
        }).toList();
    }

    @Operation(summary = "Assign a site to a remote collector", description = "Its devices are then polled by that collector "
            + "only; a site assigned to another collector moves")
    @Put("/{collectorId}/sites/{siteId}")
    @Status(HttpStatus.NO_CONTENT)
    public void assign(HttpRequest<?> request, @PathVariable @Pattern(regexp = ID) String collectorId, @PathVariable String siteId) {
        collectors.assign(siteId, collectorId, SignedIn.name(request));
    }

    @Operation(summary = "Give a site back to the center's pollers")
    @Delete("/{collectorId}/sites/{siteId}")
    @Status(HttpStatus.NO_CONTENT)
    public void unassign(HttpRequest<?> request, @PathVariable @Pattern(regexp = ID) String collectorId, @PathVariable String siteId) {
        collectors.unassign(siteId, collectorId, SignedIn.name(request));
    }
}
