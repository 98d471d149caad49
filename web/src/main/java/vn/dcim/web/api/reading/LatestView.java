package vn.dcim.web.api.reading;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One current value of a device; stale when the device stopped sending it (Art. 25.1). */
@Serdeable
record LatestView(String metric, String instance, @Nullable Double value, @Nullable String text, @Nullable String unit,
                  Instant ts, boolean stale) {
}
