package vn.dcim.web.role;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;

/**
 * A process without the web role (a poller or bridge machine) still answers HTTP, for its own
 * /health and /prometheus and the sign-in that gets a token for them; the screens and the API are
 * served by the web instances only, so a collector machine exposes nothing else.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = ProcessRoles.PROPERTY)
class RoleFilter implements Ordered {
    private static final List<String> COLLECTOR_PATHS = List.of("/health", "/prometheus", "/login");

    private final boolean web;

    RoleFilter(@Value("${" + ProcessRoles.PROPERTY + "}") String roles) {
        this.web = ProcessRoles.parse(roles).has(ProcessRoles.Role.web);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> onlyWhatTheRoleServes(HttpRequest<?> request) {
        if (web) {
            return null;
        }
        String path = request.getPath();
        boolean served = COLLECTOR_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        return served ? null : HttpResponse.notFound();
    }

    /** Ahead of security: a path the process does not serve is absent, whoever asks. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before() - 1;
    }
}
