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
import vn.dcim.core.deadletter.DeadLetterReason;
import vn.dcim.mqtt.deadletter.DeadLetterCounter;
import vn.dcim.mqtt.dialect.OwnDialectFiles;
import vn.dcim.mqtt.ingest.IngestPipeline;
import vn.dcim.mqtt.ingest.MqttBridge;

/**
 * The MQTT bridge's figures at the center: messages committed and queued, connections to the broker, the centre's
 * dialect files refused and the dead letters per reason, read at scrape time (the bridge's parts only where this
 * process runs them).
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BridgeMeters implements MeterBinder {
    private final BeanProvider<MqttBridge> bridge;
    private final BeanProvider<IngestPipeline> pipeline;
    private final BeanProvider<OwnDialectFiles> dialectFiles;
    private final DeadLetterCounter deadLetters;

    @Override
    public void bindTo(MeterRegistry registry) {
        if (bridge.isPresent()) {
            FunctionCounter.builder("dcim.mqtt.messages", this, m -> m.pipeline.get().stats().committed())
                    .description("MQTT messages committed (stored or dead-lettered)").register(registry);
            FunctionCounter.builder("dcim.mqtt.connections", this, m -> m.bridge.get().connections())
                    .description("Connections the bridge made to the broker since start (the first and every reconnection)").register(registry);
            Gauge.builder("dcim.mqtt.queue.messages", this, m -> m.pipeline.get().stats().queued())
                    .description("MQTT messages received and not yet committed").register(registry);
        }
        if (dialectFiles.isPresent()) {
            FunctionCounter.builder("dcim.mqtt.dialects.refused", this, m -> m.dialectFiles.get().refused())
                    .description("Dialect files of the centre refused (each version once; a refused file's previous version stays in force)")
                    .register(registry);
        }
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            FunctionCounter.builder("dcim.mqtt.dead.letters", deadLetters, d -> d.snapshot().getOrDefault(reason, 0L))
                    .tag("reason", reason.name()).description("MQTT messages refused, per reason").register(registry);
        }
    }
}
