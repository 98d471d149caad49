package vn.dcim.web.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.dcim.core.upgrade.BackgroundMigrationState;
import vn.dcim.core.upgrade.BackgroundMigrations;

/**
 * Rows each background migration has left by its estimate (0 once done), for an alert on one that stalls
 * and for the check before the next upgrade; a failed one keeps its rows left.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
class BackgroundMigrationMeters implements MeterBinder {
    private final BackgroundMigrations migrations;

    BackgroundMigrationMeters(BackgroundMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : migrations.names()) {
            Gauge.builder("dcim.background.migration.rows.left", migrations, m -> rowsLeft(m, name))
                    .description("Rows a background migration still has to go over (estimate; 0 once done)")
                    .tag("migration", name)
                    .register(registry);
        }
    }

    private static double rowsLeft(BackgroundMigrations migrations, String name) {
        try {
            return migrations.state(name).map(BackgroundMigrationState::rowsLeft).orElse(0L);
        } catch (RuntimeException e) {
            // the database gone: the database's own meters tell it
            return Double.NaN;
        }
    }
}
