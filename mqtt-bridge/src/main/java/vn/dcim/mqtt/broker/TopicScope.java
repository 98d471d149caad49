package vn.dcim.mqtt.broker;

import vn.dcim.core.error.Explained;
import vn.dcim.core.error.Explanation;
import vn.dcim.mqtt.topic.TopicAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * The topics one device credential may publish and subscribe under (Art. 25.3: a device's
 * credential must not let it speak for another device): one or more MQTT topic filters, separated by
 * spaces. Under our contract's {@code dcim/}, e.g. {@code dcim/+/+/ups-01/#} (the default: the device
 * named like its credential, at any site and kind) or {@code dcim/hcm-1/#} (a site's gateway forwarding
 * many devices); for a vendor device, inside the topic filters of its dialect, e.g.
 * {@code zigbee2mqtt/#} or {@code tele/plug-1/#}.
 */
public final class TopicScope {
    /** The longest filter of a scope, and the longest scope. */
    public static final int MAX_FILTER = 300;
    public static final int MAX_SCOPE = 1000;
    /** Where a scope issued without a dialect may reach: our own contract. */
    public static final List<String> CONTRACT = List.of(TopicAddress.ROOT + "/#");

    private final List<List<String>> filters;

    private TopicScope(List<String> filters) {
        this.filters = filters.stream().map(f -> List.of(f.split("/", -1))).toList();
    }

    /** The scope of a credential issued without one: the device whose id is the user name. */
    public static String forDevice(String username) {
        return TopicAddress.ROOT + "/+/+/" + username + "/#";
    }

    /** Why {@code scope} is no valid scope under our contract, or null when it is one. */
    public static String problem(String scope) {
        Problem p = check(scope, CONTRACT);
        return p == null ? null : p.text();
    }

    /** A scope's problem in English and as a message key, so the web layer tells it in the reader's language. */
    private record Problem(String text, String key, Object... args) {
    }

    private static List<String> filtersOf(String scope) {
        List<String> out = new ArrayList<>();
        for (String f : scope.trim().split("[\\s,]+")) {
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    private static Problem check(String scope, List<String> within) {
        if (scope == null || scope.isBlank()) {
            return new Problem("must not be blank", "error.mqtt.scope.blank");
        }
        if (scope.length() > MAX_SCOPE) {
            return new Problem("must be at most " + MAX_SCOPE + " characters", "error.mqtt.scope.too-long", MAX_FILTER);
        }
        for (String filter : filtersOf(scope)) {
            Problem p = syntax(filter);
            if (p != null) {
                return p;
            }
            if (within.stream().noneMatch(w -> new TopicScope(List.of(w)).covers(filter))) {
                return within.equals(CONTRACT)
                        ? new Problem("must start with " + TopicAddress.ROOT + "/", "error.mqtt.scope.root", TopicAddress.ROOT + "/")
                        : new Problem(filter + " lies outside " + String.join(" ", within), "error.mqtt.scope.outside", filter, String.join(" ", within));
            }
        }
        return null;
    }

    private static Problem syntax(String filter) {
        if (filter.length() > MAX_FILTER) {
            return new Problem("must be at most " + MAX_FILTER + " characters", "error.mqtt.scope.too-long", MAX_FILTER);
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

    /** A scope under our contract ({@code dcim/}). */
    public static TopicScope of(String scope) {
        return of(scope, CONTRACT);
    }

    /** A scope each of whose filters lies inside one of {@code within} (a dialect's topic filters). */
    public static TopicScope of(String scope, List<String> within) {
        Problem problem = check(scope, within);
        if (problem != null) {
            throw new Invalid("topic scope " + problem.text(), problem.key(), problem.args());
        }
        return new TopicScope(filtersOf(scope));
    }

    /**
     * The scope of a device no dialect reads yet, issued without a dialect so that it can publish and be taught
     * (screen Dạy thiết bị): every filter names its first level, lies outside our contract's {@code dcim/} and the
     * broker's {@code $} topics, and shares no topic with the trees of {@code dialectFilters} (the topics the dialects
     * read and learn from under a named first level: {@code zigbee2mqtt/#}, {@code tele/+/SENSOR}), so the device can
     * never speak where another maker's devices do.
     */
    public static TopicScope untaught(String scope, List<String> dialectFilters) {
        Problem problem = check(scope, List.of("#"));
        if (problem == null) {
            for (String filter : filtersOf(scope)) {
                String first = filter.split("/", -1)[0];
                if (first.equals("+") || first.equals("#") || first.startsWith("$") || first.equals(TopicAddress.ROOT)) {
                    problem = new Problem(filter + " must name its first level, other than " + TopicAddress.ROOT,
                            "error.mqtt.scope.first-level", filter, TopicAddress.ROOT);
                    break;
                }
                // a dialect's pattern of any first level (ESPHome's +/status, a Zigbee2MQTT base's +/+/bridge/state) is
                // no maker's tree: what the device publishes there still names only sources inside its own tree
                String read = dialectFilters.stream().filter(d -> !d.startsWith("+") && !d.startsWith("#") && overlap(filter, d))
                        .findFirst().orElse(null);
                if (read != null) {
                    problem = new Problem(filter + " shares topics with " + read + ", which a dialect reads",
                            "error.mqtt.scope.dialect-topics", filter, read);
                    break;
                }
            }
        }
        if (problem != null) {
            throw new Invalid("topic scope " + problem.text(), problem.key(), problem.args());
        }
        return new TopicScope(filtersOf(scope));
    }

    /** Whether no filter of {@code scope} lies under our contract's {@code dcim/}: a vendor device's own topics. */
    public static boolean outsideContract(String scope) {
        return filtersOf(scope).stream().noneMatch(f -> f.split("/", -1)[0].equals(TopicAddress.ROOT));
    }

    /** Whether some topic matches both filters. */
    static boolean overlap(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i < x.length && x[i].equals("#") || i < y.length && y[i].equals("#")) {
                return true;
            }
            if (i >= x.length || i >= y.length) {
                return false;
            }
            if (!x[i].equals("+") && !y[i].equals("+") && !x[i].equals(y[i])) {
                return false;
            }
        }
        return true;
    }

    /** A scope as it was issued and stored (checked then): only its filters are read. */
    public static TopicScope granted(String scope) {
        return new TopicScope(filtersOf(scope));
    }

    /** A filter that is no valid scope; its reason is also a message key. */
    public static final class Invalid extends IllegalArgumentException implements Explained {
        private final Explanation explanation;

        Invalid(String message, String key, Object... args) {
            super(message);
            this.explanation = Explanation.of(key, args);
        }

        @Override
        public Explanation explanation() {
            return explanation;
        }
    }

    /**
     * Whether everything {@code topic} names lies inside one of the scope's filters. For a publication
     * it is a plain topic; for a subscription it is a filter, and its wildcards must not reach out of
     * the scope ({@code dcim/#} is not inside {@code dcim/+/+/ups-01/#}).
     */
    public boolean covers(String topic) {
        String[] asked = topic.split("/", -1);
        for (List<String> levels : filters) {
            if (covers(levels, asked)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(List<String> levels, String[] asked) {
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
        return String.join(" ", filters.stream().map(l -> String.join("/", l)).toList());
    }
}
