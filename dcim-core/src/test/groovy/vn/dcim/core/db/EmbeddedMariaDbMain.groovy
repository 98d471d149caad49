package vn.dcim.core.db

import java.nio.file.Path
import java.time.Duration

/**
 * A stand-in for the product in a JVM of its own, so that a spec can send it TERM or KILL. Like
 * RunCommand it stops its database from a shutdown hook.
 */
class EmbeddedMariaDbMain {
    static void main(String[] args) {
        def db = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(Path.of(args[0]), 0, Path.of(args[1]), Duration.ofSeconds(180), 'required', null))
        Runtime.runtime.addShutdownHook(new Thread({ db.close() }))
        Thread.sleep(Long.MAX_VALUE)
    }
}
