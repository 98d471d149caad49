package vn.dcim.mqtt.dialect;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A JSONata expression of a dialect, compiled once when the file is loaded (with the product's own function
 * {@code $objects}, see {@link NestedObjects}) and evaluated within its bounds: at most {@code timeoutMs} of
 * evaluation and {@code maxDepth} nested calls, so an expensive
 * payload costs a refusal, not the bridge's thread.
 *
 * <p>JSONata's time box counts wall-clock time, and a thread that is not running still ages: a collector pause or
 * a machine busy with other work once ran a two-step expression out of its 250 ms (a good message would have been
 * refused). So a timeout is believed only when the thread has spent at least half its budget on the CPU; otherwise the
 * expression is evaluated again, a few times at most, within what is left of the budget. A hostile expression still
 * costs at most about its budget of CPU time.
 */
public final class Expression {
    private final String text;
    private final int line;
    private final Jsonata compiled;

    private Expression(String text, int line, Jsonata compiled) {
        this.text = text;
        this.line = line;
        this.compiled = compiled;
    }

    /** Compiles, or says why not (JSONata's message with the position in the expression). */
    static Expression compile(String file, int line, String text) {
        try {
            Jsonata compiled = Jsonata.jsonata(text);
            compiled.registerFunction("objects", (Jsonata.Fn1<Object, Object>) NestedObjects::of);
            return new Expression(text, line, compiled);
        } catch (JException e) {
            throw new DialectException(file, line, "JSONata does not compile: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new DialectException(file, line, "JSONata does not compile: " + e);
        }
    }

    /** How often an expression that ran out of wall-clock time but not of CPU time is evaluated again. */
    static final int STALLED_RETRIES = 3;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    Object evaluate(Object input, DialectLimits limits) {
        long budgetNs = limits.evaluationMs() * 1_000_000L;
        long cpuStart = cpuNanos();
        long boxMs = limits.evaluationMs();
        for (int attempt = 0; ; attempt++) {
            Jsonata.Frame frame = compiled.createFrame();
            frame.setRuntimeBounds(boxMs, limits.maxExpressionDepth());
            try {
                return compiled.evaluate(input, frame);
            } catch (JException e) {
                long spentNs = cpuNanos() - cpuStart;
                boolean stalled = timedOut(e) && cpuStart >= 0 && spentNs < budgetNs / 2;
                if (!stalled || attempt >= STALLED_RETRIES) {
                    throw e;
                }
                boxMs = Math.max(1, (budgetNs - spentNs) / 1_000_000L);
            }
        }
    }

    /** JSONata's time box ran out (its error, not its message: that starts with "JSonataException "). */
    static boolean timedOut(JException e) {
        return String.valueOf(e.getError()).startsWith("Expression evaluation timeout");
    }

    /** JSONata's depth bound was crossed. */
    static boolean tooDeep(JException e) {
        return String.valueOf(e.getError()).startsWith("Stack overflow error");
    }

    /** The thread's CPU time, or -1 where the JVM cannot tell (then every timeout is believed). */
    private static long cpuNanos() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    public String text() { return text; }
    public int line() { return line; }
}
