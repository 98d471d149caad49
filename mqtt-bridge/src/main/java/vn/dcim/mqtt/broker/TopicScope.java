package vn.dcim.mqtt.broker;

import vn.dcim.mqtt.topic.TopicAddress;

import java.util.List;

/**
 * The topics one device credential may publish and subscribe under (Art. 25.3; issue 17: a device's
 * credential must not let it speak for another device). An MQTT topic filter under {@code dcim/}, e.g.
 * {@code dcim/+/+/ups-01/#} (the default: the device named like its credential, at any site and kind)
 * or {@code dcim/hcm-1/#} (a site's gateway forwarding many devices).
 */
public final class TopicScope {
    private final List<String> levels;

    private TopicScope(String filter) {
        this.levels = List.of(filter.split("/", -1));
    }

    /** The scope of a credential issued without one: the device whose id is the user name. */
    public static String forDevice(String username) {
        return TopicAddress.ROOT + "/+/+/" + username + "/#";
    }

    /** Why {@code filter} is no valid scope, or null when it is one. */
    public static String problem(String filter) {
        if (filter == null || filter.isBlank()) {
            return "must not be blank";
        }
        if (filter.length() > 300) {
            return "must be at most 300 characters";
        }
        if (!filter.startsWith(TopicAddress.ROOT + "/")) {
            return "must start with " + TopicAddress.ROOT + "/";
        }
        String[] parts = filter.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                return "has an empty level";
            }
            if ((p.contains("#") && (!p.equals("#") || i != parts.length - 1)) || (p.contains("+") && !p.equals("+"))) {
                return "may use + only as a whole level and # only as the whole last level";
            }
        }
        return null;
    }

    public static TopicScope of(String filter) {
        String problem = problem(filter);
        if (problem != null) {
            throw new IllegalArgumentException("topic scope " + problem);
        }
        return new TopicScope(filter);
    }

    /**
     * Whether everything {@code topic} names lies inside the scope. For a publication it is a plain
     * topic; for a subscription it is a filter, and its wildcards must not reach out of the scope
     * ({@code dcim/#} is not inside {@code dcim/+/+/ups-01/#}).
     */
    public boolean covers(String topic) {
        String[] asked = topic.split("/", -1);
        for (int i = 0; i < levels.size(); i++) {
            String mine = levels.get(i);
            if (mine.equals("#")) {
                return true;
            }
            if (i >= asked.length) {
                return false;
            }
            String theirs = asked[i];
            if (theirs.equals("#")) {
                return false;
            }
            if (!mine.equals("+") && !mine.equals(theirs)) {
                return false;
            }
        }
        return asked.length == levels.size();
    }

    @Override
    public String toString() {
        return String.join("/", levels);
    }
}
