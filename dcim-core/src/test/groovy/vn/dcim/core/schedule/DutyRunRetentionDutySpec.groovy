package vn.dcim.core.schedule

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Instant

/** The duties' register: runs that went well age out, the evidence of every problem stays. */
@MicronautTest(transactional = false)
class DutyRunRetentionDutySpec extends MariaDbSpec {
    @Inject DutyRunRetentionDuty duty
    @Inject DataSource dataSource

    static final Instant NOW = Instant.parse('2026-11-24T03:00:00Z')

    def "a #status run of #dutyId from #started is #outcome"() {
        given:
        def sql = new Sql(dataSource)
        sql.update('DELETE FROM duty_run')
        // every duty has a newer run that went well, except 'only-run', whose last run this is
        sql.update("INSERT INTO duty_run (duty_id, started_at, status) VALUES (?, ?, ?)", [dutyId, started, status])
        long id = sql.count('SELECT MAX(id) FROM duty_run')
        if (dutyId != 'only-run') {
            sql.update("INSERT INTO duty_run (duty_id, started_at, status) VALUES (?, '2026-11-24 02:59:45', 'ok')", [dutyId])
        }

        when:
        duty.run(NOW)

        then:
        (sql.count('SELECT COUNT(*) FROM duty_run WHERE id = ?', [id]) == 1) == kept

        where:
        dutyId            | started               | status     || kept
        'reading-rollups' | '2026-08-01 00:00:00' | 'ok'       || false
        'reading-rollups' | '2026-11-01 00:00:00' | 'ok'       || true
        'database-backup' | '2026-01-01 00:00:00' | 'failed'   || true
        'database-backup' | '2026-01-01 00:00:00' | 'warning'  || true
        'database-backup' | '2026-01-01 00:00:00' | 'misfired' || true
        'only-run'        | '2025-01-01 00:00:00' | 'ok'       || true
        outcome = kept ? 'kept' : 'deleted'
    }
}
