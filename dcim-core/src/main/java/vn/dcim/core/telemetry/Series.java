package vn.dcim.core.telemetry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One measured quantity of one device: the key of its points and roll-ups (V66). */
@Serdeable
public record Series(int id, String deviceId, String metric, String instance, @Nullable String unit, String kind) {
    public static final String GAUGE = "gauge";
    public static final String STATE = "state";

    /** The three strings a reading names its series by. */
    record Key(String deviceId, String metric, String instance) {
        static Key of(Reading r) {
            return new Key(r.deviceId(), r.metric(), r.instance());
        }
    }
}
