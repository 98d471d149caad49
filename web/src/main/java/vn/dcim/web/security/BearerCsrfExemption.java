package vn.dcim.web.security;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.csrf.resolver.CsrfTokenResolver;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * CSRF protection is for the browser, whose cookie goes along with any request a hostile page
 * makes. A script that sends its own `Authorization` header and no session cookie cannot be forged
 * that way, so it needs no CSRF token; every request that carries the session cookie still does.
 */
final class BearerCsrfExemption {
    static final String EXEMPT = "bearer-without-session-cookie";

    private BearerCsrfExemption() {
    }

    static boolean applies(HttpRequest<?> request, AccessTokenCookieConfiguration cookie) {
        return request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                && request.getCookies().findCookie(cookie.getCookieName()).isEmpty();
    }

    /** Resolves the marker for a bearer request before the header and form resolvers look. */
    @Singleton
    static class Resolver implements CsrfTokenResolver<HttpRequest<?>> {
        private final AccessTokenCookieConfiguration cookie;

        Resolver(AccessTokenCookieConfiguration cookie) {
            this.cookie = cookie;
        }

        @Override
        public Optional<String> resolveToken(HttpRequest<?> request) {
            return applies(request, cookie) ? Optional.of(EXEMPT) : Optional.empty();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** Accepts the marker only for a bearer request; every other token is checked by the library. */
    @Singleton
    @Primary
    static class Validator implements CsrfTokenValidator<HttpRequest<?>> {
        private final AccessTokenCookieConfiguration cookie;
        private final BeanContext beans;
        private volatile CsrfTokenValidator<HttpRequest<?>> library;

        Validator(AccessTokenCookieConfiguration cookie, BeanContext beans) {
            this.cookie = cookie;
            this.beans = beans;
        }

        @Override
        public boolean validateCsrfToken(HttpRequest<?> request, String token) {
            if (EXEMPT.equals(token)) {
                return applies(request, cookie);
            }
            return library().validateCsrfToken(request, token);
        }

        /** The library's own validator (the cookie's double-submit check), which this one wraps. */
        @SuppressWarnings("unchecked")
        private CsrfTokenValidator<HttpRequest<?>> library() {
            if (library == null) {
                library = beans.getBeansOfType(CsrfTokenValidator.class).stream()
                        .filter(v -> !(v instanceof Validator)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the CSRF module's validator is missing"));
            }
            return library;
        }
    }
}
