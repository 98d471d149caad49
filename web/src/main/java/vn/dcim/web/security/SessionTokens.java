package vn.dcim.web.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.account.Sessions;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * A signed token (cookie or bearer) is only as good as its server-side session: signed out, idle
 * past the timeout, or an account locked or suspended since, and the token no longer works. The
 * rights come from the database on every request, not from the token.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionTokens implements JwtAuthenticationFactory {
    private final Sessions sessions;

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            Object sid = token.getJWTClaimsSet().getClaim(PasswordSignIn.SESSION_CLAIM);
            if (!(sid instanceof String id)) {
                return Optional.empty();
            }
            return sessions.resume(id).map(p -> Authentication.build(p.username(), p.rights(),
                    Map.of(PasswordSignIn.SESSION_CLAIM, id, SignedIn.ACCOUNT_ID, p.accountId())));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
