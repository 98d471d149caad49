package vn.dcim.web.db;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The embedded server's accounts (Art. 21.3, 25.3): the product's own user with rights on its schema
 * only, root with a password nobody but the operator can read, no anonymous users. Passwords are
 * generated at first start and kept in 0600 files of the server's directory; they reach the server
 * only as hashes, in an init file that mariadbd runs before it accepts connections. Run at every
 * start, so a data directory of the release before (root without password, anonymous users) is
 * closed at its first start with this one.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class EmbeddedAccounts {
    static final String USER = "dcim";
    static final String USER_PASSWORD_FILE = "dcim.password";
    static final String ROOT_PASSWORD_FILE = "root.password";

    private final Path dir;
    private final String schema;

    String userPassword() {
        return passwordIn(USER_PASSWORD_FILE);
    }

    Path userPasswordFile() {
        return dir.resolve(USER_PASSWORD_FILE);
    }

    /**
     * SQL for mariadbd's {@code --init-file}: one statement a line, each safe to repeat. The user may
     * also use {@code <schema>_*} schemas: the backup's test restore ({@code <schema>_restore_check})
     * and {@code ./dcim restore --into}.
     */
    List<String> initStatements() {
        String user = hash(userPassword());
        String root = hash(passwordIn(ROOT_PASSWORD_FILE));
        String others = schema.replace("_", "\\_") + "\\_%";
        return List.of(
                // anonymous users and root from other hosts, as mariadb-install-db leaves them
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
                "DELETE FROM mysql.db WHERE User = '' OR Db LIKE 'test%';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS 'root'@'localhost' IDENTIFIED BY PASSWORD '" + root + "';",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY PASSWORD '" + root + "';",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost' WITH GRANT OPTION;",
                "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY PASSWORD '" + user + "';",
                "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY PASSWORD '" + user + "';",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY PASSWORD '" + user + "';",
                "ALTER USER '" + USER + "'@'localhost' IDENTIFIED BY PASSWORD '" + user + "';",
                "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + USER + "'@'127.0.0.1', '" + USER + "'@'localhost';",
                "GRANT ALL PRIVILEGES ON `" + others + "`.* TO '" + USER + "'@'127.0.0.1', '" + USER + "'@'localhost';");
    }

    /** Writes the init file (0600; it holds hashes only) and returns it. */
    Path writeInitFile() {
        Path file = dir.resolve("init.sql");
        try {
            Files.deleteIfExists(file);
            createPrivate(file, String.join("\n", initStatements()) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private String passwordIn(String name) {
        Path file = dir.resolve(name);
        try {
            if (!Files.exists(file)) {
                try {
                    createPrivate(file, generate() + "\n");
                } catch (FileAlreadyExistsException e) {
                    // another process made it first
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Created 0600 before the first byte is written, so the secret is never readable by others. */
    static void createPrivate(Path file, String content) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** 32 random characters of [A-Za-z0-9_-]: nothing to quote in SQL or in an option file. */
    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** mysql_native_password's stored form, {@code *HEX(SHA1(SHA1(password)))}. */
    static String hash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
