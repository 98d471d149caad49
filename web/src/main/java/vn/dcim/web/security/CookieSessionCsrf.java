package vn.dcim.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;

import java.util.Set;

/**
 * The CSRF module checks forms by their field; the screens' own fetch calls (JSON bodies, DELETE)
 * send the token in the X-CSRF-TOKEN header instead. Every such call that rides on the session
 * cookie must carry a token the module's validator accepts; a script with its own bearer token
 * and no cookie is not at risk and is not asked (see {@link BearerCsrfExemption}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CookieSessionCsrf implements Ordered {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final CsrfConfiguration csrf;
    private final AccessTokenCookieConfiguration sessionCookie;

    CookieSessionCsrf(CsrfTokenValidator<HttpRequest<?>> validator, CsrfConfiguration csrf,
                      AccessTokenCookieConfiguration sessionCookie) {
        this.validator = validator;
        this.csrf = csrf;
        this.sessionCookie = sessionCookie;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || isForm(request)
                || request.getCookies().findCookie(sessionCookie.getCookieName()).isEmpty()) {
            return null;
        }
        String token = request.getHeaders().get(csrf.getHeaderName());
        if (token != null && !token.isBlank() && validator.validateCsrfToken(request, token)) {
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(java.util.Map.of("status", 403,
                "message", "a change from the browser session needs the page's CSRF token (" + csrf.getHeaderName() + ")"));
    }

    private static boolean isForm(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
