package vn.dcim.web.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import vn.dcim.core.upgrade.BackgroundMigrationState;
import vn.dcim.core.upgrade.BackgroundMigrations;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The background migrations in /health: always UP (the product serves while they run, a failed one is retried),
 * with each one's state and rows left, so that an operator and the next upgrade's checklist can see them.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
class BackgroundMigrationsHealthIndicator implements HealthIndicator {
    private final BackgroundMigrations migrations;

    BackgroundMigrationsHealthIndicator(BackgroundMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            for (BackgroundMigrationState s : migrations.states()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("state", s.state().name());
                one.put("version", s.flywayVersion());
                one.put("rowsDone", s.rowsDone());
                one.put("rowsLeft", s.rowsLeft());
                if (s.error() != null) {
                    one.put("error", s.error());
                }
                details.put(s.name(), one);
            }
        } catch (RuntimeException e) {
            // the database's own indicator says DOWN; this one has nothing to add
            details.put("unknown", e.getMessage());
        }
        return Publishers.just(HealthResult.builder("backgroundMigrations", HealthStatus.UP).details(details).build());
    }
}
