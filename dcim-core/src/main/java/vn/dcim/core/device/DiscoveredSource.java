package vn.dcim.core.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A vendor device heard on the broker: the dialect that understood it, its source id in
 * that dialect, when it was first and last heard, how often, its last message and the readings that
 * message would give (one per line, "metric[instance] = value unit"). Bound: its messages are the
 * readings of {@code deviceId}.
 */
@MappedEntity("discovered_source")
public record DiscoveredSource(@Id @GeneratedValue long id, String dialect, String sourceId, State state, @Nullable String deviceId,
                               Instant firstSeen, Instant lastSeen, long messageCount, String lastTopic,
                               String lastPayload, String wouldGive) {

    public enum State {
        unbound, bound
    }

    /** Whose readings a source's messages are: a device on a site, or nobody's yet. */
    public record Binding(@Nullable String deviceId, @Nullable String siteId) {
        public static final Binding UNBOUND = new Binding(null, null);

        public boolean isBound() {
            return deviceId != null;
        }
    }

    /** What the bridge heard of one source in one batch of messages. */
    public record Heard(String dialect, String sourceId, Instant seen, int messages, String topic, String payload,
                        String wouldGive) {
    }
}
