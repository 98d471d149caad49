package vn.dcim.web.security;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;
import io.micronaut.security.oauth2.endpoint.token.response.OauthAuthenticationMapper;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieClearerLogoutHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Optional;

/**
 * `POST /logout` of a session the sign-on provider opened: the cookie is cleared and the session here ends
 * ({@link SignOut}) as for any, then the browser goes on to the provider's end_session_endpoint (OpenID Connect
 * RP-initiated logout, with the client id and the sign-in page as post_logout_redirect_uri) so that the next
 * person at the screen is not signed straight back in. A provider that offers no such endpoint, or cannot be
 * asked, leaves the person on the sign-in page as a local sign-out does.
 */
@Singleton
@Replaces(TokenCookieClearerLogoutHandler.class)
class ProviderSignOut extends TokenCookieClearerLogoutHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderSignOut.class);

    private final BeanContext beans;
    private final HttpHostResolver hosts;

    ProviderSignOut(AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                    RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                    RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                    BeanContext beans, HttpHostResolver hosts) {
        super(accessTokenCookieConfiguration, refreshTokenCookieConfiguration, redirectConfiguration, redirectService);
        this.beans = beans;
        this.hosts = hosts;
    }

    @Override
    public MutableHttpResponse<?> logout(HttpRequest<?> request) {
        MutableHttpResponse<?> response = super.logout(request);
        SignedIn.of(request).flatMap(a -> endSession(request, a))
                .ifPresent(uri -> response.getHeaders().set(HttpHeaders.LOCATION, uri.toString()));
        return response;
    }

    private Optional<URI> endSession(HttpRequest<?> request, Authentication authentication) {
        if (!(authentication.getAttributes().get(OauthAuthenticationMapper.PROVIDER_KEY) instanceof String provider) || logout == null) {
            return Optional.empty();
        }
        try {
            Optional<String> endpoint = beans.findBean(OpenIdProviderMetadata.class, Qualifiers.byName(provider))
                    .map(OpenIdProviderMetadata::getEndSessionEndpoint).filter(e -> !e.isBlank());
            Optional<String> clientId = beans.findBean(OauthClientConfiguration.class, Qualifiers.byName(provider))
                    .map(OauthClientConfiguration::getClientId);
            if (endpoint.isEmpty() || clientId.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(UriBuilder.of(endpoint.get())
                    .queryParam("client_id", clientId.get())
                    .queryParam("post_logout_redirect_uri", hosts.resolve(request) + logout)
                    .build());
        } catch (RuntimeException e) {
            LOG.warn("Signed out here; the sign-on provider's session could not be ended: {}", e.toString());
            return Optional.empty();
        }
    }
}
