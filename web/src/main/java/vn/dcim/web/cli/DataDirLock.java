package vn.dcim.web.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One running product per data directory. Two products on one directory would share the embedded
 * database's files, the broker's store and the ports the directory's configuration names; the second
 * used to die halfway with a stack trace ("The file is locked: …/moquette_store.h2"). The lock is taken
 * before anything opens a file or a port, held for the life of the process (the operating system
 * releases it when the process ends, even after {@code kill -9}), and its file names the holder's pid
 * for the one line a refused start prints.
 *
 * <p>A start that finds the directory held waits for it (DCIM_DATA_DIR_WAIT): {@code systemctl restart},
 * a script's stop-then-start and an impatient operator start while the previous process still stops.
 */
public final class DataDirLock {
    private static final Logger LOG = LoggerFactory.getLogger(DataDirLock.class);
    public static final String FILE = "dcim.lock";
    private static final long POLL_MILLIS = 200;

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when the directory stays held for the whole wait; its message is the one line to print. */
    public static final class HeldException extends Exception {
        HeldException(String message) {
            super(message);
        }
    }

    /** The lock of the whole product (every role, the embedded database and broker). */
    public static DataDirLock take(Path dataDir, Duration wait) throws HeldException, IOException {
        return take(dataDir, FILE, wait);
    }

    /**
     * The lock file of a process running only some roles ({@code web}, {@code poller,bridge}): the units of one
     * machine (dcim@web, dcim@poller, dcim@bridge) share a data directory, each role once.
     */
    public static String fileOfRoles(String roles) {
        return "dcim-" + roles.replace(',', '-') + ".lock";
    }

    /**
     * Takes the lock {@code fileName} of {@code dataDir}, waiting up to {@code wait} for a holder to let it go.
     *
     * @throws HeldException when another process still holds it after the wait
     * @throws IOException   when the directory or its lock file cannot be created
     */
    public static DataDirLock take(Path dataDir, String fileName, Duration wait) throws HeldException, IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(fileName);
        // never truncated before the lock is ours: the holder's pid stays readable for the refusal
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean toldWaiting = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    writePid(channel);
                    return new DataDirLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    String holder = holder(file);
                    throw new HeldException("the data directory " + dataDir + " is in use by DCIM process " + holder
                            + (wait.isZero() ? "" : " (waited " + wait.toSeconds() + " s, DCIM_DATA_DIR_WAIT)")
                            + ": stop that process first (kill " + holder + ", or systemctl stop dcim@web), or give this one its own DCIM_DATA_DIR");
                }
                if (!toldWaiting) {
                    LOG.info("The data directory {} is in use by DCIM process {}; waiting up to {} s for it to stop (DCIM_DATA_DIR_WAIT)",
                            dataDir, holder(file), wait.toSeconds());
                    toldWaiting = true;
                }
                sleep();
            }
        } catch (HeldException | IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Whether this process holds the lock (it always does until {@link #release()}). */
    public boolean held() {
        return lock.isValid();
    }

    /** Lets the directory go; the process ending does the same. */
    public void release() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
        channel.close();
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // held by this very JVM (a spec that starts two in one process): as held by another
            return null;
        }
    }

    private static void writePid(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
    }

    /** The pid the holder wrote, or "unknown" (a holder that has not written it yet). */
    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return pid.matches("\\d+") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the data directory", e);
        }
    }
}
