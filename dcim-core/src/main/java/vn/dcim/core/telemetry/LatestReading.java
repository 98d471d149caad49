package vn.dcim.core.telemetry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record LatestReading(String deviceId, String metric, String instance, Instant time,
                            @Nullable Double value, @Nullable String text, @Nullable String unit) {
}
