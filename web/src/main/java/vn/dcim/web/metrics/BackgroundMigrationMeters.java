package vn.dcim.web.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.dcim.core.db.DatabaseReachability;
import vn.dcim.core.upgrade.BackgroundMigrationState;
import vn.dcim.core.upgrade.BackgroundMigrations;

/**
 * Rows each background migration has left by its estimate (0 once done), for an alert on one that stalls
 * and for the check before the next upgrade; a failed one keeps its rows left. Beside them, whether the unfinished
 * ones wait, by reason (the database backup runs, the machine is loaded), so that a flat line has its cause.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
class BackgroundMigrationMeters implements MeterBinder {
    // a provider, and the gauges made once the context is up: the registry is made while the pool is made,
    // and asking for the migrations (which need the pool) then would make a pool again, and again
    private final BeanProvider<BackgroundMigrations> migrations;
    private final BeanProvider<DatabaseReachability> reachability;
    private volatile MeterRegistry registry;
    private volatile DatabaseReachability database;

    BackgroundMigrationMeters(BeanProvider<BackgroundMigrations> migrations, BeanProvider<DatabaseReachability> reachability) {
        this.migrations = migrations;
        this.reachability = reachability;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void started(StartupEvent event) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        BackgroundMigrations m = migrations.get();
        database = reachability.find(null).orElse(null);
        for (String name : m.names()) {
            Gauge.builder("dcim.background.migration.rows.left", m, x -> rowsLeft(x, name, database))
                    .description("Rows a background migration still has to go over (estimate; 0 once done)")
                    .tag("migration", name)
                    .register(r);
        }
        for (String reason : m.pauseReasons()) {
            Gauge.builder("dcim.background.migrations.paused", m, x -> paused(x, reason, database))
                    .description("1 while unfinished background migrations wait for this reason (backup: the database backup runs; "
                            + "load: the machine is loaded), else 0")
                    .tag("reason", reason)
                    .register(r);
        }
    }

    private static double paused(BackgroundMigrations migrations, String reason, DatabaseReachability database) {
        if (database != null && !database.reachable()) {
            return Double.NaN;
        }
        try {
            return migrations.unfinishedPaused().filter(p -> p.reason().equals(reason)).isPresent() ? 1 : 0;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double rowsLeft(BackgroundMigrations migrations, String name, DatabaseReachability database) {
        if (database != null && !database.reachable()) {
            // not asked while the database is away: a scrape must not wait the pool's timeout per migration
            return Double.NaN;
        }
        try {
            return migrations.state(name).map(BackgroundMigrationState::rowsLeft).orElse(0L);
        } catch (RuntimeException e) {
            // the database gone: the database's own meters tell it
            return Double.NaN;
        }
    }
}
