package vn.dcim.snmp.sim;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.demo.DemoAgentAddresses;
import vn.dcim.core.demo.DemoSite;
import vn.dcim.core.demo.DemoSiteSeeder;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.device.MonitoredDevices;
import vn.dcim.core.device.Protocol;
import vn.dcim.core.telemetry.ReadingBatch;
import vn.dcim.core.telemetry.ReadingSink;
import vn.dcim.snmp.poll.AgentAddress;
import vn.dcim.snmp.poll.DevicePoller;
import vn.dcim.snmp.poll.PollReadings;
import vn.dcim.snmp.poll.PollResult;
import vn.dcim.snmp.poll.SnmpClient;
import vn.dcim.snmp.profile.ProfileCatalog;

import java.io.IOException;
import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo's last hour, written on its first start so that the charts are not empty for the first
 * minutes. Each demo SNMP device is polled as the poller polls it, one point per its
 * polling interval over the last hour, but of a private copy of its simulated agent set to each past
 * time: the values are what the demo's agents would have answered then, decoded by the same profiles,
 * and they go through core's {@link ReadingSink} like every poll (roll-ups and latest values follow).
 * Only on the start that seeds the demo site (an install's first with the demo), never on one that
 * already had it (a second start), never without the demo's agents.
 */
@Singleton
@Requires(beans = DemoAgents.class)
@Requires(property = "dcim.demo.backfill.enabled", notEquals = "false")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoBackfill implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoBackfill.class);
    static final Duration SPAN = Duration.ofHours(1);
    /**
     * Points of one series at most: one each 30 s. The power chain is polled each 15 s, but 240 polls of
     * each of 8 devices took a minute on a busy 2-core machine; a chart of an hour shows 120 as well.
     */
    static final long MOST_POINTS = 120;

    private final DemoAgents agents;
    private final DemoSiteSeeder seeder;
    private final DemoAgentAddresses addresses;
    private final MonitoredDevices devices;
    private final ReadingSink sink;
    private volatile boolean stopped;
    private volatile Thread running;
    private final java.util.concurrent.atomic.AtomicBoolean pending = new java.util.concurrent.atomic.AtomicBoolean(true);

    @Override
    public void onApplicationEvent(StartupEvent event) {
        // the site's devices are there before their history: seeded here, on the startup thread, as the
        // seeder's own start does (the two never run at once)
        seeder.seedIfAbsent();
        // the polls off the startup thread: some two thousand polls of local agents take a few seconds
        Thread t = NamedThreads.of("demo-backfill", () -> {
            try {
                backfillIfNew();
            } catch (RuntimeException e) {
                LOG.warn("Demo history not backfilled: {}", e.toString());
            }
        });
        running = t;
        t.start();
    }

    /** The product stops: the hour is not finished (a half-written hour is kept; the next start does not retry it). */
    @PreDestroy
    void stop() throws InterruptedException {
        stopped = true;
        Thread t = running;
        if (t != null) {
            t.join(10_000);
        }
    }

    /**
     * Writes the demo's last hour when this start seeded the demo site (its first start), once; how many
     * readings it wrote (0: none, the site was there before or the hour is written already).
     */
    public synchronized int backfillIfNew() {
        if (!seeder.seededNow() || !pending.compareAndSet(true, false)) {
            return 0;
        }
        List<MonitoredDevice> demo = devices.ofSite(DemoSite.ID).stream()
                .filter(d -> d.protocol() == Protocol.snmp && d.port() != null && index(d) >= 0)
                .sorted(java.util.Comparator.comparingInt(this::index)).toList();
        // the hour before the demo's agents started: the live polls take over from there
        Instant now = agents.startedAt();
        int written = 0;
        Path stateDir;
        try {
            stateDir = Files.createTempDirectory("dcim-demo-backfill");
        } catch (IOException e) {
            LOG.warn("Demo history not backfilled: {}", e.getMessage());
            return 0;
        }
        // the agents asked here are the demo's own copies in this process, replaying an hour as fast as they
        // answer: no management card to spare, so no rate cap (at a real agent's 100 a second the hour took minutes)
        try (SnmpClient client = new SnmpClient(0, SnmpClient.DEFAULT_MAX_ROWS_PER_WALK)) {
            DevicePoller poller = new DevicePoller(client, ProfileCatalog.load());
            for (MonitoredDevice d : demo) {
                if (stopped) {
                    break;
                }
                written += device(d, poller, now, stateDir);
            }
        }
        LOG.info("Demo history backfilled: {} readings of {} devices over the last {} min", written, demo.size(), SPAN.toMinutes());
        return written;
    }

    private int index(MonitoredDevice d) {
        int i = d.port() - addresses.getFirstPort();
        return i >= 0 && i < DemoAgents.DEVICES.size() ? i : -1;
    }

    /** One device's hour: its agent's copy answers as the agent did at each past poll. */
    private int device(MonitoredDevice d, DevicePoller poller, Instant now, Path stateDir) {
        AtomicLong secondsSinceStart = new AtomicLong();
        SimulatedAgent copy;
        int port;
        try {
            Map<?, ?> sim = DemoAgents.load(DemoAgents.DEVICES.get(index(d)));
            List<SimulatedObject> objects = ((List<?>) sim.get("objects")).stream().map(o -> SimulatedObject.from((Map<?, ?>) o)).toList();
            port = freePort();
            copy = new SimulatedAgent("127.0.0.1", port, String.valueOf(sim.get("sysDescr")), String.valueOf(sim.get("sysObjectId")),
                    objects, agents.grid(), secondsSinceStart::get, stateDir.toFile());
            copy.start();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Demo history of {} not backfilled: {}", d.id(), e.toString());
            return 0;
        }
        try {
            AgentAddress address = new AgentAddress("127.0.0.1", port, "2c", "public", null, null, null, null, null,
                    d.timeoutMs(), d.retries());
            // one point per polling interval; at most MOST_POINTS (a demo polled each second for a spec is not polled 3600 times)
            Duration every = Duration.ofSeconds(Math.max(Math.max(1, d.intervalS()), SPAN.getSeconds() / MOST_POINTS));
            ReadingBatch readings = new ReadingBatch();
            for (Instant at = now.minus(SPAN); at.isBefore(now) && !stopped; at = at.plus(every)) {
                // the demo's time is counted from its agents' start: the last hour lies before it
                secondsSinceStart.set(Duration.between(agents.startedAt(), at).getSeconds());
                try {
                    PollResult result = poller.poll(address, d.profile()).get(10, TimeUnit.SECONDS);
                    PollReadings.answered(readings, at, d.id(), result);
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    LOG.debug("Demo history of {} at {}: {}", d.id(), at, e.toString());
                }
            }
            if (stopped) {
                return 0;
            }
            sink.record(readings);
            return readings.size();
        } finally {
            copy.stop();
        }
    }

    private static int freePort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
