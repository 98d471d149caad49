package vn.dcim.mqtt.dialect;

/**
 * What a message may cost before it is refused (hostile payloads are refused or capped and
 * counted while good messages keep flowing): its size, its JSON nesting, the JSONata evaluation's
 * time and depth, the readings one message may give, and how many learned topics and Sparkplug
 * aliases are remembered.
 */
public record DialectLimits(int maxPayloadBytes, int maxJsonDepth, long evaluationMs, int maxExpressionDepth,
                            int maxOutputs, int maxLearned) {
    public static DialectLimits defaults() {
        return new DialectLimits(64 * 1024, 32, 250, 200, 500, 10_000);
    }
}
