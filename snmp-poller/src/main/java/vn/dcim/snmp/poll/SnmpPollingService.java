package vn.dcim.snmp.poll;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.device.DeviceError;
import vn.dcim.core.device.DeviceRefusal;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDeviceChanged;
import vn.dcim.core.telemetry.ReadingBatch;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.snmp.decode.Refusal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one SNMP polling loop of the center's pollers and of a remote collector: it polls
 * the devices its {@link PollTarget} gives (the center: the database's devices this poller holds a lease
 * on; a collector: the devices the center sent it), each at its own interval. Requests are asynchronous
 * on one socket, so thousands of devices share a couple of threads; an unreachable device backs off
 * (doubling up to dcim.snmp.max-backoff-s) and costs the others nothing. Each poll runs within a
 * {@link PollAllowance}, its request budget, which is cancelled when its device is disabled, deleted or
 * changed, or leaves this poller's list: from then on nothing more is sent for it. Readings go to core's
 * {@link ReadingSink} (MariaDB, or the collector's disk buffer) in batches each tick, on a thread of
 * their own, so a slow commit never delays the next polls.
 */
@Singleton
@Requires(property = "dcim.snmp.enabled", notEquals = "false")
public class SnmpPollingService implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(SnmpPollingService.class);

    private final PollTarget target;
    private final ReadingSink sink;
    private final SnmpSettings settings;
    private final Clock clock;
    private final SnmpClient client;
    private final DevicePoller poller;
    private final PollerProfiles profiles;
    private final ScheduledExecutorService ticker = NamedThreads.scheduled("snmp-poll-ticker");
    private final ScheduledExecutorService writer = NamedThreads.scheduled("snmp-reading-writer");
    private final AtomicLong dropped = new AtomicLong();
    // what /prometheus shows of this poller: polls answered, polls failed, time they took
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong pollNanos = new AtomicLong();
    private final Map<String, DeviceState> states = new ConcurrentHashMap<>();
    /**
     * What the polls read since the last write, as columns (a poll's values are added under this lock, 25 or so at
     * a time); the writer swaps it with {@link #spare}, so neither a value read nor a write allocates per value.
     */
    private final Object pendingLock = new Object();
    private ReadingBatch pending = new ReadingBatch();
    /** The writer's: the batch it wrote last, emptied, to be swapped in at the next write. */
    private ReadingBatch spare = new ReadingBatch();
    private final ConcurrentLinkedQueue<DeviceError> pendingErrors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<DeviceRefusal> pendingRefusals = new ConcurrentLinkedQueue<>();
    private final PollTarget.Polled polled = new PollTarget.Polled() {
        @Override
        public Instant lastStarted(String deviceId) {
            DeviceState s = states.get(deviceId);
            return s == null ? null : s.lastStarted;
        }

        @Override
        public void dueAt(String deviceId, Instant due) {
            DeviceState s = new DeviceState();
            s.nextDue = due;
            states.put(deviceId, s);
        }
    };

    SnmpPollingService(PollTarget target, ReadingSink sink, SnmpSettings settings, Clock clock) {
        this(target, sink, settings, new PollerProfiles(settings, clock), clock);
    }

    @jakarta.inject.Inject
    SnmpPollingService(PollTarget target, ReadingSink sink, SnmpSettings settings, PollerProfiles profiles, Clock clock) {
        this.target = target;
        this.sink = sink;
        this.settings = settings;
        this.clock = clock;
        this.client = new SnmpClient(settings.getMaxRequestsPerSecond(), settings.getMaxRowsPerWalk());
        this.profiles = profiles;
        // asked at every poll: a profile file added, changed or removed is in force at the next poll, no restart
        this.poller = new DevicePoller(client, profiles::catalog);
    }

    private static final class DeviceState {
        volatile Instant nextDue = Instant.EPOCH;
        volatile Instant lastStarted;
        volatile boolean inFlight;
        volatile int failures;
        volatile Set<String> lastProblems = Set.of();
        /** The poll under way, to stop it when its device is disabled, deleted or no longer this poller's. */
        volatile PollAllowance current;

        void cancel() {
            PollAllowance c = current;
            if (c != null) {
                c.cancel();
            }
        }
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
            List<MonitoredDevice> due = target.devices(now, polled);
            Set<String> held = new HashSet<>();
            for (MonitoredDevice d : due) {
                held.add(d.id());
                DeviceState s = states.computeIfAbsent(d.id(), k -> new DeviceState());
                if (!s.inFlight && !now.isBefore(s.nextDue)) {
                    s.inFlight = true;
                    poll(d, s, now);
                }
            }
            // a device no longer in the list (disabled, deleted, its lease or site gone elsewhere) is asked nothing more
            states.forEach((id, s) -> {
                if (s.inFlight && !held.contains(id)) {
                    s.cancel();
                }
            });
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

    private void poll(MonitoredDevice d, DeviceState s, Instant started) {
        s.lastStarted = started;
        AgentAddress agent = PollReadings.agent(d);
        PollAllowance allowance = PollAllowance.bounded();
        s.current = allowance;
        poller.poll(agent, d.profile(), allowance).whenComplete((result, failure) -> {
            if (allowance.cancelled()) {
                // its device was disabled, deleted or changed meanwhile: what the poll read is no longer wanted;
                // an operator's doing, not the agent's, so counted and not warned about
                client.guards().counted(Guard.cancelled);
                s.inFlight = false;
                return;
            }
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
        unanswered.incrementAndGet();
        pollNanos.addAndGet(java.time.Duration.between(started, at).toNanos());
        s.failures++;
        long backoff = PollReadings.backoffS(d.intervalS(), s.failures, settings.getMaxBackoffS());
        s.nextDue = started.plusSeconds(backoff);
        if (backoff > d.intervalS()) {
            client.guards().stepIn(Guard.backing_off, PollReadings.agent(d), "device " + d.id() + " did not answer "
                    + s.failures + " polls in a row; next try in " + backoff + " s instead of " + d.intervalS() + " s");
        }
        synchronized (pendingLock) {
            PollReadings.unanswered(pending, at, d.id());
        }
        pendingErrors.add(DeviceError.of(at, d.id(), "not polled: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
                + "; next try in " + backoff + " s"));
    }

    private void read(MonitoredDevice d, DeviceState s, Instant started, PollResult result) {
        Instant at = clock.instant();
        answered.incrementAndGet();
        pollNanos.addAndGet(java.time.Duration.between(started, at).toNanos());
        s.failures = 0;
        s.nextDue = started.plusSeconds(d.intervalS());
        synchronized (pendingLock) {
            PollReadings.answered(pending, at, d.id(), result);
        }
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
        ReadingBatch batch;
        synchronized (pendingLock) {
            batch = pending;
            pending = spare;
        }
        spare = batch;
        if (!batch.isEmpty()) {
            try {
                sink.record(batch);
            } catch (RuntimeException e) {
                int keep = Math.min(batch.size(), settings.getMaxPendingReadings());
                if (keep < batch.size()) {
                    // a long database outage: memory is bounded, the oldest points go first and are counted
                    long total = dropped.addAndGet(batch.size() - keep);
                    LOG.error("The reading sink has not taken SNMP readings for a while: dropped the {} oldest of {} waiting ({} dropped since start)",
                            batch.size() - keep, batch.size(), total);
                }
                LOG.warn("Could not store {} readings, keeping them for the next tick: {}", keep, e.getMessage());
                synchronized (pendingLock) {
                    // the kept ones first, then what was polled meanwhile: the next write keeps their order
                    ReadingBatch kept = new ReadingBatch(keep + pending.size());
                    kept.addAll(batch, batch.size() - keep, batch.size());
                    kept.addAll(pending, 0, pending.size());
                    spare = pending;
                    pending = kept;
                }
            }
        }
        spare.clear();
        List<DeviceError> errs = new ArrayList<>();
        for (DeviceError e; (e = pendingErrors.poll()) != null; ) {
            errs.add(e);
        }
        if (!errs.isEmpty()) {
            target.errors(errs);
        }
        List<DeviceRefusal> counts = new ArrayList<>();
        for (DeviceRefusal r; (r = pendingRefusals.poll()) != null; ) {
            counts.add(r);
        }
        if (!counts.isEmpty()) {
            target.refusals(counts);
        }
    }

    /**
     * A device was created, changed or deleted through the API: the list is read again at the next tick, not
     * after the periodic reload (dcim.snmp.device-refresh-ms), and the device starts afresh (polled at once,
     * no back-off carried over from its old address or credentials).
     */
    @EventListener
    void changed(MonitoredDeviceChanged change) {
        DeviceState s = states.remove(change.deviceId());
        if (s != null) {
            s.cancel();
        }
        target.changed();
    }

    /**
     * A trap told something about the device: it is polled at the next tick instead of at the
     * end of its interval, if this poller holds it and no poll of it is under way. A storm of traps costs
     * at most one poll per tick.
     */
    public void pollSoon(String deviceId) {
        DeviceState s = states.get(deviceId);
        if (s != null) {
            s.nextDue = Instant.EPOCH;
        }
    }

    /** The profiles it polls with (the centre's directory read again while it runs). */
    public PollerProfiles profiles() {
        return profiles;
    }

    /** How often each guard of the poller's politeness stepped in, and the requests sent, since start. */
    public Guards guards() {
        return client.guards();
    }

    /** Devices polled at a backed-off pace now: they did not answer their last polls, and wait longer than their interval. */
    public int devicesBackingOff() {
        int n = 0;
        for (DeviceState s : states.values()) {
            if (s.failures > 1) {
                n++;
            }
        }
        return n;
    }

    /** Readings dropped because MariaDB was unavailable for longer than dcim.snmp.max-pending-readings lasts. */
    public long droppedReadings() {
        return dropped.get();
    }

    /** Polls whose device answered, since start. */
    public long answeredPolls() {
        return answered.get();
    }

    /** Polls whose device did not answer (timeout, refused, unreachable), since start. */
    public long failedPolls() {
        return unanswered.get();
    }

    /** Time all polls since start took, from the request to the answer or the give-up, in nanoseconds. */
    public long pollNanos() {
        return pollNanos.get();
    }

    /** Readings polled and not yet written (the queue to MariaDB). */
    public int pendingReadings() {
        synchronized (pendingLock) {
            return pending.size();
        }
    }

    /** This instance's lease holder name (poller_instance.id). */
    public String instanceId() {
        return target.instanceId();
    }

    /** How many devices this poller holds now. */
    public int heldDevices() {
        return target.heldDevices();
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
        writer.shutdownNow();
        try {
            // a lease round still running would take back what is given back below
            ticker.awaitTermination(10, TimeUnit.SECONDS);
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("Could not write the last SNMP readings on stop: {}", e.getMessage());
        }
        target.leave(polled);
    }
}
