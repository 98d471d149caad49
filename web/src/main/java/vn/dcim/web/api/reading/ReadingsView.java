package vn.dcim.web.api.reading;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.Series;

import java.time.Instant;
import java.util.List;

/** A window of one series as the API returns it. */
@Serdeable
record ReadingsView(Series series, String resolution, List<PointView> points) {

    @Serdeable
    record PointView(Instant ts, @Nullable Double value, @Nullable Double min, @Nullable Double max,
                     @Nullable String text, long count) {
    }

    static ReadingsView of(Series series, ReadingHistory.Window window) {
        return new ReadingsView(series, window.resolution().label(), window.points().stream()
                .map(p -> new PointView(p.ts(), p.value(), p.min(), p.max(), p.text(), p.count())).toList());
    }
}
