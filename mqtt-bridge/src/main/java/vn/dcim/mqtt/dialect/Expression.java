package vn.dcim.mqtt.dialect;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;

/**
 * A JSONata expression of a dialect, compiled once when the file is loaded and evaluated within its
 * bounds: at most {@code timeoutMs} of evaluation and {@code maxDepth} nested calls, so an expensive
 * payload costs a refusal, not the bridge's thread.
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
            return new Expression(text, line, Jsonata.jsonata(text));
        } catch (JException e) {
            throw new DialectException(file, line, "JSONata does not compile: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new DialectException(file, line, "JSONata does not compile: " + e);
        }
    }

    Object evaluate(Object input, DialectLimits limits) {
        Jsonata.Frame frame = compiled.createFrame();
        frame.setRuntimeBounds(limits.evaluationMs(), limits.maxExpressionDepth());
        return compiled.evaluate(input, frame);
    }

    public String text() { return text; }
    public int line() { return line; }
}
