package vn.dcim.mqtt.collector;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A remote collector ({@code dcim.collector.*}): its id (DCIM_COLLECTOR_ID, which names
 * its topics and its key), where its buffer lives and how large it may grow. The broker it publishes to
 * is {@code dcim.mqtt.*} (DCIM_MQTT_URL with {@code ssl://}, user and password, trust store), as for the bridge.
 *
 * @param configInterval how often the center looks for changed device lists to publish
 */
@ConfigurationProperties("dcim.collector")
public record CollectorSettings(@Bindable(defaultValue = "false") boolean enabled,
                                @Nullable String id,
                                @Nullable String bufferDir,
                                @Bindable(defaultValue = "536870912") long maxBufferBytes,
                                @Bindable(defaultValue = "4194304") long segmentBytes,
                                @Bindable(defaultValue = "5s") Duration configInterval) {
    /** Lower case, digits and dashes: the id is part of topic names and of the key file's name. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,29}");

    /** DCIM_COLLECTOR_BUFFER_DIR, or {@code collector-buffer} in the data directory. */
    public Path bufferDir(String dataDir) {
        return bufferDir == null || bufferDir.isBlank() ? Path.of(dataDir, "collector-buffer") : Path.of(bufferDir);
    }

    /** The id, checked: a collector without one would publish under a name the center does not know. */
    public String requireId() {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalStateException("DCIM_COLLECTOR_ID must be set to lower-case letters, digits and dashes (e.g. 'hn-dr'), not '" + id + "'");
        }
        return id;
    }
}
