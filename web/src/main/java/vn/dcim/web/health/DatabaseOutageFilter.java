package vn.dcim.web.health;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import vn.dcim.core.db.DatabaseReachability;
import vn.dcim.web.api.error.Unavailable;

/**
 * While the database does not answer, every request that needs it (all but /health and the static files) is
 * answered 503 at once, before the security filter: signing a caller in reads their session from the
 * database, and each request would otherwise hold its caller for the pool's connection timeout and then
 * fail. The probe ({@link DatabaseReachability}) notices a return within a second; nothing here needs
 * a restart.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(beans = DatabaseReachability.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DatabaseOutageFilter implements Ordered {
    private final DatabaseReachability database;
    private final Unavailable unavailable;

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseWhileUnreachable(HttpRequest<?> request) {
        if (database.reachable() || needsNoDatabase(request.getPath())) {
            return null;
        }
        return unavailable.answer(request);
    }

    static boolean needsNoDatabase(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.startsWith("/static/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
