package vn.dcim.core.backup

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec

import javax.sql.DataSource
import java.nio.file.Path
import java.time.Instant

/** A backup made from the command line lands in the same register as the duty's, as the backups screen reads it. */
@MicronautTest(transactional = false)
class BackupRunRecordSpec extends MariaDbSpec {
    @Inject DataSource dataSource
    @Inject BackupRunRepository runs

    def "a hand-made backup is recorded as the duty records its runs: #what"() {
        given:
        String file = "dcim-${System.nanoTime()}.sql.gz"
        def result = new BackupResult(Instant.parse('2026-11-27T01:02:03Z'), file, 'ab' * 32, 4096L, copies.collect { Path.of(it) },
                true, restored, false, message)

        when:
        // the command line holds a plain connection of its own, outside any pool or transaction
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { BackupRunRecord.record(it, result) }
        def run = runs.findTop50OrderByIdDesc().find { it.fileName() == file }

        then:
        run.takenAt() == result.takenAt()
        run.copies() == copies.join(',')
        run.ok() == ok
        run.message().length() == Math.min(message.length(), 2000)

        where:
        what                          | copies                        | restored | message     || ok
        'two copies, restore tested'  | ['/nas/a.sql.gz', '/usb/a.sql.gz'] | true | 'đã sao lưu' || true
        'one copy: not ok'            | ['/nas/a.sql.gz']             | true     | 'một bản'   || false
        'a long message is cut'       | ['/nas/a.sql.gz', '/usb/a.sql.gz'] | false | 'x' * 3000 || false
    }
}
