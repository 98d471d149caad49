package vn.dcim.core.backup;

import com.google.crypto.tink.StreamingAead;
import vn.dcim.core.crypto.KeyDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Backs the product's own database up with mariadb-dump (gzip, then AES-256-GCM-HKDF streaming
 * encryption with the installation's "backup" key, SHA-256 over the file as stored) to two
 * destinations and proves each backup usable: the checksum of every copy is read back and the dump is
 * restored into a scratch schema whose row counts must match the live database (Art. 11.4: every
 * backup checked and reconciled). Backups are readable by their owner only and useless without the
 * key directory (Art. 30.7c, 15.1d). Usable without the application context, so the CLI can run it too.
 */
public class DatabaseBackup {
    static final String PREFIX = "dcim-";
    /** Encrypted backups; {@link #PLAIN_SUFFIX} ones of earlier releases are still restored and rotated. */
    static final String SUFFIX = ".sql.gz.enc";
    static final String PLAIN_SUFFIX = ".sql.gz";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + ".*-(\\d{8}-\\d{6})\\.sql\\.gz(\\.enc)?");
    /** Binds each backup to its purpose: a ciphertext of another use of the key does not decrypt as a backup. */
    private static final byte[] ASSOCIATED_DATA = "dcim database backup v1".getBytes(StandardCharsets.UTF_8);
    private static final FileAttribute<?> OWNER_ONLY_FILE = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final MariaDbServer server;
    private final BackupSettings settings;
    private final KeyDirectory keys;
    private final RowCounts counts;

    public DatabaseBackup(MariaDbServer server, BackupSettings settings, KeyDirectory keys) {
        this.server = server;
        this.settings = settings;
        this.keys = keys;
        this.counts = new RowCounts(server);
    }

    public BackupResult backup(Instant now) throws IOException {
        List<Path> destinations = settings.destinationPaths();
        for (Path d : destinations) {
            createOwnerOnly(d);
        }
        String name = PREFIX + server.database() + "-" + STAMP.format(now) + SUFFIX;
        Path first = destinations.get(0).resolve(name);
        Map<String, Long> before = counts.of(server.database());
        String sha = dump(first);
        Map<String, Long> after = counts.of(server.database());
        List<Path> copies = new ArrayList<>(List.of(first));
        for (Path d : destinations.subList(1, destinations.size())) {
            Path copy = d.resolve(name);
            Files.deleteIfExists(copy);
            Files.createFile(copy, OWNER_ONLY_FILE);
            try (InputStream in = Files.newInputStream(first); OutputStream out = Files.newOutputStream(copy)) {
                in.transferTo(out);
            }
            copies.add(copy);
        }
        for (Path c : copies) {
            Path sum = checksumFile(c);
            Files.deleteIfExists(sum);
            Files.createFile(sum, OWNER_ONLY_FILE);
            Files.writeString(sum, sha + "  " + name + "\n");
        }
        boolean checksums = copies.stream().allMatch(c -> sha.equals(sha256Quietly(c)));
        String restoreProblem = restoreCheck(first, before, after);
        boolean sameDevice = !settings.isSeparateDevices() || sameFileStore(destinations);
        for (Path d : destinations) {
            prune(d, now);
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

    /**
     * Loads a backup into {@code schema} (created if missing), which then holds exactly the backup's
     * tables: the dump replaces the tables it holds, and the tables and views it does not hold are dropped
     * once it has loaded (a newer release's tables, when a backup taken before an upgrade rolls it back:
     * left there, they would stop that upgrade the next time, "table already exists"). An encrypted backup
     * is decrypted with the key directory's "backup" key on the way; a plain {@code .sql.gz} of an earlier
     * release is read as it is.
     */
    public void restore(Path file, String schema) throws IOException {
        SchemaName.check(schema);
        counts.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4");
        Path options = server.optionFile();
        Set<String> dumped;
        try {
            Process p = Processes.start(List.of(server.tool("mariadb"), "--defaults-extra-file=" + options,
                    "--default-character-set=utf8mb4", schema));
            CompletableFuture<String> err = Processes.stderrOf(p);
            try (InputStream in = new GZIPInputStream(decrypting(file)); DumpedTables out = new DumpedTables(p.getOutputStream())) {
                in.transferTo(out);
                dumped = out.names();
            }
            Processes.await(p, err, "mariadb (restore)");
        } finally {
            Files.deleteIfExists(options);
        }
        // a dump whose tables could not be told (not mariadb-dump's own layout) leaves the schema's other tables alone
        if (!dumped.isEmpty()) {
            counts.dropAllBut(schema, dumped);
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
            Files.deleteIfExists(partial);
            Files.createFile(partial, OWNER_ONLY_FILE);
            // dump -> gzip -> encrypt -> checksum of what is stored -> file
            try (InputStream in = p.getInputStream();
                 OutputStream out = new GZIPOutputStream(encrypting(new DigestOutputStream(Files.newOutputStream(partial), digest)))) {
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

    private InputStream decrypting(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (!file.getFileName().toString().endsWith(SUFFIX)) {
            return raw;
        }
        try {
            return backupKey().newDecryptingStream(raw, ASSOCIATED_DATA);
        } catch (GeneralSecurityException e) {
            raw.close();
            throw new IOException("Cannot decrypt " + file.getFileName() + " with the key directory's backup key: " + e.getMessage(), e);
        }
    }

    /** Taken when first needed: starting the product makes no key it has no use for yet. */
    private StreamingAead backupKey() {
        return keys.streamingAead("backup");
    }

    private OutputStream encrypting(OutputStream out) throws IOException {
        try {
            return backupKey().newEncryptingStream(out, ASSOCIATED_DATA);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot encrypt the backup: " + e.getMessage(), e);
        }
    }

    /** Keeps backups by age ({@link BackupRetention}), never by count. */
    private void prune(Path dir, Instant now) throws IOException {
        Map<Path, Instant> backups = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> takenAt(p).ifPresent(t -> backups.put(p, t)));
        }
        for (Path old : settings.retention().toDelete(List.copyOf(backups.keySet()), backups::get, now)) {
            Files.deleteIfExists(old);
            Files.deleteIfExists(checksumFile(old));
        }
    }

    /** When a backup was taken, from its name (UTC); empty for files that are not backups. */
    static Optional<Instant> takenAt(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")).toInstant(ZoneOffset.UTC));
    }

    private static void createOwnerOnly(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            vn.dcim.core.crypto.OwnerOnly.restrict(dir);
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
