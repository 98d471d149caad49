package vn.dcim.web.cli

import spock.lang.Specification
import vn.dcim.core.backup.BackupSettings
import vn.dcim.core.backup.DatabaseBackup
import vn.dcim.core.crypto.KeyDirectory
import vn.dcim.web.db.EmbeddedMariaDb
import vn.dcim.web.testing.EmbeddedBinaries

import java.nio.file.Files
import java.nio.file.Path
import java.sql.DriverManager
import java.time.Instant

/**
 * ./dcim backup and ./dcim restore beside a running product: they find its embedded server through
 * the connection file and its 0600 password file, work as the product's own user (never root), and
 * that user may do all a verified backup needs: dump, test restore into the scratch schema, restore
 * into a dcim_* schema.
 */
class DatabaseTargetSpec extends Specification {

    def "the command-line tools reach the running product's closed server as its own user and back it up and restore it"() {
        given: 'a running product'
        Path dataDir = Files.createTempDirectory('dcim-cli')
        Path keys = KeyDirectory.besideDataDir(dataDir)
        EmbeddedBinaries.linkInto(dataDir)
        def product = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(dataDir, 0, keys, java.time.Duration.ofSeconds(180), 'auto', null), java.time.Instant.now())
        DriverManager.getConnection(product.url(), product.user(), product.password()).withCloseable { c ->
            c.createStatement().execute('CREATE TABLE site (id VARCHAR(20) PRIMARY KEY, name VARCHAR(100))')
            c.createStatement().execute("INSERT INTO site VALUES ('s1', 'Trung tâm Lạng Sơn'), ('s2', 'Trung tâm Hà Giang')")
        }

        when:
        def target = DatabaseTarget.resolve(dataDir)

        then: 'the running server, as dcim'
        target.server.user() == 'dcim'
        target.server.port() == new URI(product.url().substring(5)).port

        when: 'a verified backup and a restore into another schema'
        def backup = new DatabaseBackup(target.server, BackupSettings.defaults(dataDir), KeyDirectory.at(keys))
        def result = backup.backup(Instant.parse('2026-11-22T01:30:00Z'))
        backup.verifyChecksum(result.copies()[0])
        backup.restore(result.copies()[0], 'dcim_restored')

        then:
        result.ok()
        result.message().contains('test restore matched row counts')
        DriverManager.getConnection(product.url().replace('/dcim', '/dcim_restored'), product.user(), product.password()).withCloseable { c ->
            def rs = c.createStatement().executeQuery('SELECT COUNT(*) FROM site')
            rs.next()
            rs.getInt(1)
        } == 2

        cleanup:
        target?.close()
        product?.close()
        // the server's files and backups are half a GB a run
        dataDir?.toFile()?.deleteDir()
        keys?.toFile()?.deleteDir()
    }
}
