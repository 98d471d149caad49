package vn.dcim.web.api.reading;

import vn.dcim.web.scope.ScopeAware;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.telemetry.ReadingHistory;
import vn.dcim.core.telemetry.Series;
import vn.dcim.core.telemetry.SeriesCatalog;
import vn.dcim.web.i18n.Texts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The history of readings read back: a window of one series at the finest resolution that fits a
 * chart, or as a CSV or XLSX file for an auditor (Art. 30.7a keeps the data; this is how it is shown).
 * The series that exist, a state's time in each state and a device's current values have their own controllers.
 */
@Controller("/api")
@Tag(name = "Readings", description = "History of readings: charts at a chosen density, current values, CSV export")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReadingController {
    static final int MAX_POINTS = 10_000;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MonitoredDevices devices;
    private final SeriesCatalog catalog;
    private final ReadingHistory history;
    private final Clock clock;
    private final Texts texts;

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
        SeriesWindow.requireSeriesNamed(device, metric);
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(1)) : from;
        SeriesWindow.check(start, end);
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

}
