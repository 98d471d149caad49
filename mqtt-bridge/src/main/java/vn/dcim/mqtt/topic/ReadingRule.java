package vn.dcim.mqtt.topic;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * How one field of a payload becomes a reading (see docs/mqtt.md):
 * {@code state} maps a word to its number ({@code states}) and keeps the word as text;
 * {@code flag} a boolean to 1/0; {@code number} a number with its {@code unit};
 * {@code event} an event name to its metric ({@code events}), 1 while active, 0 when cleared;
 * {@code list} takes a list of {metric, instance, value, text, unit} as they are.
 * {@code instance-field} names the field holding the instance ("0" when absent).
 */
public record ReadingRule(Type type,
                          String field,
                          @Nullable String metric,
                          @Nullable String unit,
                          @Nullable @JsonProperty("instance-field") String instanceField,
                          @Nullable @JsonProperty("active-field") String activeField,
                          @Nullable Map<String, Double> states,
                          @Nullable Map<String, String> events) {

    public enum Type {
        state, flag, number, event, list
    }

    void check(String where) {
        boolean ok = switch (type) {
            case state -> metric != null && states != null && !states.isEmpty();
            case flag, number -> metric != null;
            case event -> events != null && !events.isEmpty();
            case list -> true;
        };
        if (!ok || field == null) {
            throw new IllegalStateException(where + ": a " + type + " rule needs field"
                    + (type == Type.event ? " and events" : type == Type.list ? "" : " and metric")
                    + (type == Type.state ? " and states" : ""));
        }
    }
}
