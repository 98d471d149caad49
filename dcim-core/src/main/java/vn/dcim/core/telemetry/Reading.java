package vn.dcim.core.telemetry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One measured value, from SNMP or MQTT alike. {@code instance} tells phase, sensor or outlet apart
 * ("0" for a scalar). States carry their raw number in {@code value} and their meaning in {@code text}.
 */
@Serdeable
public record Reading(Instant time, String deviceId, String metric, String instance,
                      @Nullable Double value, @Nullable String text, @Nullable String unit) {

    public static Reading of(Instant time, String deviceId, String metric, String instance, double value, String unit) {
        return new Reading(time, deviceId, metric, instance, value, null, unit);
    }
}
