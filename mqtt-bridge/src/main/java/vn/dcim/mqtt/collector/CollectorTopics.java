package vn.dcim.mqtt.collector;

import java.util.Optional;

/**
 * The topics of remote collectors, beside the devices' {@code dcim/{site}/{kind}/{device}/{channel}}:
 * {@code dcim/collector/{id}/readings} (the collector's batches, QoS 1) and {@code dcim/collector/{id}/config}
 * (its device list, retained, published by the center).
 */
public final class CollectorTopics {
    public static final String PREFIX = "dcim/collector/";

    private CollectorTopics() {
    }

    public static String readings(String collectorId) {
        return PREFIX + collectorId + "/readings";
    }

    public static String config(String collectorId) {
        return PREFIX + collectorId + "/config";
    }

    public static boolean isCollectorTopic(String topic) {
        return topic.startsWith(PREFIX);
    }

    /** The collector id of a readings topic, empty for any other topic. */
    public static Optional<String> readingsOf(String topic) {
        if (!topic.startsWith(PREFIX) || !topic.endsWith("/readings")) {
            return Optional.empty();
        }
        String id = topic.substring(PREFIX.length(), topic.length() - "/readings".length());
        return CollectorSettings.ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
