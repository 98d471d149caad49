package vn.dcim.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.value.ConvertibleValues;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.ldap.ContextAuthenticationMapper;
import io.micronaut.security.ldap.DefaultContextAuthenticationMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.account.Role;
import vn.dcim.core.account.SignIn;
import vn.dcim.core.error.ConflictException;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * After the directory (LDAP / AD, through micronaut-security-ldap) has checked a person's password:
 * their directory groups become roles by DCIM_LDAP_GROUP_ROLES, their local record is made or
 * updated, and they get a session like a local account (idle timeout, lock, suspension, audit).
 */
@Singleton
@Replaces(DefaultContextAuthenticationMapper.class)
class DirectorySignIn implements ContextAuthenticationMapper {
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySignIn.class);

    private final SignIn signIn;
    private final Map<String, Role> groupRoles;

    DirectorySignIn(SignIn signIn, @Nullable @Value("${dcim.directory.group-roles:}") String groupRoles) {
        this.signIn = signIn;
        this.groupRoles = parse(groupRoles);
    }

    /** "dcim-operators=operator, dcim-admins=admin": group names compared without case. */
    static Map<String, Role> parse(@Nullable String text) {
        Map<String, Role> map = new HashMap<>();
        if (text != null) {
            for (String pair : text.split(",")) {
                String[] parts = pair.split("=", 2);
                if (parts.length == 2 && !parts[0].isBlank()) {
                    Role role = Role.parse(parts[1]).orElseThrow(() -> new IllegalStateException(
                            "DCIM_LDAP_GROUP_ROLES names an unknown role: " + parts[1].trim()));
                    if (role == Role.agency) {
                        // a group says nothing of which agency: an agency's people are given their accounts here
                        throw new IllegalStateException("DCIM_LDAP_GROUP_ROLES may not give the role agency (group " + parts[0].trim()
                                + "): an agency's person is an account the administrator limits to that agency");
                    }
                    map.put(parts[0].trim().toLowerCase(Locale.ROOT), role);
                }
            }
        }
        return map;
    }

    @Override
    public AuthenticationResponse map(ConvertibleValues<Object> attributes, String username, Set<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            Role role = groupRoles.get(group.toLowerCase(Locale.ROOT));
            if (role != null) {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            LOG.warn("Directory sign-in of {} refused: none of the groups {} has a DCIM role", username, groups);
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        String fullName = attributes.get("cn", String.class).orElse(null);
        try {
            SignIn.Result result = signIn.signedInByDirectory(username, fullName, roles, "directory");
            if (!result.ok()) {
                return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
            }
            return AuthenticationResponse.success(result.person().username(), result.person().rights(),
                    Map.of(PasswordSignIn.SESSION_CLAIM, result.sessionId()));
        } catch (ConflictException e) {
            LOG.warn("Directory sign-in of {} refused: {}", username, e.getMessage());
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
    }
}
