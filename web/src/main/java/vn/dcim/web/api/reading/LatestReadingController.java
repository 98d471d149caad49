package vn.dcim.web.api.reading;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Staleness;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.telemetry.LatestReadings;
import vn.dcim.web.scope.ScopeAware;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** A device's current values, each marked stale when it is older than the device is allowed to be silent. */
@Controller("/api")
@Tag(name = "Readings", description = "History of readings: charts at a chosen density, current values, CSV export")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LatestReadingController {
    private final MonitoredDevices devices;
    private final LatestReadings latest;
    private final Staleness staleness;
    private final Clock clock;

    @ScopeAware(id = ScopeAware.Id.device)
    @Get("/devices/{id}/readings/latest")
    @Operation(summary = "Every current value of a device",
            description = "With unit, state text, time and whether it is stale: older than the device's polling "
                    + "interval times dcim.alarm.stale-intervals; an MQTT device's, that many times its own longest silence "
                    + "of the last day (Art. 25.1, as the device-stale alarm counts).")
    List<LatestView> latest(@PathVariable String id) {
        var device = devices.find(id);
        var values = latest.ofDevice(id);
        if (device.isEmpty() && values.isEmpty()) {
            throw new NotFoundException("device", id);
        }
        Instant now = clock.instant();
        Duration allowed = device.map(staleness::allowed).orElse(null);
        return values.stream().map(v -> new LatestView(v.metric(), v.instance(), v.value(), v.text(), v.unit(), v.time(),
                allowed != null && Staleness.stale(v.time(), allowed, now))).toList();
    }
}
