package vn.dcim.core.testing

import java.nio.channels.FileChannel
import java.nio.channels.FileLock
import java.nio.file.Path
import java.nio.file.StandardOpenOption

/**
 * One Galera spec at a time on the machine: the Galera specs of dcim-core and web stop and start nodes of
 * the one cluster (.ci/galera), and .ci/run tests the modules side by side, so a spec of one
 * test JVM must not find a node of its cluster stopped by a spec of another. An operating-system lock on a
 * file in the temp directory, held from before the spec's context starts until its end.
 */
final class GaleraLock {
    private static final Path FILE = Path.of(System.getProperty('java.io.tmpdir'), 'dcim-galera-cluster.lock')
    private static FileChannel channel
    private static FileLock lock

    private GaleraLock() {}

    /** Waits until no other test JVM holds the cluster; holding it already, does nothing. */
    static synchronized void hold() {
        if (lock != null) return
        channel = FileChannel.open(FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE)
        lock = channel.lock()
    }

    static synchronized void release() {
        lock?.release()
        channel?.close()
        lock = null
        channel = null
    }
}
