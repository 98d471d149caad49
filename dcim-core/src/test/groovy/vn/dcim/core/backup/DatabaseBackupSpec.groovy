package vn.dcim.core.backup

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.TempDir
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec

import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant

@MicronautTest(transactional = false)
class DatabaseBackupSpec extends MariaDbSpec {

    @Inject SiteRepository sites

    @TempDir Path diskA
    @TempDir Path diskB

    DatabaseBackup backup(boolean separate = true) {
        def settings = new BackupSettings(destinations: [diskA.toString(), diskB.toString()], separateDevices: separate, keep: 2)
        new DatabaseBackup(MariaDbServer.fromJdbcUrl(dbUrl(), 'dcim', 'dcim', null), settings)
    }

    def "a backup lands in both destinations, checksummed, and its test restore matches the row counts"() {
        given:
        sites.save(new Site('bk-' + UUID.randomUUID().toString().take(6), 'Trung tâm sao lưu', 'Bắc Kạn', null))

        when:
        def result = backup().backup(Instant.parse('2026-11-22T01:30:00Z'))

        then:
        result.ok()
        result.copies()*.parent == [diskA, diskB]
        result.copies().every { Files.size(it) == result.bytes() && Files.exists(DatabaseBackup.checksumFile(it)) }
        result.sha256() ==~ /[0-9a-f]{64}/
        result.message().contains('test restore matched row counts')

        and: 'the checksum file reads back'
        backup().verifyChecksum(result.copies()[1])
    }

    def "a damaged copy is caught by its checksum"() {
        given:
        def result = backup().backup(Instant.parse('2026-11-22T02:30:00Z'))
        def copy = result.copies()[1]
        def bytes = Files.readAllBytes(copy)
        bytes[bytes.length - 5] = (byte) (bytes[bytes.length - 5] ^ 0xFF)
        Files.write(copy, bytes)

        when:
        backup().verifyChecksum(copy)

        then:
        def e = thrown(IOException)
        e.message.contains('Checksum mismatch')
    }

    def "a restore brings the data back into a schema"() {
        given:
        def id = 'rs-' + UUID.randomUUID().toString().take(6)
        sites.save(new Site(id, 'Khôi phục', null, null))
        def result = backup().backup(Instant.parse('2026-11-22T03:30:00Z'))
        def scratch = 'dcim_restore_spec'

        when:
        backup().restore(result.copies()[0], scratch)

        then:
        def server = MariaDbServer.fromJdbcUrl(dbUrl(), 'dcim', 'dcim', null)
        new RowCounts(server).of(scratch) == new RowCounts(server).of(server.database())

        cleanup:
        new RowCounts(MariaDbServer.fromJdbcUrl(dbUrl(), 'dcim', 'dcim', null)).execute("DROP DATABASE IF EXISTS ${scratch}")
    }

    def "destinations not declared as separate devices are flagged (Art. 11.3)"() {
        expect:
        backup(false).backup(Instant.parse('2026-11-22T04:30:00Z')).sameDevice()
    }

    def "retention keeps the newest backups only"() {
        when:
        ['05', '06', '07'].each { backup().backup(Instant.parse("2026-11-22T${it}:00:00Z")) }

        then:
        Files.list(diskA).findAll { it.toString().endsWith('.sql.gz') }*.fileName*.toString().sort() ==
                [DatabaseBackup.PREFIX + 'dcim_test-20261122-060000.sql.gz', DatabaseBackup.PREFIX + 'dcim_test-20261122-070000.sql.gz']
                .collect { it.replace('dcim_test', MariaDbServer.fromJdbcUrl(dbUrl(), 'dcim', 'dcim', null).database()) }
    }
}
