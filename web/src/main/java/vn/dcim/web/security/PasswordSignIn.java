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
 * in the token as the claim {@code sid}.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PasswordSignIn implements HttpRequestExecutorAuthenticationProvider<Object> {
    static final String SESSION_CLAIM = "sid";

    private final SignIn signIn;

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<Object> request,
                                               AuthenticationRequest<String, String> credentials) {
        SignIn.Result result = signIn.signIn(credentials.getIdentity(), credentials.getSecret(), ClientAddress.of(request));
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
