package vn.dcim.web.scope;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.api.error.ApiError;
import vn.dcim.web.i18n.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one gate of an account's scope, after sign-in and the role rules: a limited account reaches only routes marked
 * {@link ScopeAware}, and there only ids inside its scope. Everything else answers 404 in the same words as a path no
 * route serves, so the answer tells nothing about what lies outside (never a 403 that confirms it exists).
 * Lists and streams on a scope-aware route cut their own rows by the {@link Scope} they are handed.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ScopeFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(ScopeFilter.class);

    /** Query and path names that carry the id of a scoped thing on any route. */
    private static final Map<String, ScopeAware.Id> NAMED_IDS = Map.of(
            "device", ScopeAware.Id.device, "deviceId", ScopeAware.Id.device,
            "site", ScopeAware.Id.site, "siteId", ScopeAware.Id.site,
            "assetId", ScopeAware.Id.asset, "rackId", ScopeAware.Id.rack, "roomId", ScopeAware.Id.room,
            "agencyId", ScopeAware.Id.agency);

    private final RequestScope scopes;
    private final ScopedIds ids;
    private final Texts texts;

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> onlyWhatTheScopeHolds(HttpRequest<?> request) {
        if (request.getUserPrincipal().isEmpty()) {
            return null; // open paths and the refused: the security filter has answered or will
        }
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request).map(r -> (RouteMatch<?>) r);
        if (route.isEmpty() || route.get().getAnnotationMetadata().hasAnnotation(Secured.class)) {
            return null; // no route (404 anyway) or the security module's own sign-in and sign-out
        }
        Scope scope = scopes.of(request);
        if (!scope.limited()) {
            return null;
        }
        AnnotationMetadata metadata = route.get().getAnnotationMetadata();
        if (!metadata.hasAnnotation(ScopeAware.class)) {
            LOG.debug("{} {} is not scope-aware: absent for a limited account", request.getMethod(), request.getPath());
            return absent(request);
        }
        if (scope.byAgency() && !metadata.booleanValue(ScopeAware.class, "agencies").orElse(true)) {
            return absent(request);
        }
        ScopeAware.Id pathId = metadata.enumValue(ScopeAware.class, "id", ScopeAware.Id.class).orElse(ScopeAware.Id.none);
        Map<String, Object> variables = route.get() instanceof UriRouteMatch<?, ?> uri ? uri.getVariableValues() : Map.of();
        if (pathId != ScopeAware.Id.none && variables.get("id") != null && !admits(scope, pathId, String.valueOf(variables.get("id")))) {
            return absent(request);
        }
        for (Map.Entry<String, ScopeAware.Id> named : NAMED_IDS.entrySet()) {
            List<String> values = new java.util.ArrayList<>(request.getParameters().getAll(named.getKey()));
            Object variable = variables.get(named.getKey());
            if (variable != null) {
                values.add(String.valueOf(variable));
            }
            for (String value : values) {
                if (!value.isBlank() && !admits(scope, named.getValue(), value)) {
                    return absent(request);
                }
            }
        }
        return null;
    }

    private boolean admits(Scope scope, ScopeAware.Id what, String id) {
        return ids.admits(scope, what, id);
    }

    private HttpResponse<?> absent(HttpRequest<?> request) {
        return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).body(new ApiError(404, HttpStatus.NOT_FOUND.getReason(),
                texts.get(request, "error.no-route", "Nothing at {0}", request.getPath()), List.of()));
    }

    /** After the security filter: the caller is known, and a refusal by the role rules has been answered already. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
