package vn.dcim.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Decides every request by {@link AccessRules}: open paths for everyone; an API route by its
 * endpoint group (the controller's OpenAPI tag) and a screen by its path, each for reading or
 * writing. A route nobody listed is refused to everyone: closed by default.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RoleAccessRule implements SecurityRule<HttpRequest<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(RoleAccessRule.class);
    // before the configuration and annotation rules: this table is the one place access is decided
    static final int ORDER = -1000;
    private static final Set<HttpMethod> READING = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final AccessRules rules;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        return Mono.just(decide(request, authentication));
    }

    private SecurityRuleResult decide(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null) {
            return SecurityRuleResult.REJECTED;
        }
        String path = request.getPath();
        Optional<RouteMatch> route = RouteAttributes.getRouteMatch(request).map(r -> (RouteMatch) r);
        if (route.isPresent() && route.get().getAnnotationMetadata().hasAnnotation(Secured.class)) {
            return SecurityRuleResult.UNKNOWN; // the security module's own endpoints (/login, /logout) say it
        }
        if (rules.open(path)) {
            return SecurityRuleResult.ALLOWED;
        }
        if (authentication == null) {
            return SecurityRuleResult.REJECTED;
        }
        if (route.isEmpty()) {
            return SecurityRuleResult.UNKNOWN; // no such route: a signed-in caller gets 404
        }
        boolean writing = !READING.contains(request.getMethod());
        Collection<String> rights = authentication.getRoles();
        // the endpoint group is the OpenAPI tag on the controller class (not on each method)
        Optional<String> group = route.map(r -> (Tag) r.getRouteInfo().getDeclaringType().getAnnotation(Tag.class))
                .map(Tag::name);
        Optional<AccessRules.Grant> grant = path.startsWith("/api/")
                ? group.flatMap(rules::api)
                : rules.screen(path);
        if (grant.isEmpty()) {
            LOG.warn("{} {} has no access rule in security/access.yml (group {}): refused", request.getMethod(), path,
                    group.orElse("none"));
            return SecurityRuleResult.REJECTED;
        }
        return grant.get().allows(rights, writing) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED;
    }
}
