package vn.dcim.mqtt.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.mqtt.topic.ReadingRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Applies a channel's reading rules to a payload that already passed its schema. */
final class ReadingMapper {
    private static final String SCALAR = "0";

    private ReadingMapper() {
    }

    static List<Reading> map(List<ReadingRule> rules, JsonNode payload, String deviceId, Instant time) {
        List<Reading> out = new ArrayList<>(rules.size());
        for (ReadingRule rule : rules) {
            JsonNode field = payload.get(rule.field());
            if (field == null || field.isNull()) {
                continue;
            }
            String instance = instance(rule, payload);
            switch (rule.type()) {
                case state -> {
                    Double v = rule.states().get(field.asText());
                    if (v != null) {
                        out.add(new Reading(time, deviceId, rule.metric(), instance, v, field.asText(), null));
                    }
                }
                case flag -> out.add(new Reading(time, deviceId, rule.metric(), instance,
                        field.asBoolean() ? 1d : 0d, field.asBoolean() ? "on" : "off", null));
                case number -> out.add(new Reading(time, deviceId, rule.metric(), instance, field.asDouble(), null, rule.unit()));
                case event -> {
                    String metric = rule.events().get(field.asText());
                    if (metric != null) {
                        JsonNode active = rule.activeField() == null ? null : payload.get(rule.activeField());
                        boolean on = active == null || active.asBoolean(true);
                        out.add(new Reading(time, deviceId, metric, instance, on ? 1d : 0d, on ? field.asText() : "cleared", null));
                    }
                }
                case list -> {
                    for (JsonNode m : field) {
                        out.add(new Reading(time, deviceId, m.get("metric").asText(), text(m, "instance", SCALAR),
                                m.hasNonNull("value") ? m.get("value").asDouble() : null,
                                text(m, "text", null), text(m, "unit", null)));
                    }
                }
            }
        }
        return out;
    }

    private static String instance(ReadingRule rule, JsonNode payload) {
        return rule.instanceField() == null ? SCALAR : text(payload, rule.instanceField(), SCALAR);
    }

    private static String text(JsonNode node, String name, String fallback) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? fallback : v.asText();
    }
}
