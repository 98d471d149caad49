package vn.dcim.web.api.deadletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.mqtt.deadletter.DeadLetterCounter;
import vn.dcim.core.deadletter.DeadLetterReason;
import vn.dcim.core.deadletter.DeadLetterStore;
import vn.dcim.web.api.Page;

import java.util.LinkedHashMap;
import java.util.Map;

@Controller("/api/dead-letters")
@Tag(name = "dead-letters", description = "MQTT messages the bridge refused, with the reason")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeadLetterController {
    private final DeadLetterStore store;
    private final DeadLetterCounter counter;

    @Get("{?reason,limit,offset}")
    @Operation(summary = "List refused MQTT messages, newest first",
            description = "Reasons: topic (outside dcim/{site}/{kind}/{deviceId}/{channel}), not_json, schema, unknown_device, time (device time before 2000 or too far ahead).")
    Page<DeadLetterView> list(HttpRequest<?> request,
                              @Parameter(description = "topic, not_json, schema, unknown_device or time") @Nullable @QueryValue DeadLetterReason reason,
                              @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit,
                              @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return Page.of(request, store.count(reason), limit, offset,
                store.find(reason, limit, offset).stream().map(DeadLetterView::of).toList());
    }

    @Get("/counts")
    @Operation(summary = "Refused MQTT messages per reason", description = "Stored in the table, and counted by this instance since it started.")
    DeadLetterCountsView counts() {
        Map<String, Long> stored = new LinkedHashMap<>();
        Map<String, Long> sinceStart = new LinkedHashMap<>();
        long total = 0;
        for (DeadLetterReason r : DeadLetterReason.values()) {
            long n = store.count(r);
            stored.put(r.name(), n);
            total += n;
        }
        counter.snapshot().forEach((r, n) -> sinceStart.put(r.name(), n));
        return new DeadLetterCountsView(total, stored, sinceStart);
    }
}
