package vn.dcim.web.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * dcim.single-sign-on.*: sign-in through the centre's OpenID Connect provider (Keycloak and the like), beside the
 * local accounts and the directory. The provider's connection (issuer, client id and secret) is Micronaut's
 * micronaut.security.oauth2.clients.oidc.*; these say what its answer means here: which claim holds the user
 * name and which the groups, which groups give which roles ("dcim-operators=operator, lanh-dao=supervisor,
 * lanh-dao=auditor") and which limit the account to which sites ("tn-operators=TN01, lanh-dao=*", * = every
 * site). Each defaults in application.yml.
 */
@ConfigurationProperties("dcim.single-sign-on")
public record SingleSignOnSettings(@Bindable(defaultValue = "false") boolean enabled,
                                   @Bindable(defaultValue = "OpenID Connect") String name,
                                   @Bindable(defaultValue = "preferred_username") String usernameClaim,
                                   @Bindable(defaultValue = "groups") String groupsClaim,
                                   @Nullable String groupRoles,
                                   @Nullable String groupSites) {
    /** The client's name in micronaut.security.oauth2.clients: the paths /oauth/login/oidc and /oauth/callback/oidc. */
    public static final String PROVIDER = "oidc";
}
