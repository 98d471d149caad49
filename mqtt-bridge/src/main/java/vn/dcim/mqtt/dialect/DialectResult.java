package vn.dcim.mqtt.dialect;

import java.util.List;

/** What the dialects made of one message. */
public sealed interface DialectResult {

    /** A dialect took the message: its source id and the readings and events it gives. */
    record Taken(String dialect, String source, List<DialectReading> readings, List<DialectEvent> events) implements DialectResult {
    }

    /** A discovery message taught the dialect the topics it names (nothing to store). */
    record Learned(String dialect, String source, List<String> topics) implements DialectResult {
    }

    /**
     * No dialect takes the message, and why (no dialect listens to the topic, or those that do declined it).
     * {@code ignored}: a dialect knows the topic carries nothing to read (a bridge's own state, its log lines),
     * so it is no dead letter.
     */
    record Untaken(String reason, boolean ignored) implements DialectResult {
        public Untaken(String reason) {
            this(reason, false);
        }
    }

    /** A dialect listens to the topic but the message is bad or hostile: refused and counted. */
    record Refused(String dialect, Refusal reason, String detail) implements DialectResult {
    }

    /** Why a message was refused; each is counted ({@link DialectEngine#refusals()}). */
    enum Refusal {
        too_large, too_deep, not_json, bad_protobuf, expression, bad_output, too_many_outputs, not_xml, bad_multipart
    }
}
