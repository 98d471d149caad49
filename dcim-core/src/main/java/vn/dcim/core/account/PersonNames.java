package vn.dcim.core.account;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.db.Jdbc;

import java.util.HashMap;
import java.util.Map;

/**
 * People as a document names them: records keep who acted by user name ("kho"), a signed record names
 * the person ("Nguyễn Thị Kho"). A name the accounts do not know (a duty, a removed account) is shown as kept.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonNames {
    private final Jdbc jdbc;

    /** The full names of the product's accounts now, for one document's many rows. */
    public Lookup lookup() {
        Map<String, String> names = new HashMap<>();
        jdbc.list("read the people's names", "SELECT username, full_name FROM account WHERE system_name = ? AND full_name IS NOT NULL "
                + "AND full_name <> ''", rs -> names.put(rs.getString(1), rs.getString(2)), UserAccounts.SYSTEM);
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
