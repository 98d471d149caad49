package vn.dcim.core.capacity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The forecasting method, on one daily series (a roll-up's daily averages) against one capacity:
 * <ol>
 * <li>a robust linear trend, Theil–Sen: the slope is the median of the slopes between every pair of
 * days (of weeks' medians once the history is longer than 120 days), the level the median of what is
 * left; a few days of outage or a one-off peak do not tilt it as they tilt a least-squares line;</li>
 * <li>seasonality where the history allows it: the weekday's median deviation from the trend once
 * four weeks exist (a weekday load differs from a Sunday's), the month's once two years exist (the
 * dry season's cooling); the trend is fitted again on the values without them;</li>
 * <li>the interval: the slope's 95 % confidence interval by Sen's rank method, widened by the
 * 5th–95th percentiles of the residuals, so a noisy series gets a wide interval and a clean one a
 * narrow one;</li>
 * <li>"full on": the first day the central line reaches the capacity, the earliest the upper edge
 * does and the latest the lower edge does, within the horizon (none: not within it).</li>
 * </ol>
 * The backtest runs the same method as of an earlier day on the history up to that day and compares
 * what it said of the following days with what they were (mean absolute percentage error, and the
 * share of those days inside the interval).
 */
public final class TrendForecast {
    /** Below this many days no trend is drawn: a fortnight holds two of each weekday. */
    public static final int MIN_DAYS = 14;
    static final int WEEKLY_FROM_DAYS = 28;
    static final int YEARLY_FROM_DAYS = 730;
    /** From this many days on, the trend is fitted on weekly medians: see {@link #trend}. */
    static final int WEEKS_FROM_DAYS = 120;
    /** The two-sided 95 % normal quantile of Sen's slope interval. */
    private static final double Z95 = 1.96;

    private TrendForecast() {
    }

    /** One day's value (e.g. the daily average of kW). */
    @Serdeable
    public record Day(LocalDate date, double value) {
    }

    /** What the method made of a history: see {@link TrendForecast}. */
    @Serdeable
    public record Fit(LocalDate asOf, int days, double level, double slopePerDay, double slopeLow, double slopeHigh,
                      double residualLow, double residualHigh, double[] weekday, @Nullable double[] month,
                      String seasonality) {

        /** The central value {@code h} days after {@code asOf}. */
        public double at(long h) {
            return level + slopePerDay * h + season(asOf.plusDays(h));
        }

        public double upper(long h) {
            return level + Math.max(slopeHigh * h, slopePerDay * h) + season(asOf.plusDays(h)) + residualHigh;
        }

        public double lower(long h) {
            return level + Math.min(slopeLow * h, slopePerDay * h) + season(asOf.plusDays(h)) + residualLow;
        }

        double season(LocalDate d) {
            double s = weekday[d.getDayOfWeek().getValue() - 1];
            return month == null ? s : s + month[d.getMonthValue() - 1];
        }
    }

    /** When the capacity is reached: central, earliest and latest; null where not within the horizon. */
    @Serdeable
    public record FullOn(@Nullable LocalDate central, @Nullable LocalDate earliest, @Nullable LocalDate latest) {
    }

    /** How the method did when run earlier: {@code from} the day it was run as of, over {@code days} days. */
    @Serdeable
    public record Backtest(LocalDate from, int days, @Nullable Double meanAbsolutePercentError, double meanAbsoluteError,
                           double coverage) {
    }

    /** The method on the days up to {@code asOf} (later days are ignored); null when fewer than {@link #MIN_DAYS}. */
    @Nullable
    public static Fit fit(List<Day> history, LocalDate asOf) {
        List<Day> days = history.stream().filter(d -> !d.date().isAfter(asOf) && Double.isFinite(d.value())).toList();
        if (days.size() < MIN_DAYS) {
            return null;
        }
        int n = days.size();
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = ChronoUnit.DAYS.between(asOf, days.get(i).date());
            y[i] = days.get(i).value();
        }
        long span = ChronoUnit.DAYS.between(days.get(0).date(), days.get(n - 1).date()) + 1;
        double[] weekday = new double[7];
        double[] month = null;
        double[] line = trend(t, y);
        if (span >= WEEKLY_FROM_DAYS) {
            double[] r = residuals(t, y, line, weekday, null, days);
            weekday = centred(groupMedians(days, r, 7, d -> d.getDayOfWeek().getValue() - 1));
            if (span >= YEARLY_FROM_DAYS) {
                r = residuals(t, y, line, weekday, null, days);
                month = centred(groupMedians(days, r, 12, d -> d.getMonthValue() - 1));
            }
            double[] adjusted = new double[n];
            for (int i = 0; i < n; i++) {
                adjusted[i] = y[i] - seasonOf(days.get(i).date(), weekday, month);
            }
            line = trend(t, adjusted);
        }
        double[] r = residuals(t, y, line, weekday, month, days);
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        String seasonality = month != null ? "weekly+yearly" : span >= WEEKLY_FROM_DAYS ? "weekly" : "none";
        return new Fit(asOf, n, line[0], line[1], line[2], line[3], quantile(sorted, 0.05), quantile(sorted, 0.95),
                weekday, month, seasonality);
    }

    /** The days {@code fit} reaches {@code capacity}, searched up to {@code horizonDays} ahead; all null without a capacity. */
    public static FullOn fullOn(Fit fit, @Nullable Double capacity, int horizonDays) {
        if (capacity == null) {
            return new FullOn(null, null, null);
        }
        LocalDate central = null;
        LocalDate earliest = null;
        LocalDate latest = null;
        for (int h = 0; h <= horizonDays && latest == null; h++) {
            LocalDate d = fit.asOf().plusDays(h);
            if (earliest == null && fit.upper(h) >= capacity) {
                earliest = d;
            }
            if (central == null && fit.at(h) >= capacity) {
                central = d;
            }
            if (fit.lower(h) >= capacity) {
                latest = d;
            }
        }
        return new FullOn(central, earliest, latest);
    }

    /**
     * The method run as of {@code from} on the days up to it, against the days after it up to {@code to};
     * null when there were too few days then or none after.
     */
    @Nullable
    public static Backtest backtest(List<Day> history, LocalDate from, LocalDate to) {
        Fit then = fit(history, from);
        if (then == null) {
            return null;
        }
        int n = 0;
        int inside = 0;
        int withPercent = 0;
        double abs = 0;
        double pct = 0;
        for (Day d : history) {
            if (!d.date().isAfter(from) || d.date().isAfter(to)) {
                continue;
            }
            long h = ChronoUnit.DAYS.between(from, d.date());
            double e = Math.abs(then.at(h) - d.value());
            abs += e;
            if (Math.abs(d.value()) > 1e-9) {
                pct += e / Math.abs(d.value());
                withPercent++;
            }
            if (d.value() >= then.lower(h) && d.value() <= then.upper(h)) {
                inside++;
            }
            n++;
        }
        if (n == 0) {
            return null;
        }
        return new Backtest(from, n, withPercent == 0 ? null : round(100 * pct / withPercent, 1), round(abs / n, 3),
                round(100.0 * inside / n, 1));
    }

    /**
     * The day to backtest from: {@code months} before {@code asOf}, or as far back as the history allows
     * (the first day that leaves {@link #MIN_DAYS} days to fit on and a week to test against); null when
     * there is no such day.
     */
    @Nullable
    public static LocalDate backtestFrom(List<Day> history, LocalDate asOf, int months) {
        List<Day> known = history.stream().filter(d -> !d.date().isAfter(asOf)).toList();
        if (known.size() < MIN_DAYS + 7) {
            return null;
        }
        LocalDate wanted = asOf.minusMonths(months);
        LocalDate earliestPossible = known.get(MIN_DAYS - 1).date();
        LocalDate latestPossible = asOf.minusDays(7);
        if (earliestPossible.isAfter(latestPossible)) {
            return null;
        }
        return wanted.isBefore(earliestPossible) ? earliestPossible : wanted.isAfter(latestPossible) ? latestPossible : wanted;
    }

    /**
     * The trend of days at {@code t} (days from the as-of day): Theil–Sen on the days themselves up to
     * {@link #WEEKS_FROM_DAYS} of them, beyond that on the medians of whole weeks (a week's median at its
     * middle day). Pairs of days grow with the square of the history (266,000 for two years, a quarter of a
     * second a forecast); weeks keep it at 5,000, and a week's median is what a trend over years is about.
     * Sen's interval then counts weeks, not days, which is the more honest count: neighbouring days of a
     * load are not independent. The level is the median of the days less the slope either way.
     */
    static double[] trend(double[] t, double[] y) {
        int n = t.length;
        if (n <= WEEKS_FROM_DAYS) {
            return theilSen(t, y);
        }
        List<double[]> weeks = new ArrayList<>();
        double first = t[0];
        int i = 0;
        while (i < n) {
            long week = (long) Math.floor((t[i] - first) / 7);
            int j = i;
            while (j < n && (long) Math.floor((t[j] - first) / 7) == week) {
                j++;
            }
            double[] values = Arrays.copyOfRange(y, i, j);
            Arrays.sort(values);
            weeks.add(new double[]{first + week * 7 + 3, median(values)});
            i = j;
        }
        double[] wt = weeks.stream().mapToDouble(w -> w[0]).toArray();
        double[] wy = weeks.stream().mapToDouble(w -> w[1]).toArray();
        double[] line = theilSen(wt, wy);
        double[] rest = new double[n];
        for (int k = 0; k < n; k++) {
            rest[k] = y[k] - line[1] * t[k];
        }
        Arrays.sort(rest);
        line[0] = median(rest);
        return line;
    }

    /** {level at t = 0, slope, slope low, slope high}: Theil–Sen with Sen's 95 % rank interval of the slope. */
    static double[] theilSen(double[] t, double[] y) {
        int n = t.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (t[j] != t[i]) {
                    slopes[k++] = (y[j] - y[i]) / (t[j] - t[i]);
                }
            }
        }
        slopes = Arrays.copyOf(slopes, k);
        Arrays.sort(slopes);
        double slope = median(slopes);
        // Sen (1968): the interval's ends are the order statistics (N - C)/2 and (N + C)/2 + 1 of the N pairwise slopes
        double c = Z95 * Math.sqrt(n * (n - 1.0) * (2 * n + 5) / 18.0);
        int lo = (int) Math.max(0, Math.floor((k - c) / 2.0) - 1);
        int hi = (int) Math.min(k - 1, Math.ceil((k + c) / 2.0));
        double[] rest = new double[n];
        for (int i = 0; i < n; i++) {
            rest[i] = y[i] - slope * t[i];
        }
        Arrays.sort(rest);
        return new double[]{median(rest), slope, slopes[lo], slopes[hi]};
    }

    private static double[] residuals(double[] t, double[] y, double[] line, double[] weekday, @Nullable double[] month, List<Day> days) {
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = y[i] - line[0] - line[1] * t[i] - seasonOf(days.get(i).date(), weekday, month);
        }
        return r;
    }

    private static double seasonOf(LocalDate d, double[] weekday, @Nullable double[] month) {
        double s = weekday[d.getDayOfWeek().getValue() - 1];
        return month == null ? s : s + month[d.getMonthValue() - 1];
    }

    private static double[] groupMedians(List<Day> days, double[] r, int groups, java.util.function.ToIntFunction<LocalDate> group) {
        List<List<Double>> by = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            by.add(new ArrayList<>());
        }
        for (int i = 0; i < r.length; i++) {
            by.get(group.applyAsInt(days.get(i).date())).add(r[i]);
        }
        double[] out = new double[groups];
        for (int g = 0; g < groups; g++) {
            double[] v = by.get(g).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out[g] = v.length == 0 ? 0 : median(v);
        }
        return out;
    }

    /** Offsets that sum to nothing, so the season moves values around the trend and never the trend itself. */
    private static double[] centred(double[] offsets) {
        double mean = Arrays.stream(offsets).average().orElse(0);
        return Arrays.stream(offsets).map(o -> o - mean).toArray();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
