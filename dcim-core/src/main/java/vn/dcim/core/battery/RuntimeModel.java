package vn.dcim.core.battery;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The arithmetic of battery runtime, kept apart from where the numbers come from.
 * <ul>
 * <li>Observed runtime: an outage rarely drains a battery (the generator takes over in seconds), so
 * the runtime a full charge gives is extrapolated from the drain seen: seconds on battery over the
 * share of the charge spent.</li>
 * <li>Load normalisation (Peukert): the runtime at load L is T(L) = T(Lref) (Lref / L)^k, so an
 * observed runtime is brought to the reference load by multiplying with (L / Lref)^k.</li>
 * <li>Trend: the health of successive outages (observed over predicted), fitted by least squares
 * against time; where the line crosses the end-of-life share is the replace-by day.</li>
 * </ul>
 */
final class RuntimeModel {
    private static final double SECONDS_A_DAY = 86_400;
    /** A century: no battery lasts longer, so a later day is none. */
    static final double FARTHEST_DAYS = 100 * 365.25;

    private RuntimeModel() {
    }

    /** Minutes a full charge lasts at the drain seen: null when the charge fell by less than {@code minDrop} points. */
    @Nullable
    static Double fullChargeMinutes(double seconds, double chargeStart, double chargeEnd, double minDrop) {
        double drop = chargeStart - chargeEnd;
        if (seconds <= 0 || drop < minDrop || drop <= 0) {
            return null;
        }
        return seconds / 60.0 * 100.0 / drop;
    }

    /** An observed runtime at {@code load} percent brought to {@code reference} percent. */
    static double atReferenceLoad(double minutes, double load, double reference, double exponent) {
        return load <= 0 ? minutes : minutes * Math.pow(load / reference, exponent);
    }

    /** A runtime at the reference load carried to {@code load} percent. */
    static double atLoad(double referenceMinutes, double load, double reference, double exponent) {
        return load <= 0 ? referenceMinutes : referenceMinutes * Math.pow(reference / load, exponent);
    }

    /** A straight line through (time, health) points: health at a time, and where it reaches a share. */
    record Line(double intercept, double slopePerDay, Instant origin, int points) {
        double at(Instant t) {
            return intercept + slopePerDay * Duration.between(origin, t).toSeconds() / SECONDS_A_DAY;
        }

        /** When the line falls to {@code share}; null when it does not fall. */
        @Nullable
        Instant reaches(double share) {
            if (slopePerDay >= 0) {
                return null;
            }
            double days = (share - intercept) / slopePerDay;
            // a healthy battery's line falls by a hair (noise): centuries away, beyond any date to plan by
            // (and beyond what an Instant holds: the screen got a 500)
            if (days > FARTHEST_DAYS) {
                return null;
            }
            return origin.plusSeconds(Math.round(days * SECONDS_A_DAY));
        }

        double slopePerYear() {
            return slopePerDay * 365.25;
        }
    }

    /** The least-squares line through the points; null for fewer than two or all at one time. */
    @Nullable
    static Line fit(List<Instant> times, List<Double> values) {
        int n = times.size();
        if (n < 2) {
            return null;
        }
        Instant origin = times.get(0);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = Duration.between(origin, times.get(i)).toSeconds() / SECONDS_A_DAY;
            double y = values.get(i);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double den = n * sxx - sx * sx;
        if (Math.abs(den) < 1e-12) {
            return null;
        }
        double slope = (n * sxy - sx * sy) / den;
        return new Line((sy - slope * sx) / n, slope, origin, n);
    }
}
