package vn.dcim.web.api.reading;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;
import vn.dcim.core.telemetry.TimeInState;
import vn.dcim.web.scope.ScopeAware;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The time a state series (a UPS on line or on battery, a generator running) spent in each state over a window. */
@Controller("/api")
@Tag(name = "Readings", description = "History of readings: charts at a chosen density, current values, CSV export")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TimeInStateController {
    private final SeriesCatalog catalog;
    private final TimeInState timeInState;
    private final Clock clock;

    @ScopeAware
    @Get("/readings/time-in-state{?device,metric,instance,from,to,maxGap}")
    @Operation(summary = "Time a state series spent in each state over a window",
            description = "E.g. a UPS on line / on battery, a generator running. Each point's state holds until the next "
                    + "point but at most `maxGap` after it; the rest of the window is reported as no data (text and value "
                    + "null). From the raw points (kept at least 183 days, Art. 30.7a); the part of the window older than the "
                    + "series' first raw point from the hourly time-in-state roll-ups (kept 5 years, whole hours, a 15-minute "
                    + "gap). The window ends now at the latest.")
    TimeInStateView timeInState(@Parameter(description = "device id") @Nullable @QueryValue String device,
                                @Parameter(description = "metric, e.g. ups.output.source") @Nullable @QueryValue String metric,
                                @Parameter(description = "phase, sensor or outlet; 0 for a scalar") @QueryValue(defaultValue = "0") String instance,
                                @Parameter(description = "start (ISO-8601); default: a day before `to`") @Nullable @QueryValue Instant from,
                                @Parameter(description = "end (ISO-8601); default and latest: now") @Nullable @QueryValue Instant to,
                                @Parameter(description = "longest a state holds without a new point, ISO-8601 (default PT15M)")
                                @QueryValue(defaultValue = "PT15M") String maxGap) {
        SeriesWindow.requireSeriesNamed(device, metric);
        Duration gap;
        try {
            gap = Duration.parse(maxGap);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("maxGap", "maxGap is an ISO-8601 duration such as PT15M").explained("error.reading.max-gap");
        }
        if (gap.compareTo(Duration.ofSeconds(1)) < 0 || gap.compareTo(Duration.ofDays(7)) > 0) {
            throw new InvalidInputException("maxGap", "maxGap is between 1 second and 7 days").explained("error.reading.max-gap-range");
        }
        Instant now = clock.instant();
        Instant end = to == null || to.isAfter(now) ? now : to;
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : from;
        SeriesWindow.check(start, end);
        Series series = catalog.find(device, metric, instance)
                .orElseThrow(() -> new NotFoundException("series", device + "/" + metric + "/" + instance));
        return new TimeInStateView(series, start, end, timeInState.of(series, start, end, gap));
    }

    @Serdeable
    record TimeInStateView(Series series, Instant from, Instant to, List<TimeInState.Share> states) {
    }

}
