package vn.dcim.web.metrics

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.devicelog.ReceiverCounts
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.snmp.syslog.SyslogReceiver
import spock.util.concurrent.PollingConditions
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Instant

/** The center's Prometheus reads the product's own counters at /prometheus, signed in like the API. */
@MicronautTest(transactional = false)
class PrometheusSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject ReadingSink sink
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject ReceiverCounts counts
    @Inject SyslogReceiver syslog

    /** The syslog socket's receive buffer at the least the kernel gives, so that an unpaced burst overflows it. */
    @Override
    Map<String, String> extraProperties() { ['dcim.syslog.receive-buffer': '1024'] }

    def "#who #outcome the metrics"() {
        expect:
        new Calls(server.URL).get('/prometheus', roles == null ? null : users.token(roles as Set)).status == status

        where:
        who                      | roles                 || status
        'nobody signed in'       | null                  || 401
        'an operator'            | [Role.operator]       || 403
        'an asset manager'       | [Role.asset_manager]  || 403
        'a supervisor'           | [Role.supervisor]     || 200
        'an auditor'             | [Role.auditor]        || 200
        'an administrator'       | [Role.admin]          || 200
        outcome = status == 200 ? 'reads' : 'is refused'
    }

    def "the scrape shows the poller, the bridge, duties, backups, alarms and the connection pool"() {
        when:
        def text = new Calls(server.URL).get('/prometheus', users.token([Role.auditor] as Set)).text

        then:
        [
                'dcim_snmp_polls_total{outcome="answered"}',
                'dcim_snmp_polls_total{outcome="failed"}',
                'dcim_snmp_poll_latency_seconds_count',
                'dcim_snmp_devices_held',
                'dcim_snmp_queue_readings',
                'dcim_snmp_requests_total',
                'dcim_snmp_guard_total{reason="not_increasing"}',
                'dcim_snmp_guard_total{reason="over_budget"}',
                'dcim_snmp_guard_total{reason="backing_off"}',
                'dcim_snmp_guard_total{reason="cancelled"}',
                'dcim_snmp_devices_backing_off',
                'dcim_snmp_profiles_refused_total',
                'dcim_mqtt_dialects_refused_total',
                'dcim_readings_written_total',
                'dcim_mqtt_dead_letters_total{reason="not_json"}',
                'dcim_duty_runs_total{status="failed"}',
                'dcim_backup_age_seconds',
                'dcim_db_pool_connections{state="active"}',
                'jvm_memory_used_bytes',
        ].findAll { !text.contains(it) } == []
    }

    def "the receivers' #outcome of #receiver is exported, counted as it happens"() {
        given:
        double before = receiverCount(receiver, outcome)

        when:
        counts.add(receiver, outcome)

        then:
        receiverCount(receiver, outcome) == before + 1

        where:
        receiver | outcome
        'trap'   | 'v3_refused'
        'trap'   | 'v3_discovery'
        'syslog' | 'tls_refused'
        'http'   | 'wrong_credential'
        'http'   | 'replayed'
        'trap'   | 'unknown_sender_limited'
        'syslog' | 'unknown_sender_over_cap'
    }

    def "an unpaced burst of syslog datagrams: what the kernel dropped is exported beside what the receiver read, and the two make up the burst"() {
        given:
        int sent = 20_000
        double dropsBefore = scraped('dcim_receiver_kernel_drops_total{receiver="syslog"}')
        double readBefore = receiverCount('syslog', 'received')
        byte[] line = ('<14>1 - - burst - - ' + 'x' * 1000).getBytes('UTF-8')

        when: 'as fast as one socket sends'
        new DatagramSocket().withCloseable { s ->
            sent.times { s.send(new DatagramPacket(line, line.length, InetAddress.loopbackAddress, syslog.port())) }
        }

        then: 'every datagram is either read by the receiver or counted dropped by the kernel, some of them dropped'
        new PollingConditions(timeout: 10, delay: 0.5).eventually {
            double dropped = scraped('dcim_receiver_kernel_drops_total{receiver="syslog"}') - dropsBefore
            double read = receiverCount('syslog', 'received') - readBefore
            assert dropped > 0
            assert dropped + read == sent
        }
    }

    private double scraped(String name) {
        def line = new Calls(server.URL).get('/prometheus', users.token([Role.auditor] as Set)).text.readLines().find { it.startsWith(name + ' ') }
        assert line != null: "no $name in the scrape"
        Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))
    }

    private double receiverCount(String receiver, String outcome) {
        String name = "dcim_receiver_messages_total{outcome=\"$outcome\",receiver=\"$receiver\"}"
        def line = new Calls(server.URL).get('/prometheus', users.token([Role.auditor] as Set)).text.readLines().find { it.startsWith(name + ' ') }
        assert line != null: "no $name in the scrape"
        Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))
    }

    def "readings committed are counted"() {
        given:
        sites.save(new Site('prom', 'Prometheus site', null, null))
        devices.save(MonitoredDevice.mqtt('prom-sensor', 'prom', null, 'Sensor'))
        double before = written()

        when:
        sink.record([new Reading(Instant.now(), 'prom-sensor', 'env.temperature', '0', 22.5d, null, '°C'),
                     new Reading(Instant.now(), 'prom-sensor', 'env.humidity', '0', 45d, null, '%')])

        then:
        written() == before + 2
    }

    private double written() {
        def line = new Calls(server.URL).get('/prometheus', users.token([Role.auditor] as Set)).text
                .readLines().find { it.startsWith('dcim_readings_written_total') }
        line == null ? 0 : Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))
    }
}
