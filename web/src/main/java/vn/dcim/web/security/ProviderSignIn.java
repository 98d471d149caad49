package vn.dcim.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.OauthAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.dcim.core.account.SignIn;
import vn.dcim.core.scope.AccountScopes;
import vn.dcim.core.error.ConflictException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * After the centre's OpenID Connect provider has signed a person in (authorization code with PKCE, the ID token
 * checked by Micronaut against the provider's keys, issuer, audience and nonce): their groups become roles and
 * sites by {@link SingleSignOnSettings}, re-read at every sign-in; their local record is made on the first one;
 * they get a session like a local account (idle timeout, lock, suspension, audit). A person in no mapped group,
 * or whose name is a local account's (the administrator's above all), is refused with a reason the sign-in page
 * shows.
 */
@Singleton
@Named(SingleSignOnSettings.PROVIDER)
class ProviderSignIn implements OpenIdAuthenticationMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderSignIn.class);
    /** The session's source, where a local sign-in records the address (the provider has checked that). */
    static final String SOURCE = "single-sign-on";
    static final String NO_ROLE = "no-role";
    static final String LOCAL_ACCOUNT = "local-account";
    static final String NO_USERNAME = "no-username";

    private final SignIn signIn;
    private final AccountScopes scopes;
    private final SingleSignOnSettings settings;
    private final ProviderGroups groups;
    private final Scheduler blocking;

    ProviderSignIn(SignIn signIn, AccountScopes scopes, SingleSignOnSettings settings, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.signIn = signIn;
        this.scopes = scopes;
        this.settings = settings;
        this.groups = new ProviderGroups(settings.groupRoles(), settings.groupSites());
        // the answer comes on the HTTP client's event loop; the sign-in reads and writes the database
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims claims, @Nullable State state) {
        return Mono.fromCallable(() -> signIn(providerName, claims.getClaims())).subscribeOn(blocking);
    }

    AuthenticationResponse signIn(String providerName, Map<String, Object> claims) {
        Object name = claims.get(settings.usernameClaim());
        if (!(name instanceof String username) || username.isBlank() || username.length() > 100) {
            LOG.warn("Sign-on refused: the provider's token has no usable claim '{}' (subject {})", settings.usernameClaim(),
                    claims.get("sub"));
            return AuthenticationResponse.failure(NO_USERNAME);
        }
        List<String> memberOf = groupsOf(claims.get(settings.groupsClaim()));
        ProviderGroups.Grant grant = groups.of(memberOf);
        if (!grant.anyRole()) {
            LOG.warn("Sign-on of {} refused: none of the groups {} has a DCIM role", username, memberOf);
            return AuthenticationResponse.failure(NO_ROLE);
        }
        Object fullName = claims.get("name");
        try {
            SignIn.Result result = signIn.signedInByProvider(username, fullName instanceof String s ? s : null, grant.roles(), SOURCE);
            if (!result.ok()) {
                return AuthenticationResponse.failure(io.micronaut.security.authentication.AuthenticationFailureReason.USER_DISABLED);
            }
            // the groups' sites become the account's scope before its token leaves: a move between centres at the
            // provider holds from this sign-in on. Without a group-to-site table the administrator's scope stands.
            if (settings.groupSites() != null && !settings.groupSites().isBlank()) {
                scopes.limitToSites(result.person().accountId(), grant.sites(), "single-sign-on");
            }
            return AuthenticationResponse.success(result.person().username(), result.person().rights(),
                    Map.of(PasswordSignIn.SESSION_CLAIM, result.sessionId(), OauthAuthenticationMapper.PROVIDER_KEY, providerName));
        } catch (ConflictException e) {
            LOG.warn("Sign-on of {} refused: {}", username, e.getMessage());
            return AuthenticationResponse.failure(LOCAL_ACCOUNT);
        }
    }

    /** A list of names (Keycloak, Authentik, Entra ID) or one name; anything else is no group. */
    private static List<String> groupsOf(@Nullable Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return claim instanceof String one ? List.of(one) : List.of();
    }
}
