package vn.dcim.web.cli;

import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.web.db.EmbeddedMariaDb;

import java.nio.file.Path;
import java.time.Duration;

/** The DCIM_* variables the launcher reads; every one has a default for the zero-setup run. */
final class Environment {
    private Environment() {
    }

    static String get(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    static Path dataDir() {
        String v = get("DCIM_DATA_DIR");
        return Path.of(v == null ? "data" : v).toAbsolutePath();
    }

    /** DCIM_KEYS_DIR, or beside the data directory ({@code data} -> {@code data-keys}). */
    static Path keysDir() {
        return keysDir(dataDir());
    }

    static Path keysDir(Path dataDir) {
        String v = get("DCIM_KEYS_DIR");
        return v == null ? KeyDirectory.besideDataDir(dataDir) : Path.of(v).toAbsolutePath();
    }

    /** How the embedded MariaDB starts: DCIM_DB_START_TIMEOUT, DCIM_DB_ENCRYPTION, DCIM_MARIADB_PLUGIN_DIR. */
    static EmbeddedMariaDb.Settings embeddedDb(Path dataDir, int port) {
        String plugins = get("DCIM_MARIADB_PLUGIN_DIR");
        String encryption = get("DCIM_DB_ENCRYPTION");
        return new EmbeddedMariaDb.Settings(dataDir, port, keysDir(dataDir), duration(get("DCIM_DB_START_TIMEOUT"), Duration.ofSeconds(180)),
                encryption == null ? "auto" : encryption, plugins == null ? null : Path.of(plugins));
    }

    /** {@code 180} (seconds), {@code 180s}, {@code 3m}. */
    static Duration duration(String v, Duration otherwise) {
        if (v == null) {
            return otherwise;
        }
        return v.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(v)) : Duration.parse("PT" + v.toUpperCase(java.util.Locale.ROOT));
    }

    static int integer(String name, int otherwise) {
        String v = get(name);
        return v == null ? otherwise : Integer.parseInt(v);
    }

    static int port() {
        String v = get("DCIM_PORT");
        return v == null ? 8080 : Integer.parseInt(v);
    }
}
