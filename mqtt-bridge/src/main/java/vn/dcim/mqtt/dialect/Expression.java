package vn.dcim.mqtt.dialect;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A JSONata expression of a dialect, compiled once when the file is loaded and evaluated within its
 * bounds: at most {@code timeoutMs} of evaluation and {@code maxDepth} nested calls, so an expensive
 * payload costs a refusal, not the bridge's thread.
 *
 * <p>JSONata's time box counts wall-clock time, and a thread that is not running still ages: a collector pause or
 * a machine busy with other work once ran a two-step expression out of its 250 ms (a good message would have been
 * refused). So a timeout is believed only when the thread has spent at least half its budget on the CPU; otherwise the
 * expression is evaluated again, a few times at most, within what is left of the budget. A hostile expression still
 * costs at most about its budget of CPU time.
 *
 * <p>Besides JSONata's own functions every expression may call {@code $template(template, text, json)}
 * (a Home Assistant value template in its safe subset, {@link ValueTemplate}) and
 * {@code $convert(value, fromUnit, toUnit)} ({@link UnitConversion}), and {@code $objects(value)}: every
 * object nested in a message ({@link NestedObjects}).
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
            compiled.registerFunction("template", new Jsonata.JFunction((input, args) -> ValueTemplate.render(
                    arg(args, 0) instanceof String t ? t : null, arg(args, 1) instanceof String v ? v : null, arg(args, 2)), null));
            compiled.registerFunction("convert", new Jsonata.JFunction((input, args) -> UnitConversion.convert(
                    arg(args, 0) instanceof Number n ? n.doubleValue() : null,
                    arg(args, 1) instanceof String f ? f : null, arg(args, 2) instanceof String t ? t : null), null));
            return new Expression(text, line, compiled);
        } catch (JException e) {
            throw new DialectException(file, line, "JSONata does not compile: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new DialectException(file, line, "JSONata does not compile: " + e);
        }
    }

    private static Object arg(java.util.List<?> args, int i) {
        return args != null && args.size() > i ? args.get(i) : null;
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
            bound(frame, boxMs, limits.maxExpressionDepth());
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

    /**
     * The time and depth bounds of one evaluation, as {@code Frame.setRuntimeBounds} sets them, with the same
     * errors, but counting every entry and exit: jsonata-java's own bound skips both while a frame is marked as
     * a parallel call, and that mark changes between an object constructor's entry and its exit, so every
     * object of several keys built in a loop left the depth one or two higher (a bridge/devices of 100
     * devices, one object each, ran out of 200 nested calls with no nesting at all; a Home Assistant device
     * config of 50 components ran out at nesting 3).
     */
    static void bound(Jsonata.Frame frame, long timeoutMs, int maxDepth) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        java.util.concurrent.atomic.AtomicInteger depth = new java.util.concurrent.atomic.AtomicInteger();
        frame.setEvaluateEntryCallback((expr, input, env) -> check(depth.incrementAndGet(), maxDepth, deadline));
        frame.setEvaluateExitCallback((expr, input, env, result) -> check(depth.decrementAndGet(), maxDepth, deadline));
    }

    private static void check(int depth, int maxDepth, long deadline) {
        if (depth > maxDepth) {
            throw new JException("Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive. Depth="
                    + depth + " max=" + maxDepth, -1);
        }
        if (System.nanoTime() - deadline > 0) {
            throw new JException("Expression evaluation timeout: Check for infinite loop", -1);
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
