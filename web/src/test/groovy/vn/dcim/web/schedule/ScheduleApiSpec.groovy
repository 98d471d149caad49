package vn.dcim.web.schedule

import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource

@MicronautTest(transactional = false)
class ScheduleApiSpec extends MariaDbSpec {

    @Inject @Client('/') HttpClient client
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() { ['dcim.scheduler.enabled': 'true', 'dcim.test.tick-duty': 'true', 'dcim.time-zone': 'Asia/Ho_Chi_Minh'] }

    def "#duty runs next at #local in the center's zone, as the API tells"() {
        when:
        Map schedule = client.toBlocking().retrieve(HttpRequest.GET('/api/schedules'), Argument.listOf(Map)).find { it.id == duty }

        then:
        schedule.timeZone == 'Asia/Ho_Chi_Minh'
        schedule.nextFireLocal ==~ /\d{4}-\d\d-\d\dT${local}:00\+07:00/
        java.time.Instant.parse(schedule.nextFire as String).atZone(java.time.ZoneOffset.UTC).toLocalTime().toString() == utc

        where:
        duty                | local   || utc
        'database-backup'   | '01:30' || '18:30'
        'reading-retention' | '03:15' || '20:15'
    }

    def "every duty of the regulation is scheduled and names its article"() {
        when:
        List<Map> schedules = client.toBlocking().retrieve(HttpRequest.GET('/api/schedules'), Argument.listOf(Map))

        then:
        schedules*.id.containsAll(['database-backup', 'backup-register-check', 'isp-link-check', 'reading-retention',
                                   'camera-retention-check', 'yearly-reminders', 'tick'])
        schedules.findAll { it.id != 'tick' }.every { it.display =~ /Art\. \d/ && it.enabled && it.nextFire }
    }

    def "a duty fires on its cron, each run recorded once with its outcome"() {
        expect:
        new PollingConditions(timeout: 10).eventually {
            def runs = new Sql(dataSource).rows("SELECT scheduled_at, status FROM duty_run WHERE duty_id = 'tick' AND manual = FALSE")
            assert runs.size() >= 3
            assert runs*.scheduled_at.toSet().size() == runs.size()
            assert runs.every { it.status in ['ok', 'running'] }
        }
    }

    def "a paused duty does not fire, and it can still be run by hand"() {
        given:
        def sql = new Sql(dataSource)

        when:
        client.toBlocking().exchange(HttpRequest.PUT('/api/schedules/tick', [enabled: false]))
        sleep(1500)
        def before = sql.count("SELECT COUNT(*) FROM duty_run WHERE duty_id = 'tick' AND manual = FALSE")
        sleep(2500)

        then:
        sql.count("SELECT COUNT(*) FROM duty_run WHERE duty_id = 'tick' AND manual = FALSE") == before
        client.toBlocking().retrieve('/api/schedules/tick', Map).enabled == false

        when:
        client.toBlocking().exchange(HttpRequest.POST('/api/schedules/tick/run', ''))

        then:
        new PollingConditions(timeout: 10).eventually {
            assert sql.count("SELECT COUNT(*) FROM duty_run WHERE duty_id = 'tick' AND manual = TRUE AND status = 'ok'") == 1
        }

        and: 'the run log shows it'
        client.toBlocking().retrieve('/api/duty-runs?duty=tick&limit=5', Map).results.any { it.manual }

        cleanup:
        client.toBlocking().exchange(HttpRequest.PUT('/api/schedules/tick', [enabled: true]))
    }

    def "an operator changes a schedule's cron, and a wrong cron is refused naming the field"() {
        when:
        def changed = client.toBlocking().retrieve(HttpRequest.PUT('/api/schedules/reading-retention', [cron: '0 45 2 * * ?', enabled: true]), Map)

        then:
        changed.cron == '0 45 2 * * ?'

        when:
        client.toBlocking().exchange(HttpRequest.PUT('/api/schedules/reading-retention', [cron: 'every day please', enabled: true]))

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == 422
        e.response.getBody(Map).get().fields*.field == ['cron']
    }

    def "what a duty run said is told on the schedules screen in #lang"() {
        given: 'the duty-run register purge run by hand, which says how many runs it deleted'
        client.toBlocking().exchange(HttpRequest.POST('/api/schedules/duty-run-retention/run', ''))
        def sql = new Sql(dataSource)
        new PollingConditions(timeout: 10).eventually {
            assert sql.count("SELECT COUNT(*) FROM duty_run WHERE duty_id = 'duty-run-retention' AND message_key IS NOT NULL") >= 1
        }

        when:
        String html = client.toBlocking().retrieve(HttpRequest.GET('/ui/schedules').header('Cookie', "lang=$lang"), String)

        then:
        html.contains(told)
        !html.contains(other)

        where:
        lang || told                               | other
        'vi' || 'lần chạy thành công cũ hơn 90 ngày' | 'runs that went well, older than'
        'en' || 'runs that went well, older than 90 days' | 'lần chạy thành công'
    }
}
