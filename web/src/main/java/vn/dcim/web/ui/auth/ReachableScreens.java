package vn.dcim.web.ui.auth;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an account limited to sites or an agency reaches a screen at all: its route is scope-aware (and, for an
 * agency's account, open to agencies). The scope's gate answers 404 to the others, so the menu does not offer them.
 */
@Singleton
class ReachableScreens {
    private final Router router;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    ReachableScreens(Router router) {
        this.router = router;
    }

    boolean reaches(Scope scope, String href) {
        if (!scope.limited()) {
            return true;
        }
        boolean agency = scope.byAgency();
        return known.computeIfAbsent((agency ? "agency " : "sites ") + href, k -> {
            AnnotationMetadata route = router.route(HttpMethod.GET, href).map(UriRouteMatch::getAnnotationMetadata).orElse(null);
            return route != null && route.hasAnnotation(ScopeAware.class)
                    && (!agency || route.booleanValue(ScopeAware.class, "agencies").orElse(true));
        });
    }
}
