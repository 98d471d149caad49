package vn.dcim.mqtt.collector;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.dcim.core.db.DataDirectory;

/** The collector's disk buffer: DCIM_COLLECTOR_BUFFER_DIR, or {@code collector-buffer} in the data directory. */
@Factory
@Requires(property = "dcim.collector.enabled", value = "true")
class CollectorBuffers {
    @Singleton
    @Bean(preDestroy = "close")
    DiskBuffer diskBuffer(CollectorSettings settings, DataDirectory data) {
        settings.requireId();
        return new DiskBuffer(settings.bufferDir(data.dataDir()), settings.maxBufferBytes(), settings.segmentBytes());
    }
}
