package vn.dcim.mqtt.collector;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A remote collector ({@code dcim.collector.*}): its id (DCIM_COLLECTOR_ID, which names
 * its topics and its key), where its buffer lives and how large it may grow. The broker it publishes to
 * is {@code dcim.mqtt.*} (DCIM_MQTT_URL with {@code ssl://}, user and password, trust store), as for the bridge.
 */
@ConfigurationProperties("dcim.collector")
public class CollectorSettings {
    /** Lower case, digits and dashes: the id is part of topic names and of the key file's name. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,29}");

    private boolean enabled;
    @Nullable
    private String id;
    @Nullable
    private String bufferDir;
    private long maxBufferBytes = 512L * 1024 * 1024;
    private long segmentBytes = 4L * 1024 * 1024;
    /** How often the center looks for changed device lists to publish. */
    private Duration configInterval = Duration.ofSeconds(5);

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    @Nullable public String getId() { return id; }
    public void setId(@Nullable String id) { this.id = id; }
    @Nullable public String getBufferDir() { return bufferDir; }
    public void setBufferDir(@Nullable String bufferDir) { this.bufferDir = bufferDir; }
    public long getMaxBufferBytes() { return maxBufferBytes; }
    public void setMaxBufferBytes(long maxBufferBytes) { this.maxBufferBytes = maxBufferBytes; }
    public long getSegmentBytes() { return segmentBytes; }
    public void setSegmentBytes(long segmentBytes) { this.segmentBytes = segmentBytes; }
    public Duration getConfigInterval() { return configInterval; }
    public void setConfigInterval(Duration configInterval) { this.configInterval = configInterval; }

    /** DCIM_COLLECTOR_BUFFER_DIR, or {@code collector-buffer} in the data directory. */
    public java.nio.file.Path bufferDir(String dataDir) {
        return bufferDir == null || bufferDir.isBlank() ? java.nio.file.Path.of(dataDir, "collector-buffer") : java.nio.file.Path.of(bufferDir);
    }

    /** The id, checked: a collector without one would publish under a name the center does not know. */
    public String requireId() {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalStateException("DCIM_COLLECTOR_ID must be set to lower-case letters, digits and dashes (e.g. 'hn-dr'), not '" + id + "'");
        }
        return id;
    }
}
