package vn.dcim.core.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a person may do in the product (Art. 16.1: least privilege). A supervisor is an operator who
 * also edits rules and schedules and signs work orders off, so it grants the operator's rights too.
 * {@link #agency} is a hosted agency's own person (QĐ 11/2023 Art. 17.2, 17.3): it reads its agency's equipment and
 * files that agency's change requests with their letters; it is held alone and always with the account limited to
 * exactly one agency (the scope), never given by a directory group.
 */
public enum Role {
    operator, supervisor, asset_manager, maintenance, auditor, admin, agency;

    /** The only right of a session whose password must change first (QĐ 22/2021 Art. 6.1). */
    public static final String PASSWORD_CHANGE = "password_change";

    /** The only right of a session that has yet to give its second factor (TOTP). */
    public static final String SECOND_FACTOR = "second_factor";

    /** Rights of a session that may do one thing first; they are not a role and reach nothing else. */
    public static final Set<String> ONE_STEP_RIGHTS = Set.of(PASSWORD_CHANGE, SECOND_FACTOR);

    /** Roles whose passwords expire after the shorter period (QĐ 22/2021 Art. 6.2): operators and administrators. */
    public boolean privileged() {
        return this == operator || this == supervisor || this == admin;
    }

    /** The roles an account may be given, as the refusal of an unknown one names them. */
    public static String names() {
        return java.util.Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "));
    }

    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stored as a comma-separated list in the credential row. */
    public static Set<Role> fromColumn(String column) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (column != null) {
            for (String part : column.split(",")) {
                parse(part).ifPresent(roles::add);
            }
        }
        return roles;
    }

    public static String toColumn(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    /** The names a signed-in session holds: the roles and what they imply. */
    public static Set<String> granted(Collection<Role> roles) {
        Set<String> names = new TreeSet<>();
        for (Role r : roles) {
            names.add(r.name());
            if (r == supervisor) {
                names.add(operator.name());
            }
        }
        return new LinkedHashSet<>(names);
    }
}
