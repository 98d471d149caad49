package vn.dcim.mqtt.dialect;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * How a dialect's MQTT messages are evaluated on the fast path (every JSONata evaluation
 * costs microseconds of the bridge's callback thread): the parts that depend only on the topic
 * (accept, source, the fields table's condition and plain field; {@link TopicValues#isTopicOnly}) are kept per topic,
 * and the rest is <em>one</em> combined JSONata expression, or nothing at all when nothing is left
 * (a dialect of a topic-only source and a fields table costs no JSONata evaluation a message).
 *
 * <p>A dialect with an HTTP route keeps every part in the combined expression: its expressions also read
 * the path, query and variables, which are no topic.
 */
record DialectPlan(@Nullable TopicValues accept, @Nullable TopicValues source, @Nullable TopicValues fieldsWhen,
                   @Nullable TopicValues fieldsPlain, @Nullable Expression rest) {
    static final String DECLINED = "__declined";

    /** The plan of {@code d}, per-topic memories of at most {@code cap} topics; null when the combined expression does not compile. */
    static @Nullable DialectPlan of(Dialect d, int cap) {
        boolean perTopic = d.http() == null;
        boolean accept = perTopic && TopicValues.isTopicOnly(d.accept());
        boolean source = perTopic && TopicValues.isTopicOnly(d.source());
        boolean when = perTopic && d.fields() != null && d.fields().when() != null;
        boolean plain = perTopic && d.fields() != null && d.fields().plain() != null;
        Expression rest;
        try {
            rest = combine(d, !accept, !source);
        } catch (DialectException e) {
            return null;
        }
        return new DialectPlan(accept ? new TopicValues(cap) : null, source ? new TopicValues(cap) : null,
                when ? new TopicValues(cap) : null, plain ? new TopicValues(cap) : null, rest);
    }

    /**
     * Accept, source, readings and events as one JSONata expression, so a message costs one evaluation
     * (one frame, one set of runtime bounds) instead of up to four:
     * {@code (accept) ? {"source": (source), "readings": (readings), "events": (events)} : {"__declined": true}}.
     * Each part stays a block of its own (its variables do not leak into the others), and the parts
     * after accept are evaluated only when it holds, as one by one. Accept and source are left out when
     * they are kept per topic; null when nothing is left to evaluate.
     *
     * @throws DialectException when the combination does not compile (the parts are then evaluated one by one)
     */
    static @Nullable Expression combine(Dialect d, boolean withAccept, boolean withSource) {
        List<String> parts = new ArrayList<>();
        if (withSource) {
            parts.add("\"source\": (\n" + d.source().text() + "\n)");
        }
        if (d.readings() != null) {
            parts.add("\"readings\": (\n" + d.readings().text() + "\n)");
        }
        if (d.events() != null) {
            parts.add("\"events\": (\n" + d.events().text() + "\n)");
        }
        boolean accept = withAccept && d.accept() != null;
        if (parts.isEmpty() && !accept) {
            return null;
        }
        String body = "{" + String.join(", ", parts) + "}";
        String text = accept ? "(\n" + d.accept().text() + "\n) ? " + body + " : {\"" + DECLINED + "\": true}" : body;
        return Expression.compile(d.file(), d.source().line(), text);
    }
}
