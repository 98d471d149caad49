package vn.dcim.web.api.window

import io.micronaut.context.annotation.Property
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Instant

/** GET/POST /api/maintenance-windows, end early, and the alarms a window holds back. */
@MicronautTest(transactional = false)
// the machine the specs share is often loaded: a slow answer is no failure of these features
@Property(name = 'micronaut.http.client.read-timeout', value = '60s')
class MaintenanceWindowApiSpec extends MariaDbSpec {

    @Inject @Client('/') HttpClient client
    @Inject DataSource dataSource
    @Inject AlarmRaiser raiser

    String site = 'site-' + UUID.randomUUID().toString().take(6)
    String gen

    def setup() {
        gen = site + '-gen-1'
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [site, site])
        sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES (?, ?, 'gen-1', 'snmp')", [gen, site])
    }

    def "a supervisor puts a weekly window on the generator; its alarm inside is suppressed, named, and the window is ended early"() {
        given:
        def http = client.toBlocking()
        def now = Instant.now()

        when:
        def made = http.exchange(HttpRequest.POST('/api/maintenance-windows', [target: [device: gen], startsAt: now.minusSeconds(600).toString(),
                endsAt: now.plusSeconds(3000).toString(), rrule: 'FREQ=WEEKLY', reason: 'weekly generator test run']), Map)

        then:
        made.status == HttpStatus.CREATED
        String device = gen
        with(made.body()) {
            target == [device: device]
            rrule == 'FREQ=WEEKLY'
            timeZone != null
            createdBy == 'spec-all'
            url == "/api/maintenance-windows/$id"
        }
        long id = made.body().id as long
        http.retrieve('/api/maintenance-windows?limit=10', Map).results*.id.contains(id as int)
        (new groovy.json.JsonSlurper().parseText(http.retrieve("/api/maintenance-windows/occurrences?device=$gen&to=${now.plusSeconds(8 * 86400)}", String)) as List).size() == 2

        when: 'the generator runs inside the window'
        raiser.raise(new AlarmSignal(gen, 'generator-running', '0', Severity.warning, 'Art. 6.4', 'generator running'))
        def alarm = http.retrieve("/api/alarms?source=$gen&limit=5", Map).results[0]

        then:
        alarm.suppressed == true
        alarm.windowId == id

        when: 'the crew finishes early'
        def ended = http.retrieve(HttpRequest.POST("/api/maintenance-windows/$id/end", [:]), Map)

        then:
        ended.endedAt != null
        new Sql(dataSource).count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'maintenance_window' AND entity_id = ?", [String.valueOf(id)]) == 2
    }

    def "a window not begun is cancelled by DELETE"() {
        given:
        def http = client.toBlocking()
        def later = Instant.now().plusSeconds(86400)
        def made = http.retrieve(HttpRequest.POST('/api/maintenance-windows', [target: [site: site], startsAt: later.toString(),
                endsAt: later.plusSeconds(3600).toString(), reason: 'site shutdown']), Map)

        when:
        def answer = http.exchange(HttpRequest.DELETE("/api/maintenance-windows/${made.id}"))

        then:
        answer.status == HttpStatus.NO_CONTENT

        when:
        http.retrieve("/api/maintenance-windows/${made.id}", Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.NOT_FOUND
    }

    def "a window with #problem is refused with #status naming #field"() {
        given:
        def start = Instant.parse('2026-12-01T02:00:00Z')
        Map body = [target: [device: gen], startsAt: start.toString(), endsAt: start.plusSeconds(3600).toString(), reason: 'test run'] + change

        when:
        client.toBlocking().exchange(HttpRequest.POST('/api/maintenance-windows', body), Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == status
        e.response.getBody(String).orElse('').contains(field)

        where:
        problem               | change                                                 || status | field
        'two targets'         | [target: [device: 'x', rack: 1]]                       || 422    | 'target'
        'an unknown kind'     | [target: [cabinet: 1]]                                 || 422    | 'target'
        'an unknown device'   | [target: [device: 'no-such-device']]                   || 422    | 'target'
        'an unknown rack'     | [target: [rack: 999999]]                               || 422    | 'target'
        'an end before start' | [endsAt: '2026-12-01T01:00:00Z']                       || 422    | 'endsAt'
        'a bad RRULE'         | [rrule: 'FREQ=SOMETIMES']                              || 422    | 'rrule'
        'no reason'           | [reason: null]                                         || 422    | 'reason'
        'a start not a time'  | [startsAt: 'next tuesday']                             || 422    | 'startsAt'
    }
}
