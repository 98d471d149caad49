package vn.dcim.web.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import vn.dcim.core.db.DatabaseReachability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /health's view of the database: what its probe last found, answered at once. Micronaut's own JDBC check
 * asks the pool and waited its connection timeout (30 s) during an outage, so a load balancer's probe saw a
 * hung server instead of DOWN; it is switched off in application.yml.
 */
@Singleton
@Requires(beans = DatabaseReachability.class)
public class DatabaseHealthIndicator implements HealthIndicator {
    static final String NAME = "database";
    private final DatabaseReachability database;

    DatabaseHealthIndicator(DatabaseReachability database) {
        this.database = database;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        DatabaseReachability.State s = database.state();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("since", s.since().toString());
        if (s.reason() != null) {
            details.put("reason", s.reason());
        }
        if (s.server() != null) {
            details.put("server", s.server());
        }
        return Publishers.just(HealthResult.builder(NAME, s.reachable() ? HealthStatus.UP : HealthStatus.DOWN).details(details).build());
    }
}
