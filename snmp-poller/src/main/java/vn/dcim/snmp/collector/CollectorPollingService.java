package vn.dcim.snmp.collector;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.collector.CollectorDevices;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.snmp.poll.DevicePoller;
import vn.dcim.snmp.poll.PollReadings;
import vn.dcim.snmp.poll.SnmpClient;
import vn.dcim.snmp.poll.SnmpException;
import vn.dcim.snmp.poll.SnmpSettings;
import vn.dcim.snmp.profile.ProfileCatalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The poller of a remote collector (issue 23 §3): the same {@link DevicePoller} and profiles as the
 * center's {@code SnmpPollingService}, without a database. Its devices come from the center over the
 * broker ({@link CollectorDevices}); there are no leases (a collector alone polls the sites assigned to
 * it, and the center's pollers skip them). Its readings go to the {@link ReadingSink} of the collector
 * context, which appends them to the disk buffer and returns: they reach the center when the broker
 * can take them, in the order they were taken.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", value = "true")
public class CollectorPollingService implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(CollectorPollingService.class);

    private final CollectorDevices devices;
    private final ReadingSink sink;
    private final SnmpSettings settings;
    private final Clock clock;
    private final SnmpClient client = new SnmpClient();
    private final DevicePoller poller = new DevicePoller(client, ProfileCatalog.load());
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "collector-poll-ticker");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Reading> pending = new ConcurrentLinkedQueue<>();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();

    CollectorPollingService(CollectorDevices devices, ReadingSink sink, SnmpSettings settings, Clock clock) {
        this.devices = devices;
        this.sink = sink;
        this.settings = settings;
        this.clock = clock;
    }

    private static final class State {
        volatile Instant nextDue = Instant.EPOCH;
        volatile boolean inFlight;
        volatile int failures;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        ticker.scheduleWithFixedDelay(this::tick, 0, settings.getTickMs(), TimeUnit.MILLISECONDS);
        LOG.info("Remote collector polling started");
    }

    private void tick() {
        try {
            Instant now = clock.instant();
            for (MonitoredDevice d : devices.devices()) {
                State s = states.computeIfAbsent(d.id(), k -> new State());
                if (!s.inFlight && !now.isBefore(s.nextDue)) {
                    s.inFlight = true;
                    poll(d, s, now);
                }
            }
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Collector poll tick failed: {}", e.getMessage());
        }
    }

    private void poll(MonitoredDevice d, State s, Instant started) {
        poller.poll(PollReadings.agent(d), d.profile()).whenComplete((result, failure) -> {
            try {
                Instant at = clock.instant();
                if (failure == null) {
                    answered.incrementAndGet();
                    s.failures = 0;
                    s.nextDue = started.plusSeconds(d.intervalS());
                    pending.addAll(PollReadings.answered(at, d.id(), result));
                    if (!result.problems().isEmpty()) {
                        LOG.info("Device {}: {} value(s) refused: {}", d.id(), result.problems().size(), result.problems());
                    }
                } else {
                    unanswered.incrementAndGet();
                    s.failures++;
                    long backoff = PollReadings.backoffS(d.intervalS(), s.failures, settings.getMaxBackoffS());
                    s.nextDue = started.plusSeconds(backoff);
                    pending.add(PollReadings.unanswered(at, d.id()));
                    LOG.warn("Device {} not polled: {}; next try in {} s", d.id(), SnmpException.of(failure).getMessage(), backoff);
                }
            } finally {
                s.inFlight = false;
            }
        });
    }

    /** Hands what the polls produced to the buffer; the buffer is local, so this fails only with the disk. */
    void flush() {
        List<Reading> batch = new ArrayList<>();
        for (Reading r; (r = pending.poll()) != null; ) {
            batch.add(r);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            sink.record(batch);
        } catch (RuntimeException e) {
            LOG.error("Could not buffer {} readings, keeping them in memory: {}", batch.size(), e.getMessage());
            pending.addAll(batch);
        }
    }

    public long answeredPolls() {
        return answered.get();
    }

    public long failedPolls() {
        return unanswered.get();
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
        flush();
    }
}
