package vn.dcim.web.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import vn.dcim.core.account.Role;
import vn.dcim.core.db.DatabaseReachability;

import java.security.Principal;
import java.util.Map;

/**
 * /health for everyone, its details (database URL and user, broker, versions) for administrators
 * only (Art. 21.3: an anonymous /health must never print the JDBC URL). Micronaut's own
 * rule knows only "signed in" ({@code details-visible: AUTHENTICATED}); this narrows it to the admin role.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class AdminDetailsHealthEndpoint extends HealthEndpoint {
    @Nullable
    private final DatabaseReachability database;

    public AdminDetailsHealthEndpoint(HealthAggregator<HealthResult> healthAggregator, HealthIndicator[] healthIndicators,
                                      @Nullable @Liveness HealthIndicator[] livenessHealthIndicators,
                                      @Nullable DatabaseReachability database) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
        this.database = database;
    }

    /**
     * Everyone, a load balancer included, is told that the database is the reason for a DOWN, without its
     * address: during an outage no one can sign in to read the details (a session lives in the database).
     */
    @Override
    @Read
    public Publisher<HealthResult> getHealth(@Nullable Principal principal) {
        Publisher<HealthResult> health = super.getHealth(principal);
        if (database == null || database.reachable() || levelOfDetail(principal) != HealthLevelOfDetail.STATUS) {
            return health;
        }
        return Mono.from(health).map(r -> HealthResult.builder(r.getName(), r.getStatus())
                .details(Map.of("reason", "database unreachable")).build());
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean admin = principal instanceof Authentication a && a.getRoles().contains(Role.admin.name());
        return admin ? super.levelOfDetail(principal) : HealthLevelOfDetail.STATUS;
    }
}
