package vn.dcim.mqtt.demo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.demo.DemoSite;
import vn.dcim.core.demo.DemoSiteReady;
import vn.dcim.mqtt.broker.BrokerSettings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The demo site's door controller and cameras talking to the broker like real ones: badge swipes of
 * the staff (now and then a denied badge), the door opening and closing, a door held open now and
 * then, cameras recording with their storage and retention, and cam-3 losing video and dropping off
 * the network for a while every quarter of an hour.
 */
@Context
@Requires(property = "dcim.demo.enabled", value = "true", defaultValue = "true")
public class DemoTraffic {
    private static final Logger LOG = LoggerFactory.getLogger(DemoTraffic.class);
    private static final String[] STAFF = {
            "Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Cường", "Phạm Thị Dung", "Hoàng Văn Em",
            "Vũ Thị Hạnh", "Đặng Quốc Khánh", "Bùi Thị Lan", "Đỗ Minh Quân", "Ngô Thị Thu"};
    private static final int CAMERAS = 4;
    private static final String FLAKY_CAMERA = "cam-3";

    private final Random random = new Random();
    private final String run = Long.toString(Instant.now().getEpochSecond(), 36);
    private final DemoPublisher door;
    private final List<DemoPublisher> cameras = new ArrayList<>();
    private final ScheduledExecutorService timer = NamedThreads.scheduled("mqtt-demo-traffic");
    private final long tickMs;
    private final String brokerUrl;
    private final AtomicBoolean started = new AtomicBoolean();
    private long tick;
    private long seq;
    private long heldOpenUntil = -1;
    private long flakyBackAt = -1;

    DemoTraffic(BrokerSettings broker, @Value("${dcim.demo.mqtt.tick-ms:0}") long tickMs, @Value("${dcim.demo.speed:1}") int speed)
            throws Exception {
        // one tick is one second of demo time: a second, or less when the demo plays faster (dcim.demo.speed)
        this.tickMs = tickMs > 0 ? tickMs : 1000 / Math.max(1, Math.min(60, speed));
        this.door = new DemoPublisher(broker, DemoSite.ID, "door", DemoSite.DOOR_CONTROLLER);
        for (int i = 1; i <= CAMERAS; i++) {
            cameras.add(new DemoPublisher(broker, DemoSite.ID, "camera", "cam-" + i));
        }
        this.brokerUrl = broker.getUrl();
    }

    /**
     * Starts once the demo site's devices are registered (after the seeder's commit): a message before
     * would name a device the registry does not hold yet and be refused as unknown.
     */
    @TransactionalEventListener
    void onDemoSiteReady(DemoSiteReady event) {
        if (started.compareAndSet(false, true)) {
            // one tick is one simulated second; specs speed the clock up
            timer.scheduleWithFixedDelay(this::safeTick, tickMs, tickMs, TimeUnit.MILLISECONDS);
            LOG.info("Demo door controller and {} cameras publish to {}", CAMERAS, brokerUrl);
        }
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.warn("demo traffic: {}", e.getMessage());
        }
    }

    private void tick() {
        tick++;
        String now = Instant.now().toString();
        door.ensureOnline();
        if (random.nextInt(25) == 0) {
            swipe(now);
        }
        if (heldOpenUntil < 0 && random.nextInt(600) == 0) {
            door.publish("state", "{\"ts\":\"" + now + "\",\"state\":\"open\"}");
            door.publish("event", "{\"id\":\"" + id("a") + "\",\"ts\":\"" + now + "\",\"event\":\"door_held_open\"}");
            heldOpenUntil = tick + 45;
        } else if (heldOpenUntil == tick) {
            door.publish("event", "{\"id\":\"" + id("a") + "\",\"ts\":\"" + now + "\",\"event\":\"door_held_open\",\"active\":false}");
            door.publish("state", "{\"ts\":\"" + now + "\",\"state\":\"locked\"}");
            heldOpenUntil = -1;
        }
        for (int i = 0; i < CAMERAS; i++) {
            camera(i, "cam-" + (i + 1), now);
        }
    }

    private void swipe(String now) {
        boolean stranger = random.nextInt(12) == 0;
        String person = stranger ? null : STAFF[random.nextInt(STAFF.length)];
        String badge = stranger ? "B9" + (100 + random.nextInt(900)) : "B00" + (10 + Math.abs(person.hashCode() % 90));
        String result = stranger ? "denied" : "granted";
        door.publish("access", "{\"id\":\"" + id("e") + "\",\"ts\":\"" + now + "\",\"result\":\"" + result + "\",\"badge\":\"" + badge + "\""
                + (person == null ? "" : ",\"person\":\"" + person + "\"")
                + ",\"direction\":\"" + (random.nextBoolean() ? "in" : "out") + "\"}");
        if (!stranger && heldOpenUntil < 0) {
            door.publish("state", "{\"ts\":\"" + now + "\",\"state\":\"open\"}");
            timer.schedule(() -> door.publish("state", "{\"ts\":\"" + Instant.now() + "\",\"state\":\"locked\"}"), 5 * tickMs, TimeUnit.MILLISECONDS);
        }
    }

    private void camera(int index, String id, String now) {
        DemoPublisher cam = cameras.get(index);
        if (FLAKY_CAMERA.equals(id)) {
            if (flakyBackAt < 0 && tick % 900 == 600) {
                cam.publish("event", "{\"id\":\"" + id("v") + "\",\"ts\":\"" + now + "\",\"event\":\"video_loss\"}");
                cam.dropOut();
                flakyBackAt = tick + 120;
                return;
            }
            if (flakyBackAt > tick) {
                return;
            }
            if (flakyBackAt == tick) {
                flakyBackAt = -1;
                cam.ensureOnline();
                cam.publish("event", "{\"id\":\"" + id("v") + "\",\"ts\":\"" + now + "\",\"event\":\"video_loss\",\"active\":false}");
            }
        }
        cam.ensureOnline();
        if ((tick + index * 7) % 60 == 0) {
            double used = 60 + index * 5 + (tick % 3600) / 3600.0 * 10;
            int oldest = 31 + index;
            cam.publish("recording", "{\"ts\":\"" + now + "\",\"recording\":true}");
            cam.publish("storage", String.format(java.util.Locale.ROOT,
                    "{\"ts\":\"%s\",\"used_percent\":%.1f,\"oldest_days\":%d}", now, used, oldest));
        }
    }

    private synchronized String id(String kind) {
        return kind + "-" + run + "-" + (++seq);
    }

    @PreDestroy
    void close() {
        timer.shutdownNow();
        door.close();
        cameras.forEach(DemoPublisher::close);
    }
}
