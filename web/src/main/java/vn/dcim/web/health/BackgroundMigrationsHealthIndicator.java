package vn.dcim.web.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.reactivestreams.Publisher;
import vn.dcim.core.db.DatabaseReachability;
import vn.dcim.core.upgrade.BackgroundMigrationState;
import vn.dcim.core.upgrade.BackgroundMigrations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The background migrations in /health: always UP (the product serves while they run, a failed one is retried),
 * with each one's state and rows left, so that an operator and the next upgrade's checklist can see them, and why
 * the unfinished ones wait, if they do ({@code paused}: {@code backup} with its start, or {@code load}).
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BackgroundMigrationsHealthIndicator implements HealthIndicator {
    private final BackgroundMigrations migrations;
    private final Optional<DatabaseReachability> database;

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (database.isPresent() && !database.get().reachable()) {
            // not asked while the database is away: /health must answer at once then (a probe, a load balancer), and
            // the pool would hold this call for its connection timeout; the database's own indicator says why
            return Publishers.just(HealthResult.builder("backgroundMigrations", HealthStatus.UP).details(details).build());
        }
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
            // why they wait now (the nightly backup runs, the machine is loaded): a stalled-looking progress explained
            migrations.unfinishedPaused().ifPresent(p -> {
                Map<String, Object> paused = new LinkedHashMap<>();
                paused.put("reason", p.reason());
                if (p.since() != null) {
                    paused.put("since", p.since().toString());
                }
                details.put("paused", paused);
            });
        } catch (RuntimeException e) {
            // the database's own indicator says DOWN; this one has nothing to add
            details.put("unknown", e.getMessage());
        }
        return Publishers.just(HealthResult.builder("backgroundMigrations", HealthStatus.UP).details(details).build());
    }
}
