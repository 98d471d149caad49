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
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.form.FormUrlEncodedDecoder;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import vn.dcim.web.i18n.Texts;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * CSRF protection for the browser session (Art. 21.3): every change that could ride on the session
 * cookie must carry the page's token, which the CSRF module's validator checks (double submit
 * against the module's cookie). Screens' forms send it in a field, their fetch calls in the
 * X-CSRF-TOKEN header. A script with its own bearer token and no cookie is not at risk and is not
 * asked ({@link BearerCsrfExemption}); sign-in and the first set-up come before any session.
 *
 * <p>This filter replaces the module's own filter (switched off in application.yml) and runs
 * ahead of the security filter. The module's filter read the form field after Micronaut's
 * (legacy) security filter, and when a form's body arrived later than its headers, Micronaut 4.10
 * lost the filter chain's context on that path and answered 500 ("newFilterContext is null",
 * found by ApiFuzzSpec's form walk). Here the body is bound once, before that filter.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CookieSessionCsrf implements Ordered {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    /** Before any session: the password (and the set-up link, its own secret) is what protects them. */
    private static final Set<String> BEFORE_SESSION = Set.of("/login", "/setup");
    /** Acknowledgement links of messages; the signed, single-use token in the path is their own secret, as the set-up link's. */
    private static final String SIGNED_LINKS = "/ack/";
    /** Devices pushing events: authenticated by their own credential, never by a browser's cookie. */
    private static final java.util.List<String> DEVICE_PUSH = java.util.List.of("/push/", "/iclock/");

    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final CsrfConfiguration csrf;
    private final AccessTokenCookieConfiguration sessionCookie;
    private final FormUrlEncodedDecoder forms;
    private final Texts texts;

    /**
     * The body is bound by Micronaut itself (a filter's {@code @Body} makes it wait for the whole
     * body before calling), so nothing here reads the request's stream beside the route.
     */
    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Body @Nullable String body) {
        if (SAFE.contains(request.getMethod()) || BEFORE_SESSION.contains(request.getPath()) || request.getPath().startsWith(SIGNED_LINKS)
                || BearerCsrfExemption.applies(request, sessionCookie) || devicePush(request)) {
            return null;
        }
        String header = request.getHeaders().get(csrf.getHeaderName());
        if (valid(request, header)) {
            return null;
        }
        if (isUrlEncodedForm(request)) {
            // a form of the screens: the token is in its field
            Object field;
            try {
                field = body == null ? null : forms.decode(body, StandardCharsets.UTF_8).get(csrf.getFieldName());
            } catch (IllegalArgumentException brokenEscape) {
                // a form whose %-escapes cannot be decoded carries no token anyone can read: refused, not a 500
                return refused(request);
            }
            return valid(request, field == null ? null : field.toString()) ? null : refused(request);
        }
        if (isMultipartForm(request) || hasSessionCookie(request)) {
            return refused(request);
        }
        // no session cookie: nothing a hostile page could ride on; authentication decides
        return null;
    }

    /** A device's push carries no session cookie; with one it is a browser's request and checked as such. */
    private boolean devicePush(HttpRequest<?> request) {
        return DEVICE_PUSH.stream().anyMatch(p -> request.getPath().startsWith(p)) && !hasSessionCookie(request);
    }

    private boolean valid(HttpRequest<?> request, @Nullable String token) {
        return token != null && !token.isBlank() && validator.validateCsrfToken(request, token);
    }

    private boolean hasSessionCookie(HttpRequest<?> request) {
        return request.getCookies().findCookie(sessionCookie.getCookieName()).isPresent();
    }

    private HttpResponse<?> refused(HttpRequest<?> request) {
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("status", 403,
                "message", texts.get(request, "error.csrf", "a change from the browser session needs the page's CSRF token (field "
                        + csrf.getFieldName() + " or header " + csrf.getHeaderName() + ")", csrf.getFieldName(), csrf.getHeaderName())));
    }

    private static boolean isUrlEncodedForm(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).orElse(false);
    }

    private static boolean isMultipartForm(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
