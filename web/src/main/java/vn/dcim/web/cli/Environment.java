package vn.dcim.web.cli;

import java.nio.file.Path;

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

    static int port() {
        String v = get("DCIM_PORT");
        return v == null ? 8080 : Integer.parseInt(v);
    }
}
