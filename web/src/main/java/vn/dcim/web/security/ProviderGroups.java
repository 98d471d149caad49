package vn.dcim.web.security;

import io.micronaut.core.annotation.Nullable;
import vn.dcim.core.account.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a person's groups at the sign-on provider give here: roles, and the sites the account is limited to.
 * Group names are compared without case and without Keycloak's leading path ("/dcim/operators" matches
 * "dcim/operators"). A person in several groups gets every role they give; the sites are the union of their
 * groups' sites, and a group mapped to "*" (the province's leadership) lifts the limit altogether.
 */
final class ProviderGroups {
    static final String EVERY_SITE = "*";

    private final Map<String, Set<Role>> roles;
    private final Map<String, Set<String>> sites;

    ProviderGroups(@Nullable String groupRoles, @Nullable String groupSites) {
        this.roles = new HashMap<>();
        pairs(groupRoles).forEach((group, names) -> {
            Set<Role> granted = EnumSet.noneOf(Role.class);
            for (String name : names) {
                Role role = Role.parse(name).orElseThrow(() -> new IllegalStateException(
                        "DCIM_OIDC_GROUP_ROLES names an unknown role: " + name));
                if (role == Role.agency) {
                    // a group says nothing of which agency: an agency's people are given their accounts here
                    throw new IllegalStateException("DCIM_OIDC_GROUP_ROLES may not give the role agency (group " + group
                            + "): an agency's person is an account the administrator limits to that agency");
                }
                granted.add(role);
            }
            roles.put(group, granted);
        });
        this.sites = pairs(groupSites);
    }

    /** The roles and sites of these groups; {@code sites} empty means every site. */
    record Grant(Set<Role> roles, Set<String> sites) {
        boolean anyRole() {
            return !roles.isEmpty();
        }
    }

    Grant of(Collection<String> groups) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        Set<String> limitedTo = new TreeSet<>();
        boolean everySite = false;
        for (String group : groups) {
            String key = normal(group);
            granted.addAll(roles.getOrDefault(key, Set.of()));
            Set<String> ofGroup = sites.getOrDefault(key, Set.of());
            everySite |= ofGroup.contains(EVERY_SITE);
            limitedTo.addAll(ofGroup);
        }
        return new Grant(granted, everySite ? Set.of() : limitedTo);
    }

    /** "a=x, a=y, b=z": a group may be named several times; blank parts are skipped. */
    private static Map<String, Set<String>> pairs(@Nullable String text) {
        Map<String, Set<String>> map = new HashMap<>();
        if (text != null) {
            for (String pair : text.split(",")) {
                String[] parts = pair.split("=", 2);
                if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                    map.computeIfAbsent(normal(parts[0]), k -> new HashSet<>()).add(parts[1].trim());
                }
            }
        }
        return map;
    }

    private static String normal(String group) {
        String name = group.trim().toLowerCase(Locale.ROOT);
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return name;
    }
}
