package vn.dcim.web.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.snmp.poll.SnmpPollingService;

import java.util.concurrent.TimeUnit;

/**
 * The SNMP poller's figures at the center (polls, their latency, the devices it holds, what waits to be written), read
 * at scrape time; bound only where this process polls. A remote collector's are told by {@link CollectorMeters}.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PollerMeters implements MeterBinder {
    // looked up at scrape time: the registry is made while the connection pool is, so asking for the poller here
    // would go round in a circle
    private final BeanProvider<SnmpPollingService> poller;

    @Override
    public void bindTo(MeterRegistry registry) {
        if (!poller.isPresent()) {
            return;
        }
        FunctionTimer.builder("dcim.snmp.poll.latency", this, m -> m.poller.get().answeredPolls() + m.poller.get().failedPolls(),
                m -> m.poller.get().pollNanos(), TimeUnit.NANOSECONDS)
                .description("Time SNMP polls took, request to answer or give-up").register(registry);
        Gauge.builder("dcim.snmp.devices.held", this, m -> m.poller.get().heldDevices())
                .description("SNMP devices this poller holds a lease on").register(registry);
        Gauge.builder("dcim.snmp.queue.readings", this, m -> m.poller.get().pendingReadings())
                .description("Polled readings waiting to be written").register(registry);
        FunctionCounter.builder("dcim.snmp.readings.dropped", this, m -> m.poller.get().droppedReadings())
                .description("Readings dropped after a long database outage").register(registry);
        SnmpPollMeters.bind(registry, poller);
    }
}
