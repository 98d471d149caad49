package vn.dcim.mqtt.topic;

import java.util.Optional;

/** A topic of the contract {@code dcim/{site}/{kind}/{deviceId}/{channel}}, taken apart. */
public record TopicAddress(String site, String kind, String deviceId, String channel) {
    public static final String ROOT = "dcim";
    private static final int LEVELS = 4;
    private static final int MAX_LEVEL = 64;

    /** Empty when the topic does not have the contract's five levels under {@code dcim/}. */
    public static Optional<TopicAddress> parse(String topic) {
        // by index, not split(): this runs for every message and split's list and array showed in bench/mqtt
        if (!topic.startsWith(ROOT + "/")) {
            return Optional.empty();
        }
        String[] level = new String[LEVELS];
        int from = ROOT.length() + 1;
        for (int i = 0; i < LEVELS; i++) {
            int end = i < LEVELS - 1 ? topic.indexOf('/', from) : topic.length();
            if (end < 0 || end == from || end - from > MAX_LEVEL || (i == LEVELS - 1 && topic.indexOf('/', from) >= 0)) {
                return Optional.empty();
            }
            level[i] = topic.substring(from, end);
            from = end + 1;
        }
        return Optional.of(new TopicAddress(level[0], level[1], level[2], level[3]));
    }

    public String topic() {
        return String.join("/", ROOT, site, kind, deviceId, channel);
    }
}
