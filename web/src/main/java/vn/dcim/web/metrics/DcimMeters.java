package vn.dcim.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
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

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;

import java.time.Clock;
import java.time.Duration;

/**
 * The product's own figures for the center's Prometheus (/prometheus): duty runs, the newest good backup's age and the
 * connection pool read at scrape time, and two counted here from the events every instance publishes (readings
 * committed, alarms raised). Each process shows what it did itself; Prometheus sums the instances. The poller's and
 * the bridge's figures are bound by {@link PollerMeters} and {@link BridgeMeters}, only where this process runs them.
 * JVM and HTTP meters come from Micronaut's binders.
 */
@Singleton
// a remote collector has no database, duties nor dead letters: CollectorMeters tells its figures
@io.micronaut.context.annotation.Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DcimMeters implements MeterBinder {
    private final DutyRunCounts dutyRuns;
    private final BeanProvider<BackupRegister> backups;
    private final Clock clock;
    // looked up at scrape time: the registry is made while the connection pool is (its metrics)
    private final BeanProvider<DataSource> dataSource;
    private final Counter.Builder readings = Counter.builder("dcim.readings.written")
            .description("Readings committed to MariaDB by this instance (SNMP and MQTT)");
    private volatile MeterRegistry registry;

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
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
