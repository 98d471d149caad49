import java.util.Arrays;

/**
 * The figures the readings benches print of their timed runs: a percentile of the nanoseconds, in milliseconds.
 * Public, because each bench runs as a source file in a class loader of its own, and reaches this compiled class
 * through the class path.
 */
public final class Latencies {
    private Latencies() {
    }

    /** The p-th percentile (nearest rank) of the runs' nanoseconds. */
    public static long pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    public static String ms(long nanos) {
        return String.format("%.2f", nanos / 1e6);
    }
}
