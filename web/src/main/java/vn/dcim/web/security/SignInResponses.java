package vn.dcim.web.security;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import vn.dcim.web.i18n.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One `POST /login`, two kinds of client: a JSON body (scripts) gets Micronaut's bearer token
 * answer ({@code access_token}, {@code token_type}, ...) or a 401 with the reason; the browser's form
 * gets the HttpOnly, SameSite=Strict session cookie and the CSRF cookie, then a redirect. The cookies and the
 * redirect are Micronaut's own cookie handler's: this class only chooses which answer a client gets and words
 * the refusals, so it stands in front of that handler rather than re-implementing it.
 */
@Singleton
@Primary
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInResponses implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {
    private static final String RATE_LIMITED = "rate-limited";
    private static final String SIGN_ON_CALLBACK = "/oauth/callback/";
    /** The sign-on provider's refusals (ProviderSignIn), shown as they are. */
    private static final java.util.Set<String> SIGN_ON_REFUSALS = java.util.Set.of(ProviderSignIn.NO_ROLE,
            ProviderSignIn.LOCAL_ACCOUNT, ProviderSignIn.NO_USERNAME);
    /** The limit counts the attempts of the last minute: the oldest leaves it within a minute. */
    private static final long RATE_WINDOW_S = 60;
    private static final java.time.Duration DEVICE_COOKIE_LIFE = java.time.Duration.ofDays(365);
    private final Texts texts;
    private final TokenCookieLoginHandler cookies;
    private final AccessRefreshTokenGenerator tokens;

    /** The body of a refused JSON sign-in. */
    @Serdeable
    record Refusal(String error, String message) {
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        if (fromScript(request)) {
            return tokens.generate(authentication)
                    .<MutableHttpResponse<?>>map(t -> withDeviceCookie(HttpResponse.ok(t), request))
                    .orElseGet(HttpResponse::serverError);
        }
        MutableHttpResponse<?> signedIn = withDeviceCookie(cookies.loginSuccess(authentication, request), request);
        if (request.getPath().startsWith(SIGN_ON_CALLBACK)) {
            return sameSiteStep(signedIn);
        }
        return signedIn;
    }

    /**
     * The device cookie of a password sign-in (PasswordSignIn): HttpOnly, SameSite=Strict, sent back only to the sign-in
     * itself, kept a year; the client it is kept by stays able to sign in to this account when strangers' wrong
     * passwords have locked it (README, Accounts).
     */
    private static MutableHttpResponse<?> withDeviceCookie(MutableHttpResponse<?> response, HttpRequest<?> request) {
        request.getAttribute(PasswordSignIn.NEW_DEVICE_TOKEN, String.class).ifPresent(token -> response.cookie(
                Cookie.of(PasswordSignIn.DEVICE_COOKIE, token).path("/login").httpOnly(true).sameSite(SameSite.Strict)
                        .secure(request.isSecure()).maxAge(DEVICE_COOKIE_LIFE)));
        return response;
    }

    /**
     * The sign-on provider's redirect back is a cross-site navigation: a browser would not send the new SameSite=Strict
     * cookie on the redirect that follows it, and the person would land on the sign-in page again. A page of ours
     * takes the last step instead (with the cookies set on it).
     */
    private static MutableHttpResponse<?> sameSiteStep(MutableHttpResponse<?> redirect) {
        String target = redirect.getHeaders().get(HttpHeaders.LOCATION);
        if (target == null) {
            return redirect;
        }
        redirect.getHeaders().remove(HttpHeaders.LOCATION);
        return redirect.status(HttpStatus.OK).body(new ModelAndView<>("auth/signed-on", Map.of("target", target)));
    }

    /** A refreshed session is the cookie handler's alone: scripts hold their own refresh token. */
    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        return cookies.loginRefresh(authentication, refreshToken, request);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        String reason = reason(failure);
        if (RATE_LIMITED.equals(reason)) {
            return rateLimited(request, failure);
        }
        if (fromScript(request)) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                    .body(new Refusal(reason, texts.get(request, "auth.error." + reason, failure.getMessage().orElse("sign-in refused"))));
        }
        return HttpResponse.seeOther(java.net.URI.create("/login?error=" + URLEncoder.encode(reason, StandardCharsets.UTF_8)));
    }

    /**
     * Too many attempts from this address (DCIM_LOGIN_ATTEMPTS_PER_MINUTE): 429 with Retry-After, so a script
     * or a proxy can tell a limit from a wrong password; a person at the form sees the sign-in page saying so.
     */
    private MutableHttpResponse<?> rateLimited(HttpRequest<?> request, AuthenticationResponse failure) {
        MutableHttpResponse<?> limited = HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RATE_WINDOW_S));
        if (fromScript(request)) {
            return limited.body(new Refusal(RATE_LIMITED,
                    texts.get(request, "auth.error." + RATE_LIMITED, failure.getMessage().orElse("too many sign-in attempts"))));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("error", RATE_LIMITED);
        model.put("signedOut", false);
        return limited.body(new ModelAndView<>("auth/login", model));
    }

    private static String reason(AuthenticationResponse failure) {
        if (failure instanceof AuthenticationFailed f && f.getReason() != AuthenticationFailureReason.CUSTOM) {
            return f.getReason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return failure.getMessage().map(m -> m.startsWith("too many") ? RATE_LIMITED : SIGN_ON_REFUSALS.contains(m) ? m : null)
                .orElse("refused");
    }

    private static boolean fromScript(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(false);
    }
}
