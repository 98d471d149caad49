package vn.dcim.snmp.poll;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.device.DeviceError;
import vn.dcim.core.device.DeviceErrorRepository;
import vn.dcim.core.device.DeviceRefusal;
import vn.dcim.core.device.DeviceRefusals;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceRepository;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.telemetry.Reading;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.snmp.decode.Refusal;
import vn.dcim.snmp.profile.ProfileCatalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Polls every enabled SNMP device at its own interval. Requests are asynchronous on one socket, so
 * thousands of devices share a couple of threads; an unreachable device backs off (doubling up to
 * dcim.snmp.max-backoff-s) and costs the others nothing. Readings are written in batches each tick,
 * on a thread of their own, so a slow commit never delays the next polls.
 */
@Singleton
@Requires(property = "dcim.snmp.enabled", notEquals = "false")
public class SnmpPollingService implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(SnmpPollingService.class);

    private final MonitoredDeviceRepository devices;
    private final DeviceErrorRepository errors;
    private final ReadingSink sink;
    private final SnmpSettings settings;
    private final Clock clock;
    private final SnmpClient client = new SnmpClient();
    private final DevicePoller poller;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "snmp-poll-ticker");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "snmp-reading-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong dropped = new AtomicLong();
    private final Map<String, DeviceState> states = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Reading> pending = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<DeviceError> pendingErrors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<DeviceRefusal> pendingRefusals = new ConcurrentLinkedQueue<>();
    private final DeviceRefusals refusals;
    private volatile List<MonitoredDevice> known = List.of();
    private volatile long knownAt;

    SnmpPollingService(MonitoredDeviceRepository devices, DeviceErrorRepository errors, DeviceRefusals refusals, ReadingSink sink,
                       SnmpSettings settings, Clock clock) {
        this.devices = devices;
        this.errors = errors;
        this.refusals = refusals;
        this.sink = sink;
        this.settings = settings;
        this.clock = clock;
        this.poller = new DevicePoller(client, ProfileCatalog.load());
    }

    private static final class DeviceState {
        volatile Instant nextDue = Instant.EPOCH;
        volatile boolean inFlight;
        volatile int failures;
        volatile Set<String> lastProblems = Set.of();
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        ticker.scheduleWithFixedDelay(this::tick, 0, settings.getTickMs(), TimeUnit.MILLISECONDS);
        writer.scheduleWithFixedDelay(this::flushSafely, settings.getTickMs(), settings.getTickMs(), TimeUnit.MILLISECONDS);
        LOG.info("SNMP polling started");
    }

    void tick() {
        try {
            Instant now = clock.instant();
            for (MonitoredDevice d : devices(now)) {
                DeviceState s = states.computeIfAbsent(d.id(), k -> new DeviceState());
                if (!s.inFlight && !now.isBefore(s.nextDue)) {
                    s.inFlight = true;
                    poll(d, s, now);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("SNMP poll tick failed: {}", e.getMessage());
        }
    }

    private void flushSafely() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Writing SNMP readings failed: {}", e.getMessage());
        }
    }

    private List<MonitoredDevice> devices(Instant now) {
        if (now.toEpochMilli() - knownAt > settings.getDeviceRefreshMs()) {
            known = devices.findByProtocolAndEnabled(Protocol.snmp, true);
            knownAt = now.toEpochMilli();
        }
        return known;
    }

    private void poll(MonitoredDevice d, DeviceState s, Instant started) {
        AgentAddress agent = new AgentAddress(d.host(), d.port() == null ? 161 : d.port(),
                d.snmpVersion() == null ? "2c" : d.snmpVersion(), d.community(), d.v3User(), d.v3AuthProto(),
                d.v3AuthPass(), d.v3PrivProto(), d.v3PrivPass(), d.timeoutMs(), d.retries());
        poller.poll(agent, d.profile()).whenComplete((result, failure) -> {
            if (failure == null) {
                try {
                    read(d, s, started, result);
                } finally {
                    s.inFlight = false;
                }
                return;
            }
            // a device that starts failing: ask the network why once, not on every retry of a long outage
            CompletableFuture<Throwable> why = s.failures == 0 ? poller.explain(agent, failure)
                    : CompletableFuture.completedFuture(SnmpException.of(failure));
            why.whenComplete((cause, e) -> {
                try {
                    failed(d, s, started, cause != null ? cause : SnmpException.of(failure));
                } finally {
                    s.inFlight = false;
                }
            });
        });
    }

    private void failed(MonitoredDevice d, DeviceState s, Instant started, Throwable cause) {
        Instant at = clock.instant();
        s.failures++;
        long backoff = Math.min(settings.getMaxBackoffS(), (long) d.intervalS() << Math.min(s.failures - 1, 10));
        s.nextDue = started.plusSeconds(backoff);
        pending.add(new Reading(at, d.id(), "device.reachable", "0", 0.0, "unreachable", null));
        pendingErrors.add(DeviceError.of(at, d.id(), "not polled: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
                + "; next try in " + backoff + " s"));
    }

    private void read(MonitoredDevice d, DeviceState s, Instant started, PollResult result) {
        Instant at = clock.instant();
        s.failures = 0;
        s.nextDue = started.plusSeconds(d.intervalS());
        pending.add(new Reading(at, d.id(), "device.reachable", "0", 1.0, "reachable", null));
        result.values().forEach(v -> pending.add(new Reading(at, d.id(), v.metric(), v.instance(), v.value(), v.text(), v.unit())));
        // every other value of the poll is stored; the refused ones are counted per reason for the device's page
        Map<Refusal, DeviceRefusal> counted = new EnumMap<>(Refusal.class);
        for (RefusedValue r : result.refused()) {
            if (r.reason() != null && r.reason().fault()) {
                DeviceRefusal one = DeviceRefusal.one(at, d.id(), r.reason().name(), r.metric(), r.oid(), r.detail());
                counted.merge(r.reason(), one, (a, b) -> new DeviceRefusal(a.deviceId(), a.reason(), a.refused() + 1, a.firstTs(), a.lastTs(),
                        a.lastMetric(), a.lastOid(), a.lastDetail()));
            }
        }
        pendingRefusals.addAll(counted.values());
        Set<String> problems = Set.copyOf(result.problems());
        if (!problems.equals(s.lastProblems) && !problems.isEmpty()) {
            pendingErrors.add(DeviceError.of(at, d.id(), problems.size() + " value(s) refused: " + String.join("; ", problems)));
        }
        if (result.profiles().isEmpty()) {
            pendingErrors.add(DeviceError.of(at, d.id(), "no profile matches " + result.sysObjectId() + " \"" + result.sysDescr() + "\""));
        }
        s.lastProblems = problems;
    }

    /** Writes what the polls produced since the last tick; a failed write is retried next tick. */
    void flush() {
        List<Reading> batch = new ArrayList<>();
        for (Reading r; (r = pending.poll()) != null; ) {
            batch.add(r);
        }
        if (!batch.isEmpty()) {
            try {
                sink.record(batch);
            } catch (RuntimeException e) {
                int keep = Math.min(batch.size(), settings.getMaxPendingReadings());
                if (keep < batch.size()) {
                    // a long database outage: memory is bounded, the oldest points go first and are counted
                    long total = dropped.addAndGet(batch.size() - keep);
                    LOG.error("MariaDB has not taken SNMP readings for a while: dropped the {} oldest of {} waiting ({} dropped since start)",
                            batch.size() - keep, batch.size(), total);
                }
                LOG.warn("Could not store {} readings, keeping them for the next tick: {}", keep, e.getMessage());
                pending.addAll(batch.subList(batch.size() - keep, batch.size()));
            }
        }
        List<DeviceError> errs = new ArrayList<>();
        for (DeviceError e; (e = pendingErrors.poll()) != null; ) {
            errs.add(e);
        }
        if (!errs.isEmpty()) {
            try {
                errors.saveAll(errs);
            } catch (RuntimeException e) {
                LOG.warn("Could not record {} device errors: {}", errs.size(), e.getMessage());
            }
        }
        List<DeviceRefusal> counts = new ArrayList<>();
        for (DeviceRefusal r; (r = pendingRefusals.poll()) != null; ) {
            counts.add(r);
        }
        if (!counts.isEmpty()) {
            try {
                refusals.add(counts);
            } catch (RuntimeException e) {
                LOG.warn("Could not count {} refused values: {}", counts.size(), e.getMessage());
            }
        }
    }

    /**
     * A device was created, changed or deleted: the list is read again at the next tick and the device
     * starts afresh (polled at once, no back-off carried over from its old address or credentials).
     */
    void changed(String deviceId) {
        states.remove(deviceId);
        knownAt = 0;
    }

    /** Readings dropped because MariaDB was unavailable for longer than dcim.snmp.max-pending-readings lasts. */
    public long droppedReadings() {
        return dropped.get();
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        writer.shutdownNow();
        client.close();
    }
}
