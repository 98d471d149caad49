package vn.dcim.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.SignIn;

import java.util.Map;

/**
 * The form and `POST /login` check the user name and password here, on a blocking thread (the
 * argon2 hash takes tens of milliseconds). A success opens a server-side session whose id travels
 * in the token as the claim {@code sid}. The client's device cookie of an earlier sign-in (a browser keeps it, a
 * script with a cookie jar too) makes it a trusted device of the account; a success leaves a new one for
 * {@link SignInResponses} to set.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PasswordSignIn implements HttpRequestExecutorAuthenticationProvider<Object> {
    static final String SESSION_CLAIM = "sid";
    /** The cookie that makes a client a trusted device of the accounts it signed in to (SignIn). */
    static final String DEVICE_COOKIE = "dcim_device";
    /** Where a success leaves the new device token for the answer. */
    static final String NEW_DEVICE_TOKEN = "dcim.device-token";

    private final SignIn signIn;

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<Object> request,
                                               AuthenticationRequest<String, String> credentials) {
        String device = request == null ? null : request.getCookies().findCookie(DEVICE_COOKIE).map(c -> c.getValue()).orElse(null);
        SignIn.Result result = signIn.signIn(credentials.getIdentity(), credentials.getSecret(), ClientAddress.of(request), device);
        if (request != null && result.deviceToken() != null) {
            request.setAttribute(NEW_DEVICE_TOKEN, result.deviceToken());
        }
        return switch (result.outcome()) {
            case SIGNED_IN -> AuthenticationResponse.success(result.person().username(), result.person().rights(),
                    Map.of(SESSION_CLAIM, result.sessionId()));
            case LOCKED -> AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
            case SUSPENDED -> AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
            case RATE_LIMITED -> AuthenticationResponse.failure("too many sign-in attempts from this address; wait a minute");
            case WRONG -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        };
    }
}
