package vn.dcim.web.api.reading;

import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Staleness;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.telemetry.LatestReadings;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;
import vn.dcim.core.telemetry.TimeInState;
import vn.dcim.web.i18n.Texts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The history of readings read back: a window of one series at the finest resolution that fits a
 * chart, the series that exist, a device's current values, and a CSV of a window for an
 * auditor (Art. 30.7a keeps the data; this is how it is shown).
 */
@Controller("/api")
@Tag(name = "Readings", description = "History of readings: charts at a chosen density, current values, CSV export")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReadingController {
    /** Ten years: the daily roll-ups are kept for ever, but a window needs a bound. */
    static final Duration MAX_WINDOW = Duration.ofDays(3660);
    static final int MAX_POINTS = 10_000;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MonitoredDevices devices;
    private final SeriesCatalog catalog;
    private final ReadingHistory history;
    private final LatestReadings latest;
    private final Clock clock;
    private final Staleness staleness;
    private final TimeInState timeInState;
    private final Texts texts;
    private final ScopedEquipment scoped;

    @ScopeAware
    @Get(uri = "/readings{?device,metric,instance,from,to,points,format}", produces = {MediaType.APPLICATION_JSON, "text/csv", ReadingController.XLSX})
    @Operation(summary = "Readings of one series over a window",
            description = "The finest resolution (raw, 5m, 1h, 1d) that returns at most `points` points. A raw point has "
                    + "min = max = value; a roll-up point is its bucket's average with its min and max (a state's value is "
                    + "its last one, with its text). format=csv or xlsx gives the same points as a file for an auditor.")
    HttpResponse<?> readings(@Parameter(description = "device id, e.g. ups-1") @Nullable @QueryValue String device,
                             @Parameter(description = "metric, e.g. ups.output.load") @Nullable @QueryValue String metric,
                             @Parameter(description = "phase, sensor or outlet; 0 for a scalar") @QueryValue(defaultValue = "0") String instance,
                             @Parameter(description = "start (inclusive, ISO-8601); default: a day before `to`") @Nullable @QueryValue Instant from,
                             @Parameter(description = "end (exclusive, ISO-8601); default: now") @Nullable @QueryValue Instant to,
                             @Parameter(description = "most points wanted, 1 to 10000") @QueryValue(defaultValue = "600") int points,
                             @Parameter(description = "json (default), csv or xlsx") @QueryValue(defaultValue = "json") String format,
                             HttpRequest<?> request) {
        requireSeriesNamed(device, metric);
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : from;
        checkWindow(start, end);
        if (points < 1 || points > MAX_POINTS) {
            throw new InvalidInputException("points", "points is between 1 and " + MAX_POINTS).explained("error.reading.points", MAX_POINTS);
        }
        if (!format.equals("json") && !format.equals("csv") && !format.equals("xlsx")) {
            throw new InvalidInputException("format", "format is json, csv or xlsx").explained("error.reading.format");
        }
        Series series = catalog.find(device, metric, instance)
                .orElseThrow(() -> new NotFoundException("series", device + "/" + metric + "/" + instance));
        ReadingHistory.Window window = history.read(series, start, end, points);
        ReadingsView view = ReadingsView.of(series, window);
        if (!format.equals("json")) {
            String name = ("readings-" + device + "-" + metric + "-" + instance).replaceAll("[^A-Za-z0-9._-]", "_") + "." + format;
            return HttpResponse.ok(format.equals("csv") ? ReadingsCsv.of(view)
                            : ReadingsXlsx.of(view, devices.find(device).map(d -> d.name()).orElse(device), texts, texts.locale(request), clock))
                    .contentType(format.equals("csv") ? "text/csv; charset=UTF-8" : XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        }
        return HttpResponse.ok(view).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

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
        requireSeriesNamed(device, metric);
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
        checkWindow(start, end);
        Series series = catalog.find(device, metric, instance)
                .orElseThrow(() -> new NotFoundException("series", device + "/" + metric + "/" + instance));
        return new TimeInStateView(series, start, end, timeInState.of(series, start, end, gap));
    }

    @Serdeable
    record TimeInStateView(Series series, Instant from, Instant to, List<TimeInState.Share> states) {
    }

    private static void requireSeriesNamed(@Nullable String device, @Nullable String metric) {
        if (device == null || device.isBlank()) {
            throw new InvalidInputException("device", "a device id is required").explained("error.reading.device");
        }
        if (metric == null || metric.isBlank()) {
            throw new InvalidInputException("metric", "a metric is required").explained("error.reading.metric");
        }
    }

    private static void checkWindow(Instant start, Instant end) {
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", "from must be before to").explained("error.reading.from-to");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw new InvalidInputException("to", "a window is at most " + MAX_WINDOW.toDays() + " days").explained("error.reading.window", MAX_WINDOW.toDays());
        }
    }

    @ScopeAware
    @Get("/series{?device,metric}")
    @Operation(summary = "The series that exist", description = "Of a device, of a metric, or both; at most 10,000.")
    List<Series> series(@Parameter(description = "device id") @Nullable @QueryValue String device,
                        @Parameter(description = "metric") @Nullable @QueryValue String metric, @Parameter(hidden = true) Scope scope) {
        var inScope = scoped.deviceIds(scope);
        return catalog.list(device, metric).stream().filter(s -> inScope.test(s.deviceId())).toList();
    }

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
