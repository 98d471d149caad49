package vn.dcim.web.i18n;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import vn.dcim.mqtt.topic.TopicContract;
import vn.dcim.snmp.poll.PollReadings;
import vn.dcim.snmp.profile.MetricDef;
import vn.dcim.snmp.profile.ProfileCatalog;
import vn.dcim.snmp.profile.StateMeaning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a state metric's numbers mean: 6 of "gen.state" is "running". A work order keeps the number the crew typed,
 * a device's history keeps numbers; a person reads the word. The words come from the poller's own reachability,
 * then the SNMP profiles' value maps, then the MQTT topic contract's state rules for metrics no profile maps.
 * Where two profiles give one metric's number different meanings, that number has no word here (the reading's own
 * text, when it has one, still names it).
 */
@Singleton
public class ReadingWords {
    private final Map<String, Map<Long, String>> states;

    @Inject
    public ReadingWords(TopicContract topics) {
        this(topics.stateWords());
    }

    /** The words of the poller and the profiles, and those of other sources for metrics they do not map. */
    public ReadingWords(Map<String, Map<Long, String>> others) {
        Map<String, Map<Long, String>> all = new HashMap<>();
        all.put(PollReadings.REACHABLE, new HashMap<>(PollReadings.REACHABILITY));
        Set<String> disputed = new HashSet<>();
        ProfileCatalog.load().all().forEach(p -> p.metrics().forEach(m -> {
            if (!PollReadings.REACHABLE.equals(m.name())) {
                merge(all, disputed, m);
            }
        }));
        disputed.forEach(key -> {
            int bar = key.lastIndexOf('|');
            all.get(key.substring(0, bar)).remove(Long.valueOf(key.substring(bar + 1)));
        });
        others.forEach((metric, words) -> all.computeIfAbsent(metric, k -> new HashMap<>(words)));
        this.states = all;
    }

    private static void merge(Map<String, Map<Long, String>> all, Set<String> disputed, MetricDef m) {
        if (m.states() == null || m.states().isEmpty()) {
            return;
        }
        Map<Long, String> known = all.computeIfAbsent(m.name(), k -> new HashMap<>());
        for (Map.Entry<Long, StateMeaning> e : m.states().entrySet()) {
            String before = known.putIfAbsent(e.getKey(), e.getValue().text());
            if (before != null && !before.equals(e.getValue().text())) {
                disputed.add(m.name() + "|" + e.getKey());
            }
        }
    }

    /** The state a metric's number stands for ("running"), or null for a measured value or an unknown number. */
    @Nullable
    public String state(String metric, @Nullable Double value) {
        if (value == null || value != Math.rint(value)) {
            return null;
        }
        Map<Long, String> known = states.get(metric);
        return known == null ? null : known.get(value.longValue());
    }

    /** Whether a metric's numbers are states (a value map), so a form asks for a word, not a number. */
    public boolean isState(String metric) {
        return states.containsKey(metric) && !states.get(metric).isEmpty();
    }

    /** The numbers and states of a state metric, in the order of the numbers. */
    public Map<Long, String> statesOf(String metric) {
        return new java.util.TreeMap<>(states.getOrDefault(metric, Map.of()));
    }
}
