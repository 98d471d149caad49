package vn.dcim.mqtt.dialect;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * A vendor's MQTT (or HTTP push) dialect, loaded from a YAML file: the topic filters it listens to
 * or the HTTP route it answers, how the source id comes out of the message, and how the message
 * becomes readings and events. {@code learn} makes topics known from other messages (Home Assistant
 * discovery: a config message teaches a state topic). {@code first}: a user's dialect tried before the
 * shipped ones (a device taught on a topic a shipped dialect reads only partly). {@code ignore}: topics among its
 * own that carry nothing to read (Zigbee2MQTT's bridge state, log lines and definitions): left without a dead letter.
 */
public record Dialect(String name, String description, Format format, List<TopicFilter> topics,
                      @Nullable HttpRoute http, @Nullable Expression accept, Expression source,
                      @Nullable Expression readings, @Nullable FieldTable fields, @Nullable Expression events, @Nullable Learn learn,
                      String file, boolean first, List<TopicFilter> ignore) {

    public Dialect {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
    }

    public Dialect(String name, String description, Format format, List<TopicFilter> topics, @Nullable HttpRoute http,
                   @Nullable Expression accept, Expression source, @Nullable Expression readings, @Nullable FieldTable fields,
                   @Nullable Expression events, @Nullable Learn learn, String file, boolean first) {
        this(name, description, format, topics, http, accept, source, readings, fields, events, learn, file, first, List.of());
    }

    public Dialect(String name, String description, Format format, List<TopicFilter> topics, @Nullable HttpRoute http,
                   @Nullable Expression accept, Expression source, @Nullable Expression readings, @Nullable FieldTable fields,
                   @Nullable Expression events, @Nullable Learn learn, String file) {
        this(name, description, format, topics, http, accept, source, readings, fields, events, learn, file, false);
    }

    /** How the payload is read before the expressions see it. */
    public enum Format {
        /** JSON when it parses, else the text itself (a plain "23.5" or "online"). */
        json,
        /** always the text */
        text,
        /** a Sparkplug B protobuf payload (Eclipse Tahu), seen as {timestamp, seq, metrics:[{name, alias, datatype, value, timestamp}]} */
        sparkplug
    }

    /**
     * An HTTP push route (the same file format as MQTT): method and path, with {@code {name}} path variables, and the
     * other paths the same bodies come to ({@code also}: Hikvision's {@code /push/isapi} with Basic or Digest).
     */
    public record HttpRoute(String method, String path, List<String> also) {
        public HttpRoute {
            also = also == null ? List.of() : List.copyOf(also);
        }

        /** The path variables of the first of the route's paths that matches, else null. */
        Map<String, String> match(String p) {
            Map<String, String> vars = HttpRoutes.match(path, p);
            for (int i = 0; vars == null && i < also.size(); i++) {
                vars = HttpRoutes.match(also.get(i), p);
            }
            return vars;
        }
    }

    /**
     * Topics whose messages teach the dialect other topics: each result names a {@code topic} and what to read there.
     * {@code over}: the dialects whose own topics a taught topic takes from them (ESPHome's discovery describes
     * its own state topics better than names can); any other dialect keeps its topics.
     */
    /**
     * {@code read}: a message on a learn topic that is also one of the dialect's own topics is read as well
     * (a status document that carries both the values and a setting the device's other topics depend on, as a
     * Shelly Gen1's {@code info} with its temperature unit).
     */
    /**
     * {@code accept}: which messages on the learn topics are descriptions at all (null: every one). Home Assistant's
     * discovery prefix is the user's to choose, so its dialect listens to every {@code <prefix>/<component>/…/config}
     * and takes only what has a config's shape; anything else goes on to the other dialects as if unheard.
     */
    public record Learn(List<TopicFilter> topics, Expression expression, List<String> over, boolean read,
                        @Nullable Expression accept) {
        public Learn {
            over = over == null ? List.of() : List.copyOf(over);
        }

        public Learn(List<TopicFilter> topics, Expression expression, List<String> over, boolean read) {
            this(topics, expression, over, read, null);
        }

        public Learn(List<TopicFilter> topics, Expression expression, List<String> over) {
            this(topics, expression, over, false, null);
        }
    }

    public boolean listensTo(List<String> topic) {
        for (TopicFilter f : topics) {
            if (f.matches(topic)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the topic is one of the dialect's own that it leaves unread on purpose. */
    public boolean ignores(List<String> topic) {
        for (TopicFilter f : ignore) {
            if (f.matches(topic)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a message on the topic teaches the dialect. A learn filter with wildcards does not reach a topic the
     * dialect itself listens to and leaves unread ({@code ignore}); only a learn topic named whole does: Zigbee2MQTT
     * learns the base topic a user chose from {@code +/bridge/state}, while its default base's bridge state stays
     * unread and its {@code zigbee2mqtt/bridge/devices} still teaches.
     */
    public boolean learnsFrom(List<String> topic) {
        if (learn == null) {
            return false;
        }
        Boolean ownIgnored = null;
        for (TopicFilter f : learn.topics()) {
            if (f.matches(topic)) {
                if (f.isExact()) {
                    return true;
                }
                if (ownIgnored == null) {
                    ownIgnored = listensTo(topic) && ignores(topic);
                }
                if (!ownIgnored) {
                    return true;
                }
            }
        }
        return false;
    }
}
