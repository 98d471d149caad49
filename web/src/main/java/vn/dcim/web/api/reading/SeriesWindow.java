package vn.dcim.web.api.reading;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.error.InvalidInputException;

import java.time.Duration;
import java.time.Instant;

/** What a question about one series over a window must name and how long the window may be: a 4xx otherwise. */
final class SeriesWindow {
    /** Ten years: the daily roll-ups are kept for ever, but a window needs a bound. */
    static final Duration MAX_WINDOW = Duration.ofDays(3660);

    private SeriesWindow() {
    }

    static void requireSeriesNamed(@Nullable String device, @Nullable String metric) {
        if (device == null || device.isBlank()) {
            throw new InvalidInputException("device", "a device id is required").explained("error.reading.device");
        }
        if (metric == null || metric.isBlank()) {
            throw new InvalidInputException("metric", "a metric is required").explained("error.reading.metric");
        }
    }

    static void check(Instant start, Instant end) {
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", "from must be before to").explained("error.reading.from-to");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw new InvalidInputException("to", "a window is at most " + MAX_WINDOW.toDays() + " days").explained("error.reading.window", MAX_WINDOW.toDays());
        }
    }
}
