package vn.dcim.mqtt.dialect;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A reading a dialect made of a message: a metric of docs/metrics.md, its instance, value or text, unit and time. */
public record DialectReading(String metric, String instance, @Nullable Double value, @Nullable String text,
                             @Nullable String unit, Instant ts) {
}
