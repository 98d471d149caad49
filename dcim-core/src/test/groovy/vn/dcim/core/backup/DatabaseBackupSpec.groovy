package vn.dcim.core.backup

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.TempDir
import vn.dcim.core.crypto.KeyDirectory
import vn.dcim.core.site.Site
import vn.dcim.core.crypto.KeyDirectory
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.telemetry.PointCodec

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.time.Instant

@MicronautTest(transactional = false)
class DatabaseBackupSpec extends MariaDbSpec {

    @Inject SiteRepository sites

    @TempDir Path mountA
    @TempDir Path mountB
    @TempDir Path keysDir

    Path getDiskA() { mountA.resolve('dcim') }
    Path getDiskB() { mountB.resolve('dcim') }

    DatabaseBackup backup(boolean separate = true, Path keys = keysDir) {
        def settings = new BackupSettings(destinations: [diskA.toString(), diskB.toString()], separateDevices: separate)
        new DatabaseBackup(MariaDbServer.fromJdbcUrl(dbUrl(), 'dcim', 'dcim', null), settings, KeyDirectory.at(keys))
    }

    MariaDbServer server() {
        MariaDbServer.fromJdbcUrl(dbUrl(), 'dcim', 'dcim', null)
    }

    static String mode(Path p) {
        PosixFilePermissions.toString(Files.getPosixFilePermissions(p))
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

        and: 'only their owner reads them (Art. 30.7c)'
        result.copies().every { mode(it) == 'rw-------' && mode(DatabaseBackup.checksumFile(it)) == 'rw-------' }
        [diskA, diskB].every { mode(it) == 'rwx------' }
    }

    def "a backup is encrypted: neither gzip nor the data can be read from the file without the key directory"() {
        given:
        def name = 'Bùi Thị Xylophonia'
        sites.save(new Site('enc-' + UUID.randomUUID().toString().take(6), name, 'Cao Bằng', null))

        when:
        def result = backup().backup(Instant.parse('2026-11-22T01:45:00Z'))
        def bytes = Files.readAllBytes(result.copies()[0])

        then:
        result.ok()
        result.fileName().endsWith('.sql.gz.enc')
        !(bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b)
        !new String(bytes, 'ISO-8859-1').contains('Xylophonia')

        and: 'the checksum covers the file as stored'
        result.sha256() == DatabaseBackup.sha256(result.copies()[0])

        when: 'another installation\'s keys try to restore it'
        backup(true, Files.createTempDirectory('other-keys')).restore(result.copies()[0], 'dcim_restore_otherkey')

        then:
        thrown(IOException)

        cleanup:
        new RowCounts(server()).execute('DROP DATABASE IF EXISTS dcim_restore_otherkey')
    }

    def "a plain .sql.gz of an earlier release is still restored"() {
        given:
        Files.createDirectories(diskA)
        def old = diskA.resolve('dcim-dcim-20261001-013000.sql.gz')
        new java.util.zip.GZIPOutputStream(Files.newOutputStream(old)).withCloseable {
            it.write('CREATE TABLE legacy (n INT);\nINSERT INTO legacy VALUES (7),(8);\n'.getBytes('UTF-8'))
        }
        Files.writeString(DatabaseBackup.checksumFile(old), DatabaseBackup.sha256(old) + '  ' + old.fileName + '\n')

        when:
        backup().verifyChecksum(old)
        backup().restore(old, 'dcim_restore_plain')

        then:
        new RowCounts(server()).of('dcim_restore_plain') == [legacy: 2L]

        cleanup:
        new RowCounts(server()).execute('DROP DATABASE IF EXISTS dcim_restore_plain')
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
        mode(result.copies()[0]) == 'rw-------'

        cleanup:
        new RowCounts(MariaDbServer.fromJdbcUrl(dbUrl(), 'dcim', 'dcim', null)).execute("DROP DATABASE IF EXISTS ${scratch}")
    }

    def "a restore brings the compressed history back to the byte (chunks are BLOBs)"() {
        given: 'a closed day of a series as a chunk, and a block holding every byte value (quotes, backslash, NUL)'
        long[] times = (0..<1440).collect { 1_764_547_200_000L + it * 60_000L } as long[]
        double[] values = (0..<1440).collect { 22.5 + Math.sin(it / 100.0) } as double[]
        byte[] chunk = PointCodec.encode(times, values)
        byte[] everyByte = (0..<256).collect { (byte) it } as byte[]
        def scratch = 'dcim_restore_chunk_spec'
        withConnection(dbUrl()) { c ->
            c.createStatement().execute("INSERT INTO series (id, device_id, metric, instance, unit, kind) VALUES (901, 'ups-1', 'power.load', '0', '%', 'gauge')")
            def insert = c.prepareStatement('INSERT INTO series_chunk (day, series_id, first_ts, last_ts, n, points) VALUES (?, 901, ?, ?, ?, ?)')
            [[java.sql.Date.valueOf('2025-12-01'), chunk, 1440], [java.sql.Date.valueOf('2025-12-02'), everyByte, 256]].each { day, bytes, n ->
                insert.setDate(1, day)
                insert.setTimestamp(2, java.sql.Timestamp.valueOf(day.toLocalDate().atStartOfDay()))
                insert.setTimestamp(3, java.sql.Timestamp.valueOf(day.toLocalDate().atTime(23, 59)))
                insert.setInt(4, n)
                insert.setBytes(5, bytes)
                insert.executeUpdate()
            }
        }
        def result = backup().backup(Instant.parse('2026-11-22T03:30:00Z'))

        when:
        backup().restore(result.copies()[0], scratch)

        then:
        def restored = [:]
        withConnection(dbUrl().replaceFirst('/([^/?]+)(\\?.*)?$', '/' + scratch + '$2')) { c ->
            def rs = c.createStatement().executeQuery('SELECT day, points FROM series_chunk WHERE series_id = 901 ORDER BY day')
            while (rs.next()) {
                restored[rs.getDate(1).toString()] = rs.getBytes(2)
            }
        }
        restored['2025-12-02'] == everyByte
        restored['2025-12-01'] == chunk
        PointCodec.decode(restored['2025-12-01']) == new PointCodec.Points(times, values)

        cleanup:
        server().with { new RowCounts(it).execute("DROP DATABASE IF EXISTS ${scratch}") }
    }

    private static void withConnection(String url, Closure work) {
        java.sql.DriverManager.getConnection(url, 'dcim', 'dcim').withCloseable { work(it) }
    }

    def "destinations not declared as separate devices are flagged (Art. 11.3)"() {
        expect:
        backup(false).backup(Instant.parse('2026-11-22T04:30:00Z')).sameDevice()
    }

    def "backups are kept by age: a burst of backups today leaves the backups of earlier days alone"() {
        given: 'backups of other days, as the nightly duty made them'
        Files.createDirectories(diskA)
        def db = server().database()
        def earlier = ['20261121-013000', '20261115-013000', '20261020-013000', '20260601-013000'].collect {
            def f = diskA.resolve("dcim-${db}-${it}.sql.gz.enc")
            Files.writeString(f, 'x')
            f
        }
        def expired = diskA.resolve("dcim-${db}-20250101-013000.sql.gz.enc")
        Files.writeString(expired, 'x')

        when: 'several backups within minutes'
        (0..<4).each { backup().backup(Instant.parse('2026-11-22T10:00:00Z').plusSeconds(60 * it)) }

        then:
        earlier.every { Files.exists(it) }
        !Files.exists(expired)
        Files.list(diskA).withCloseable { s -> s.filter { it.fileName.toString().startsWith("dcim-${db}-20261122-10") && it.fileName.toString().endsWith('.enc') }.count() } == 4
    }
}
