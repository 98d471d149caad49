package vn.dcim.web.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;

/**
 * CSRF protection is for the browser, whose cookie goes along with any request a hostile page
 * makes. A script that sends its own `Authorization` header and no session cookie cannot be forged
 * that way, so it needs no CSRF token; every request that carries the session cookie still does.
 */
final class BearerCsrfExemption {
    private BearerCsrfExemption() {
    }

    static boolean applies(HttpRequest<?> request, AccessTokenCookieConfiguration cookie) {
        return request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                && request.getCookies().findCookie(cookie.getCookieName()).isEmpty();
    }
}
