package vn.dcim.mqtt.broker;

import vn.dcim.core.error.Explained;
import vn.dcim.core.error.Explanation;
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
        Problem p = check(filter);
        return p == null ? null : p.text();
    }

    /** A scope's problem in English and as a message key, so the web layer tells it in the reader's language. */
    private record Problem(String text, String key) {
    }

    private static Problem check(String filter) {
        if (filter == null || filter.isBlank()) {
            return new Problem("must not be blank", "error.mqtt.scope.blank");
        }
        if (filter.length() > 300) {
            return new Problem("must be at most 300 characters", "error.mqtt.scope.too-long");
        }
        if (!filter.startsWith(TopicAddress.ROOT + "/")) {
            return new Problem("must start with " + TopicAddress.ROOT + "/", "error.mqtt.scope.root");
        }
        String[] parts = filter.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                return new Problem("has an empty level", "error.mqtt.scope.empty-level");
            }
            if ((p.contains("#") && (!p.equals("#") || i != parts.length - 1)) || (p.contains("+") && !p.equals("+"))) {
                return new Problem("may use + only as a whole level and # only as the whole last level", "error.mqtt.scope.wildcard");
            }
        }
        return null;
    }

    public static TopicScope of(String filter) {
        Problem problem = check(filter);
        if (problem != null) {
            throw new Invalid("topic scope " + problem.text(), problem.key());
        }
        return new TopicScope(filter);
    }

    /** A filter that is no valid scope; its reason is also a message key. */
    public static final class Invalid extends IllegalArgumentException implements Explained {
        private final Explanation explanation;

        Invalid(String message, String key) {
            super(message);
            this.explanation = Explanation.of(key, TopicAddress.ROOT + "/");
        }

        @Override
        public Explanation explanation() {
            return explanation;
        }
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
