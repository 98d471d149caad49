package vn.dcim.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/** The signed-in person of a request: who an audit entry, a journal line or a sign-off names. */
public final class SignedIn {
    public static final String ACCOUNT_ID = "aid";

    private SignedIn() {
    }

    public static Optional<Authentication> of(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class);
    }

    /** The user name; every route but the open ones is behind a sign-in, so "anonymous" is never recorded by them. */
    public static String name(HttpRequest<?> request) {
        return of(request).map(Authentication::getName).orElse("anonymous");
    }

    public static long accountId(HttpRequest<?> request) {
        return of(request).map(a -> a.getAttributes().get(ACCOUNT_ID)).map(v -> ((Number) v).longValue())
                .orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    /** The server-side session of a signed-in browser or bearer token; empty for an API key. */
    public static java.util.Optional<String> sessionId(HttpRequest<?> request) {
        return of(request).map(a -> a.getAttributes().get(PasswordSignIn.SESSION_CLAIM)).map(String::valueOf);
    }

    public static boolean has(HttpRequest<?> request, String right) {
        return of(request).map(a -> a.getRoles().contains(right)).orElse(false);
    }
}
