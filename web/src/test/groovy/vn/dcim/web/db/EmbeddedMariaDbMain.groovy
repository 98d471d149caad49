package vn.dcim.web.db

import java.nio.file.Path
import java.time.Duration

/**
 * A stand-in for the product in a JVM of its own, so that a spec can send it TERM or KILL. Like
 * RunCommand it stops its database from a shutdown hook.
 */
class EmbeddedMariaDbMain {
    static void main(String[] args) {
        // the hook first: the spec sends TERM as soon as the connection file appears, which start()
        // writes before it returns (a hook added after start missed a TERM under load and left the server)
        def started = new java.util.concurrent.atomic.AtomicReference<EmbeddedMariaDb>()
        Runtime.runtime.addShutdownHook(new Thread({ synchronized (started) { started.get()?.close() } }))
        synchronized (started) {
            started.set(EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(Path.of(args[0]), 0, Path.of(args[1]), Duration.ofSeconds(180), 'required', null), java.time.Instant.now()))
        }
        Thread.sleep(Long.MAX_VALUE)
    }
}
