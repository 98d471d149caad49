package vn.dcim.web.ui.maintenance

import io.micronaut.context.annotation.Property
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.suppression.MaintenanceWindowService
import vn.dcim.core.suppression.TargetKind
import vn.dcim.core.suppression.WindowRequest
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers
import io.micronaut.runtime.server.EmbeddedServer

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant

/** The calendar, the device page and the console show windows and symptoms (read by a signed-in person). */
@MicronautTest(transactional = false)
// the machine the specs share is often loaded: a slow answer is no failure of these features
@Property(name = 'micronaut.http.client.read-timeout', value = '60s')
class MaintenanceScreensSpec extends MariaDbSpec {

    @Inject @Client('/') HttpClient client
    @Inject DataSource dataSource
    @Inject MaintenanceWindowService windows
    @Inject AlarmRaiser raiser
    @Inject EmbeddedServer server
    @Inject TestUsers users

    String site = 'site-' + UUID.randomUUID().toString().take(6)

    String dev(String name) { site + '-' + name }

    def setup() {
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [site, site])
        ['gen-1', 'ups-2', 'pdu-b'].each {
            sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES (?, ?, ?, 'snmp')", [dev(it), site, it])
            sql.update("INSERT INTO power_node (site_id, kind, name, device_id) VALUES (?, ?, ?, ?)",
                    [site, it.startsWith('gen') ? 'generator' : it.take(3), it, dev(it)])
        }
        sql.update("INSERT INTO power_link (upstream_id, downstream_id) VALUES ((SELECT id FROM power_node WHERE device_id = ?), "
                + "(SELECT id FROM power_node WHERE device_id = ?))", [dev('ups-2'), dev('pdu-b')])
    }

    String page(String path, String lang = 'vi') {
        def answer = new Calls(server.URL).get(path, users.token(), [Accept: 'text/html,*/*;q=0.8', Cookie: "lang=$lang".toString()])
        assert answer.status == 200
        answer.text
    }

    def "the calendar shows each weekly occurrence of the generator's test run (#lang)"() {
        given:
        Instant start = Instant.now().plus(Duration.ofDays(1))
        def w = windows.create(new WindowRequest(TargetKind.device, dev('gen-1'), start, start.plusSeconds(3600), 'FREQ=WEEKLY',
                'weekly generator test run ' + lang), 'supervisor-1')

        when:
        def html = page('/ui/maintenance-windows', lang)

        then:
        html.contains(heading)
        html.count("class=\"occurrence\" data-window=\"${w.id()}\"") == 4
        html.contains("id=\"window-${w.id()}\"")
        html.contains('FREQ=WEEKLY')

        where:
        lang || heading
        'vi' || 'Khung bảo trì'
        'en' || 'Maintenance windows'
    }

    def "the device page lists the windows above the device"() {
        given:
        Instant start = Instant.now().plus(Duration.ofHours(2))
        def w = windows.create(new WindowRequest(TargetKind.power_node,
                new Sql(dataSource).rows("SELECT id FROM power_node WHERE device_id = ?", [dev('ups-2')])[0].id as String,
                start, start.plusSeconds(3600), null, 'UPS-2 battery swap'), 'supervisor-1')

        expect:
        page("/ui/devices/${dev('pdu-b')}").contains("data-window=\"${w.id()}\"")
        !page("/ui/devices/${dev('gen-1')}").contains("data-window=\"${w.id()}\"")
    }

    def "the console shows the UPS on battery with its symptoms under it"() {
        given:
        raiser.raise(new AlarmSignal(dev('ups-2'), 'ups-on-battery', '0', Severity.major, 'Art. 6.4', 'UPS on battery'))
        raiser.raise(new AlarmSignal(dev('pdu-b'), 'device-stale', '0', Severity.major, 'Art. 25.1', 'no data'))

        when:
        def html = page('/ui/alarms')

        then:
        html.contains('— 1 triệu chứng')
        html.count("data-symptom=") >= 1
    }
}
