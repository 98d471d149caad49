package vn.dcim.web.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.mqtt.collector.CollectorLink;
import vn.dcim.mqtt.ingest.CollectorSequences;
import vn.dcim.mqtt.ingest.MqttBridge;
import vn.dcim.snmp.poll.SnmpPollingService;

/**
 * The remote collectors' figures: on a collector its buffer (depth, bytes), what the
 * broker acknowledged, what the size cap dropped and its polls; at the center, the collector batches
 * skipped as replays. Looked up at scrape time, as {@link DcimMeters} does.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CollectorMeters implements MeterBinder {
    private final BeanProvider<CollectorLink> link;
    private final BeanProvider<SnmpPollingService> polling;
    private final BeanProvider<MqttBridge> bridge;
    private final BeanProvider<CollectorSequences> sequences;

    @Override
    public void bindTo(MeterRegistry registry) {
        if (link.isPresent()) {
            Gauge.builder("dcim.collector.buffer.depth", this, m -> m.link.get().bufferDepth())
                    .description("Reading batches buffered on disk, not yet acknowledged by the broker").register(registry);
            Gauge.builder("dcim.collector.buffer.size", this, m -> m.link.get().bufferBytes()).baseUnit("bytes")
                    .description("Bytes of the collector's disk buffer").register(registry);
            FunctionCounter.builder("dcim.collector.published", this, m -> m.link.get().published())
                    .description("Reading batches the broker acknowledged").register(registry);
            FunctionCounter.builder("dcim.collector.dropped", this, m -> m.link.get().dropped())
                    .description("Reading batches dropped by the buffer's size cap (the oldest first)").register(registry);
            FunctionCounter.builder("dcim.collector.resent", this, m -> m.link.get().resent())
                    .description("Reading batches sent again after a failed send").register(registry);
            SnmpPollMeters.bind(registry, polling);
        }
        if (bridge.isPresent()) {
            FunctionCounter.builder("dcim.collector.replays", this, m -> m.sequences.get().replays())
                    .description("Collector batches received again and skipped (already stored)").register(registry);
        }
    }
}
