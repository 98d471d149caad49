package vn.dcim.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.AlarmChanged;
import vn.dcim.core.backup.BackupRegister;
import vn.dcim.core.schedule.DutyRunCounts;
import vn.dcim.core.schedule.RunStatus;
import vn.dcim.core.telemetry.ReadingsRecorded;
import vn.dcim.mqtt.deadletter.DeadLetterCounter;
import vn.dcim.core.deadletter.DeadLetterReason;
import vn.dcim.mqtt.ingest.IngestPipeline;
import vn.dcim.mqtt.ingest.MqttBridge;
import vn.dcim.snmp.poll.SnmpPollingService;
import vn.dcim.mqtt.dialect.OwnDialectFiles;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The product's own figures for the center's Prometheus (/prometheus): the counters the
 * parts already keep (the poller's, the bridge's, the dead-letter counts, duty runs) read at scrape
 * time, and two counted here from the events every instance publishes (readings committed, alarms
 * raised). Each process shows what it did itself; Prometheus sums the instances. Only the parts this
 * process runs (its roles) are bound. JVM, HTTP and connection-pool meters come from Micronaut's binders.
 */
@Singleton
// a remote collector has no database, duties nor dead letters: CollectorMeters tells its figures
@io.micronaut.context.annotation.Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DcimMeters implements MeterBinder {
    private final BeanProvider<SnmpPollingService> poller;
    private final BeanProvider<MqttBridge> bridge;
    private final BeanProvider<IngestPipeline> pipeline;
    private final DeadLetterCounter deadLetters;
    private final DutyRunCounts dutyRuns;
    private final BeanProvider<BackupRegister> backups;
    private final Clock clock;
    private final BeanProvider<DataSource> dataSource;
    private final BeanProvider<OwnDialectFiles> dialectFiles;
    private final Counter.Builder readings = Counter.builder("dcim.readings.written")
            .description("Readings committed to MariaDB by this instance (SNMP and MQTT)");
    private volatile MeterRegistry registry;

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        // the beans are looked up at scrape time: the registry is made while the connection pool is
        // (its metrics), so asking for the poller or a repository here would go round in a circle
        if (poller.isPresent()) {
            FunctionCounter.builder("dcim.snmp.polls", this, m -> m.poller.get().answeredPolls()).tag("outcome", "answered")
                    .description("SNMP polls since start").register(registry);
            FunctionCounter.builder("dcim.snmp.polls", this, m -> m.poller.get().failedPolls()).tag("outcome", "failed")
                    .description("SNMP polls since start").register(registry);
            FunctionTimer.builder("dcim.snmp.poll.latency", this, m -> m.poller.get().answeredPolls() + m.poller.get().failedPolls(),
                    m -> m.poller.get().pollNanos(), TimeUnit.NANOSECONDS)
                    .description("Time SNMP polls took, request to answer or give-up").register(registry);
            Gauge.builder("dcim.snmp.devices.held", this, m -> m.poller.get().heldDevices())
                    .description("SNMP devices this poller holds a lease on").register(registry);
            Gauge.builder("dcim.snmp.queue.readings", this, m -> m.poller.get().pendingReadings())
                    .description("Polled readings waiting to be written").register(registry);
            FunctionCounter.builder("dcim.snmp.readings.dropped", this, m -> m.poller.get().droppedReadings())
                    .description("Readings dropped after a long database outage").register(registry);
            SnmpGuardMeters.bind(registry, poller);
        }
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
        for (RunStatus status : RunStatus.values()) {
            if (status != RunStatus.running) {
                FunctionCounter.builder("dcim.duty.runs", dutyRuns, d -> d.count(status)).tag("status", status.name())
                        .description("Scheduled duty runs finished on this instance").register(registry);
            }
        }
        Gauge.builder("dcim.backup.age", this, DcimMeters::backupAgeSeconds).baseUnit("seconds")
                .description("Age of the newest good backup (Art. 11.3); NaN when there is none").register(registry);
        readings.register(registry);
        for (String state : new String[] {"active", "idle", "pending", "total"}) {
            Gauge.builder("dcim.db.pool.connections", this, m -> m.pool(state)).tag("state", state)
                    .description("MariaDB connections of this instance's pool (pending: threads waiting for one)").register(registry);
        }
    }

    private double pool(String state) {
        try {
            DataSource ds = DelegatingDataSource.unwrapDataSource(dataSource.get());
            if (!(ds instanceof HikariDataSource hikari) || hikari.getHikariPoolMXBean() == null) {
                return Double.NaN;
            }
            HikariPoolMXBean p = hikari.getHikariPoolMXBean();
            return switch (state) {
                case "active" -> p.getActiveConnections();
                case "idle" -> p.getIdleConnections();
                case "pending" -> p.getThreadsAwaitingConnection();
                default -> p.getTotalConnections();
            };
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @EventListener
    void onReadings(ReadingsRecorded event) {
        MeterRegistry r = registry;
        if (r != null) {
            readings.register(r).increment(event.readings().size());
        }
    }

    @EventListener
    void onAlarm(AlarmChanged event) {
        MeterRegistry r = registry;
        if (r != null && (event.change() == AlarmChanged.Change.raised || event.change() == AlarmChanged.Change.reopened)) {
            r.counter("dcim.alarms.raised", "change", event.change().name(), "severity", event.alarm().severity().name()).increment();
        }
    }

    private double backupAgeSeconds() {
        try {
            return backups.get().lastGood()
                    .map(b -> (double) Duration.between(b.takenAt(), clock.instant()).toSeconds()).orElse(Double.NaN);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
