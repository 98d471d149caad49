package vn.dcim.web.upgrade

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import javax.sql.DataSource
import java.time.Instant

/**
 * The background migrations are no outage, and are seen: /health stays UP and lists them, /prometheus counts the
 * rows each has left, and Lịch tác vụ shows each with its progress and last error, in Vietnamese and English; while the
 * database backup runs, all three say that the unfinished ones wait for it.
 */
@MicronautTest(transactional = false)
class BackgroundMigrationsShownSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() {
        // the spec machine is loaded by design: the worker must not wait for a quiet moment here
        ['dcim.background-migrations.max-load-per-core': '0']
    }

    Sql sql

    def setup() {
        sql = new Sql(dataSource)
        sql.update("DELETE FROM duty_run WHERE instance_id = 'spec-backup'")
        sql.update("DELETE FROM background_migration WHERE name = 'series-backfill'")
        // one of an earlier start that failed half way, as the product records it
        sql.update("""INSERT INTO background_migration (name, flyway_version, state, last_key, rows_done, rows_total, attempts,
                next_attempt_at, registered_at, started_at, error) VALUES ('series-backfill', '134', 'failed', '4000', 4000, 10000, 2,
                '2099-01-01 00:00:00', '2026-11-27 01:00:00', '2026-11-27 01:00:00', 'Lock wait timeout exceeded')""")
    }

    Calls.Answer get(String path, Set<Role> roles, String lang = 'vi') {
        new Calls(server.URL).send('GET', path, ['Authorization': 'Bearer ' + users.token(roles), 'Cookie': "lang=$lang".toString()])
    }

    def "/health stays UP while a background migration is unfinished or failed, and shows each to an administrator"() {
        expect:
        new PollingConditions(timeout: 20).eventually {
            def health = get('/health', [Role.admin] as Set).json
            assert health.status == 'UP'
            with(health.details.backgroundMigrations) {
                status == 'UP'
                details['device-secrets-encrypted'].state == 'done'
                details['series-backfill'] == [state: 'failed', version: '134', rowsDone: 4000, rowsLeft: 6000, error: 'Lock wait timeout exceeded']
            }
        }
    }

    def "/prometheus has the rows each background migration of this release has left"() {
        when:
        def lines = get('/prometheus', [Role.auditor] as Set).text.readLines()

        then:
        lines.find { it.startsWith('dcim_background_migration_rows_left{migration="device-secrets-encrypted"') }?.endsWith(' 0.0')
    }

    def "Lịch tác vụ lists each background migration with its progress and last error in #lang"() {
        when:
        String html = get('/ui/schedules', [Role.admin] as Set, lang).text

        then:
        html.contains(heading)
        html.contains(progress)
        html.contains(state)
        html.contains('Lock wait timeout exceeded')
        html.contains(secrets)

        where:
        lang || heading                   | progress                          | state               | secrets
        'vi' || 'Di chuyển dữ liệu nền'  | '4000 trên khoảng 10000 bản ghi (40 %)' | 'lỗi, sẽ thử lại' | 'Mã hóa các mật khẩu SNMP còn lưu dạng rõ'
        'en' || 'Background migrations'   | '4000 of about 10000 rows (40 %)' | 'failed, will retry' | 'Encrypt the SNMP secrets stored in plain text'
    }

    /** The database backup duty's run as the scheduler records it while the duty runs, begun a minute ago. */
    void backupRuns() {
        sql.update('''INSERT INTO duty_run (duty_id, started_at, status, instance_id, manual)
                      VALUES ('database-backup', UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE, 'running', 'spec-backup', FALSE)''')
    }

    def "while the database backup runs, /health and /prometheus say that the unfinished background migrations wait for it"() {
        expect: 'no pause before it'
        get('/health', [Role.admin] as Set).json.details.backgroundMigrations.details.paused == null
        pausedMeter() == ' 0.0'

        when:
        backupRuns()
        def since = sql.rows("SELECT DATE_FORMAT(started_at, '%Y-%m-%dT%H:%i:%s.%fZ') t FROM duty_run WHERE instance_id = 'spec-backup'")[0].t

        then:
        with(get('/health', [Role.admin] as Set).json) {
            status == 'UP'
            details.backgroundMigrations.status == 'UP'
            details.backgroundMigrations.details.paused.reason == 'backup'
            Instant.parse(details.backgroundMigrations.details.paused.since) == Instant.parse(since)
        }
        pausedMeter() == ' 1.0'

        when: 'it has finished'
        sql.update("UPDATE duty_run SET status = 'ok', finished_at = UTC_TIMESTAMP(3) WHERE instance_id = 'spec-backup'")

        then:
        get('/health', [Role.admin] as Set).json.details.backgroundMigrations.details.paused == null
        pausedMeter() == ' 0.0'
    }

    String pausedMeter() {
        def line = get('/prometheus', [Role.auditor] as Set).text.readLines().find { it.startsWith('dcim_background_migrations_paused{reason="backup"') }
        line?.substring(line.lastIndexOf(' '))
    }

    def "Lịch tác vụ says in #lang that the background migrations wait while the database backup runs"() {
        expect:
        !get('/ui/schedules', [Role.admin] as Set, lang).text.contains('background-migrations-paused')

        when:
        backupRuns()
        String html = get('/ui/schedules', [Role.admin] as Set, lang).text

        then:
        html.contains('id="background-migrations-paused"')
        html.contains(words)

        where:
        lang || words
        'vi' || 'trong khi sao lưu cơ sở dữ liệu đang chạy: sẽ tiếp tục từ lô cuối cùng đã xong khi sao lưu kết thúc.'
        'en' || 'while the database backup runs: they go on from the last batch done once it has finished.'
    }

    def cleanup() {
        sql?.update("DELETE FROM duty_run WHERE instance_id = 'spec-backup'")
    }
}
