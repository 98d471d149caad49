package vn.dcim.web.api.device;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.ReachedThrough;
import vn.dcim.web.security.SignedIn;

import java.util.List;

/**
 * What a monitored device is reached through: while one of those has an active
 * "unreachable" or "power lost" alarm, the device's own alarm of that kind is its symptom, grouped under
 * it and not notified on its own.
 */
@Tag(name = "Monitored devices")
@Controller("/api/devices/{id}/reached-through")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReachedThroughController {
    private final ReachedThrough reachedThrough;

    @Serdeable
    record Via(@NotNull @Size(max = ReachedThrough.MAX_VIA) List<@NotBlank @Size(max = 64) String> via) {
    }

    @Operation(summary = "The devices this one is reached through (a gateway, a switch, a remote site's router)")
    @Get
    Via get(@PathVariable String id) {
        return new Via(reachedThrough.of(id));
    }

    @Operation(summary = "Set the devices this one is reached through",
            description = "Replaces the list; an unknown device, the device itself or a loop answers 422 naming via.")
    @Put
    Via put(HttpRequest<?> request, @PathVariable String id, @Body @Valid Via body) {
        return new Via(reachedThrough.set(id, body.via(), SignedIn.name(request)));
    }
}
