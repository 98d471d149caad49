package vn.dcim.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Backs the product's own database up with mariadb-dump (gzip, SHA-256) to two destinations and
 * proves each backup usable: the checksum of every copy is read back and the dump is restored into
 * a scratch schema whose row counts must match the live database (Art. 11.4: every backup checked
 * and reconciled). Usable without the application context, so the CLI can run it too.
 */
public class DatabaseBackup {
    static final String PREFIX = "dcim-";
    static final String SUFFIX = ".sql.gz";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final MariaDbServer server;
    private final BackupSettings settings;
    private final RowCounts counts;

    public DatabaseBackup(MariaDbServer server, BackupSettings settings) {
        this.server = server;
        this.settings = settings;
        this.counts = new RowCounts(server);
    }

    public BackupResult backup(Instant now) throws IOException {
        List<Path> destinations = settings.destinationPaths();
        for (Path d : destinations) {
            Files.createDirectories(d);
        }
        String name = PREFIX + server.database() + "-" + STAMP.format(now) + SUFFIX;
        Path first = destinations.get(0).resolve(name);
        Map<String, Long> before = counts.of(server.database());
        String sha = dump(first);
        Map<String, Long> after = counts.of(server.database());
        List<Path> copies = new ArrayList<>(List.of(first));
        for (Path d : destinations.subList(1, destinations.size())) {
            Path copy = d.resolve(name);
            Files.copy(first, copy, StandardCopyOption.REPLACE_EXISTING);
            copies.add(copy);
        }
        for (Path c : copies) {
            Files.writeString(checksumFile(c), sha + "  " + name + "\n");
        }
        boolean checksums = copies.stream().allMatch(c -> sha.equals(sha256Quietly(c)));
        String restoreProblem = restoreCheck(first, before, after);
        boolean sameDevice = !settings.isSeparateDevices() || sameFileStore(destinations);
        for (Path d : destinations) {
            prune(d);
        }
        String message = describe(name, copies, checksums, restoreProblem, sameDevice);
        return new BackupResult(now, name, sha, Files.size(first), copies, checksums, restoreProblem == null,
                sameDevice, message);
    }

    /** Checks a backup file against the checksum written beside it. */
    public void verifyChecksum(Path file) throws IOException {
        Path sumFile = checksumFile(file);
        if (!Files.exists(sumFile)) {
            throw new IOException("No checksum file " + sumFile.getFileName() + " beside " + file.getFileName());
        }
        String expected = Files.readString(sumFile).trim().split("\\s+")[0];
        String actual = sha256(file);
        if (!expected.equalsIgnoreCase(actual)) {
            throw new IOException("Checksum mismatch for " + file.getFileName() + ": expected " + expected + ", got " + actual);
        }
    }

    /** Loads a backup into {@code schema} (created if missing); the dump replaces its tables. */
    public void restore(Path file, String schema) throws IOException {
        counts.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4");
        Path options = server.optionFile();
        try {
            Process p = Processes.start(List.of(server.tool("mariadb"), "--defaults-extra-file=" + options,
                    "--default-character-set=utf8mb4", schema));
            CompletableFuture<String> err = Processes.stderrOf(p);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file)); OutputStream out = p.getOutputStream()) {
                in.transferTo(out);
            }
            Processes.await(p, err, "mariadb (restore)");
        } finally {
            Files.deleteIfExists(options);
        }
    }

    private String dump(Path target) throws IOException {
        Path options = server.optionFile();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Process p = Processes.start(List.of(server.tool("mariadb-dump"), "--defaults-extra-file=" + options,
                    "--single-transaction", "--quick", "--routines", "--triggers", "--events", "--hex-blob",
                    "--default-character-set=utf8mb4", server.database()));
            CompletableFuture<String> err = Processes.stderrOf(p);
            MessageDigest digest = sha256Digest();
            try (InputStream in = p.getInputStream();
                 OutputStream out = new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(partial), digest))) {
                in.transferTo(out);
            }
            Processes.await(p, err, "mariadb-dump");
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().formatHex(digest.digest());
        } finally {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(options);
        }
    }

    /** Restores into a scratch schema; each table must hold between its row counts before and after the dump. */
    private String restoreCheck(Path file, Map<String, Long> before, Map<String, Long> after) {
        String scratch = server.database() + "_restore_check";
        try {
            counts.execute("DROP DATABASE IF EXISTS `" + scratch + "`");
            restore(file, scratch);
            Map<String, Long> restored = counts.of(scratch);
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, Long> e : before.entrySet()) {
                long lo = Math.min(e.getValue(), after.getOrDefault(e.getKey(), e.getValue()));
                long hi = Math.max(e.getValue(), after.getOrDefault(e.getKey(), e.getValue()));
                Long got = restored.get(e.getKey());
                if (got == null || got < lo || got > hi) {
                    problems.add(e.getKey() + " has " + got + " rows, expected " + (lo == hi ? lo : lo + ".." + hi));
                }
            }
            return problems.isEmpty() ? null : String.join("; ", problems);
        } catch (IOException | RuntimeException e) {
            return "test restore failed: " + e.getMessage();
        } finally {
            try {
                counts.execute("DROP DATABASE IF EXISTS `" + scratch + "`");
            } catch (RuntimeException ignored) {
                // the next check drops it again
            }
        }
    }

    private void prune(Path dir) throws IOException {
        List<Path> backups;
        try (Stream<Path> s = Files.list(dir)) {
            backups = s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.getFileName().toString().endsWith(SUFFIX))
                    .sorted().toList();
        }
        for (int i = 0; i < backups.size() - settings.getKeep(); i++) {
            Files.deleteIfExists(backups.get(i));
            Files.deleteIfExists(checksumFile(backups.get(i)));
        }
    }

    private static String describe(String name, List<Path> copies, boolean checksums, String restoreProblem, boolean sameDevice) {
        StringBuilder b = new StringBuilder(name).append(": ").append(copies.size()).append(" copies");
        b.append(checksums ? ", checksums verified" : ", CHECKSUM MISMATCH");
        b.append(restoreProblem == null ? ", test restore matched row counts" : ", " + restoreProblem);
        if (copies.size() < 2) {
            b.append("; Art. 11.3: fewer than two copies");
        }
        if (sameDevice) {
            b.append("; Art. 11.3: both destinations are on the same device, configure a second device or location");
        }
        return b.toString();
    }

    private static boolean sameFileStore(List<Path> destinations) {
        try {
            return destinations.size() < 2 || Files.getFileStore(destinations.get(0)).equals(Files.getFileStore(destinations.get(1)));
        } catch (IOException e) {
            return true;
        }
    }

    static Path checksumFile(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".sha256");
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256Quietly(Path file) {
        try {
            return sha256(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
