package vn.dcim.mqtt.topic;

import java.util.Optional;

/** A topic of the contract {@code dcim/{site}/{kind}/{deviceId}/{channel}}, taken apart. */
public record TopicAddress(String site, String kind, String deviceId, String channel) {
    public static final String ROOT = "dcim";

    /** Empty when the topic does not have the contract's five levels under {@code dcim/}. */
    public static Optional<TopicAddress> parse(String topic) {
        String[] p = topic.split("/", -1);
        if (p.length != 5 || !ROOT.equals(p[0])) {
            return Optional.empty();
        }
        for (String level : p) {
            if (level.isEmpty() || level.length() > 64) {
                return Optional.empty();
            }
        }
        return Optional.of(new TopicAddress(p[1], p[2], p[3], p[4]));
    }

    public String topic() {
        return String.join("/", ROOT, site, kind, deviceId, channel);
    }
}
