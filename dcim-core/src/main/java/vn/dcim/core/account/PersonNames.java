package vn.dcim.core.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * People as a document names them: records keep who acted by user name ("kho"), a signed record names
 * the person ("Nguyễn Thị Kho"). A name the accounts do not know (a duty, a removed account) is shown as kept.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonNames {
    private final AccountRepository accounts;

    /** An account's user name and full name. */
    @Introspected
    record Named(String username, String fullName) {
    }

    /**
     * The full name the product's own account of a sign-in name holds; none when the account has no name or there is no
     * such account (a directory user never signed in here, a name typed in a form).
     */
    public Optional<String> of(@Nullable String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return accounts.findFullName(UserAccounts.SYSTEM, login);
    }

    /** The full names of the product's accounts now, for one document's many rows. */
    public Lookup lookup() {
        Map<String, String> names = new HashMap<>();
        accounts.findFullNames(UserAccounts.SYSTEM).forEach(n -> names.put(n.username(), n.fullName()));
        return new Lookup(Map.copyOf(names));
    }

    public record Lookup(Map<String, String> names) {
        /** The person's full name, else the user name as kept; empty for none. */
        public String of(String username) {
            if (username == null || username.isBlank()) {
                return "";
            }
            return names.getOrDefault(username, username);
        }
    }
}
