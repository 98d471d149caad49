package vn.dcim.web.db

import spock.lang.Specification
import vn.dcim.web.testing.EmbeddedBinaries

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration

/**
 * The key plugin comes from outside the bundled server (the system's MariaDB, or the one the launcher
 * downloads), so it may not load. In auto mode a directory that was never encrypted still starts, loudly
 * unencrypted; with encryption required it refuses.
 */
class ForeignPluginSpec extends Specification {

    def "a plugin that does not load: #mode"() {
        given: 'a plugin directory whose file_key_management.so is not a library at all'
        Path plugins = Files.createTempDirectory('foreign-plugin')
        Files.writeString(plugins.resolve(AtRestEncryption.PLUGIN), 'not an ELF file')
        Path data = Files.createTempDirectory('foreign-plugin-data')
        Path keys = Files.createTempDirectory('foreign-plugin-keys')
        EmbeddedBinaries.linkInto(data)
        def settings = new EmbeddedMariaDb.Settings(data, 0, keys, Duration.ofSeconds(180), mode, plugins)

        when:
        def db = null
        Throwable failure = null
        try {
            db = EmbeddedMariaDb.start(settings, java.time.Instant.now())
        } catch (RuntimeException | IOException e) {
            failure = e
        }

        then:
        (db != null) == starts
        db == null || !db.encrypted()
        !Files.exists(data.resolve('mariadb').resolve(AtRestEncryption.MARKER))

        cleanup:
        db?.close()
        [plugins, data, keys].each { it.toFile().deleteDir() }

        where:
        mode       || starts
        'auto'     || true
        'required' || false
    }
}
