package vn.dcim.web.schedule

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.quartz.Scheduler
import spock.util.concurrent.PollingConditions
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource

/** Misfires are recorded and shown: a short threshold so that a held scheduler misses its times. */
@MicronautTest(transactional = false)
class MisfireSpec extends MariaDbSpec {

    @Inject @Client('/') HttpClient client
    @Inject DataSource dataSource
    @Inject Scheduler quartz

    @Override
    Map<String, String> extraProperties() {
        ['dcim.scheduler.enabled': 'true', 'dcim.test.tick-duty': 'true', 'dcim.scheduler.misfire-threshold-ms': '1000']
    }

    def "a duty missed while the scheduler was held is recorded as misfired and fired once on recovery"() {
        given:
        def sql = new Sql(dataSource)
        client.toBlocking().exchange(HttpRequest.PUT('/api/schedules/tick', [cron: '* * * * * ?', enabled: true]))

        when: 'the instance is held (as if down or all workers busy) for longer than the misfire threshold'
        quartz.standby()
        sleep(3500)
        quartz.start()

        then:
        new PollingConditions(timeout: 20).eventually {
            def misfires = sql.rows("SELECT message FROM duty_run WHERE duty_id = 'tick' AND status = 'misfired'")
            assert misfires.size() >= 1
            assert misfires[0].message.contains('fired once on recovery')
        }
        client.toBlocking().retrieve(HttpRequest.GET('/api/duty-runs?duty=tick&status=misfired'), Map).count >= 1
    }
}
