package vn.dcim.core.power;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.telemetry.ReadingHistory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The energy one meter measured over a period (ISO/IEC 30134-2: PUE is a ratio of energies, not of powers):
 * from its energy counter where the device reports kWh, else its power integrated over time.
 *
 * @param kwh      the energy, kWh
 * @param coverage the share of the period the meter's points span (0..1): a counter counts through a gap
 *                 between two of its points, an integrated power only the hours it has points in
 * @param method   {@link #COUNTER} or {@link #POWER}
 */
public record MeterEnergy(double kwh, double coverage, String method) {
    public static final String COUNTER = "counter";
    public static final String POWER = "power";

    /**
     * Where a 32-bit counter wraps, in kWh, for the divisors the device profiles use (raw 2^32 / 1, 10, 100,
     * 1000): a drop from within 1 % below one of them is a rollover, any other drop a reset to zero.
     */
    private static final double[] WRAPS = {4_294_967.296, 42_949_672.96, 429_496_729.6, 4_294_967_296d};

    /**
     * From a counter's raw points (oldest first) in [from, to): the sum of its increases. After a rollover the
     * counter went on from zero past its wrap (wrap - before + after); after a reset (a device replaced or
     * restarted its count) it counted from zero (after). The energy before the first point and after the last
     * is not known and not guessed.
     */
    public static MeterEnergy fromCounter(List<ReadingHistory.Point> points, @Nullable String unit, Instant from, Instant to) {
        double scale = "Wh".equals(unit) ? 0.001 : "MWh".equals(unit) ? 1000 : 1;
        Double previous = null;
        Instant first = null;
        Instant last = null;
        double kwh = 0;
        for (ReadingHistory.Point p : points) {
            if (p.value() == null) {
                continue;
            }
            double v = p.value() * scale;
            if (previous != null) {
                kwh += increase(previous, v);
            } else {
                first = p.ts();
            }
            last = p.ts();
            previous = v;
        }
        double coverage = first == null ? 0 : share(Duration.between(first, last), from, to);
        return new MeterEnergy(kwh, coverage, COUNTER);
    }

    static double increase(double before, double after) {
        if (after >= before) {
            return after - before;
        }
        for (double wrap : WRAPS) {
            if (before <= wrap) {
                return before >= wrap * 0.99 ? wrap - before + after : after;
            }
        }
        return after;
    }

    /**
     * From a power's hourly roll-ups in [from, to): each hour's mean power times one hour. An hour without a
     * point adds nothing and lowers the coverage.
     */
    public static MeterEnergy fromPower(List<ReadingHistory.Point> hourly, @Nullable String unit, Instant from, Instant to) {
        double toKw = "kW".equals(unit) ? 1 : "MW".equals(unit) ? 1000 : 0.001;
        double kwh = 0;
        long hours = 0;
        for (ReadingHistory.Point p : hourly) {
            if (p.value() != null && !p.ts().isBefore(from) && p.ts().isBefore(to)) {
                kwh += p.value() * toKw;
                hours++;
            }
        }
        return new MeterEnergy(kwh, share(Duration.ofHours(hours), from, to), POWER);
    }

    private static double share(Duration covered, Instant from, Instant to) {
        long period = Duration.between(from, to).toSeconds();
        return period <= 0 ? 0 : Math.min(1, (double) covered.toSeconds() / period);
    }
}
