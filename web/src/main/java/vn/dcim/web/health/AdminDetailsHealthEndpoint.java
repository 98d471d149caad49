package vn.dcim.web.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import vn.dcim.core.account.Role;

import java.security.Principal;

/**
 * /health for everyone, its details (database URL and user, broker, versions) for administrators
 * only (Art. 21.3; issue 17: anonymous /health printed the JDBC URL with user=root). Micronaut's own
 * rule knows only "signed in" ({@code details-visible: AUTHENTICATED}); this narrows it to the admin role.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class AdminDetailsHealthEndpoint extends HealthEndpoint {

    public AdminDetailsHealthEndpoint(HealthAggregator<HealthResult> healthAggregator, HealthIndicator[] healthIndicators,
                                      @Nullable @Liveness HealthIndicator[] livenessHealthIndicators) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean admin = principal instanceof Authentication a && a.getRoles().contains(Role.admin.name());
        return admin ? super.levelOfDetail(principal) : HealthLevelOfDetail.STATUS;
    }
}
