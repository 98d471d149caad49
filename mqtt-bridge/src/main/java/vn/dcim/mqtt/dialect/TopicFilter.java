package vn.dcim.mqtt.dialect;

import java.util.List;
import java.util.Optional;

/** An MQTT topic filter with the {@code +} (one level) and {@code #} (the rest, last level only) wildcards. */
public record TopicFilter(String filter, String[] levels) {

    public static TopicFilter of(String filter) {
        return new TopicFilter(filter, filter.split("/", -1));
    }

    /** Why the filter is not a valid MQTT filter, if it is not. */
    public static Optional<String> problem(String filter) {
        if (filter == null || filter.isEmpty()) {
            return Optional.of("an empty topic filter");
        }
        String[] ls = filter.split("/", -1);
        for (int i = 0; i < ls.length; i++) {
            String l = ls[i];
            if (l.contains("#") && (!l.equals("#") || i != ls.length - 1)) {
                return Optional.of("'#' must be a whole last level in '" + filter + "'");
            }
            if (l.contains("+") && !l.equals("+")) {
                return Optional.of("'+' must be a whole level in '" + filter + "'");
            }
        }
        return Optional.empty();
    }

    public boolean matches(List<String> topic) {
        for (int i = 0; i < levels.length; i++) {
            String l = levels[i];
            if (l.equals("#")) {
                return true;
            }
            if (i >= topic.size()) {
                return false;
            }
            if (!l.equals("+") && !l.equals(topic.get(i))) {
                return false;
            }
        }
        return levels.length == topic.size();
    }

    /** True when the filter names one topic (no wildcard). */
    public boolean isExact() {
        for (String l : levels) {
            if (l.equals("+") || l.equals("#")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the filter's named levels before its first wildcard (one at least) are {@code topic}'s first levels:
     * every topic it matches lies in the tree the topic was published in ({@code z2m/#} for {@code z2m/bridge/info}).
     */
    public boolean within(List<String> topic) {
        int i = 0;
        while (i < levels.length && !levels[i].equals("+") && !levels[i].equals("#")) {
            if (i >= topic.size() || !levels[i].equals(topic.get(i))) {
                return false;
            }
            i++;
        }
        return i >= 1;
    }

    @Override
    public String toString() {
        return filter;
    }
}
