package vn.dcim.web.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.oauth2.endpoint.token.response.OauthAuthenticationMapper;
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
            // a session the sign-on provider opened keeps its name, so that signing out ends the provider's too
            Object provider = token.getJWTClaimsSet().getClaim(OauthAuthenticationMapper.PROVIDER_KEY);
            return sessions.resume(id).map(p -> Authentication.build(p.username(), p.rights(), provider instanceof String name
                    ? Map.of(PasswordSignIn.SESSION_CLAIM, id, SignedIn.ACCOUNT_ID, p.accountId(), OauthAuthenticationMapper.PROVIDER_KEY, name)
                    : Map.of(PasswordSignIn.SESSION_CLAIM, id, SignedIn.ACCOUNT_ID, p.accountId())));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
