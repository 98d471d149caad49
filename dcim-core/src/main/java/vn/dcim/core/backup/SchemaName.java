package vn.dcim.core.backup;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A schema a backup may be restored into: letters, digits and underscores, at most 64 (MariaDB's
 * limit), never one of the server's own schemas. Checked before the name reaches any SQL (
 * {@code ./dcim restore --into} took any text).
 */
public final class SchemaName {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Set<String> SYSTEM = Set.of("mysql", "information_schema", "performance_schema", "sys");

    private SchemaName() {
    }

    /** The name itself, or an IllegalArgumentException that says what is wrong with it. */
    public static String check(String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a schema name: '" + name
                    + "' (1 to 64 letters, digits or underscores)");
        }
        if (SYSTEM.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + name + "' is one of the database server's own schemas; restore into another");
        }
        return name;
    }
}
