package vn.dcim.web.api.devicelog

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.snmp.trap.TrapReceiver
import vn.dcim.snmp.syslog.SyslogReceiver

import java.nio.charset.StandardCharsets
import java.time.Instant

/**
 * As it is checked : a registered device's syslog line (RFC 5424 over UDP) and trap
 * (net-snmp's snmptrap) appear in one log at GET /api/device-log?device=....
 */
@MicronautTest(transactional = false)
class DeviceLogApiSpec extends MariaDbSpec {
    @Inject @Client('/') HttpClient client
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject SyslogReceiver syslog
    @Inject TrapReceiver traps

    def setup() {
        if (!sites.existsById('dl')) {
            int silent = new DatagramSocket(0, InetAddress.loopbackAddress).withCloseable { it.localPort }
            sites.save(new Site('dl', 'Device log site', null, null))
            devices.save(new MonitoredDevice('ups-dl', 'dl', null, 'UPS log', vn.dcim.core.device.Protocol.snmp, '127.0.0.1', silent,
                    '2c', 'dl-comm', null, null, null, null, null, null, 3600, 500, 0, true))
        }
    }

    def "a syslog line and a trap of the device are in its one log, newest first, with ts, source, severity and text"() {
        given:
        def marker = UUID.randomUUID().toString().take(8)
        def line = "<12>1 ${Instant.now()} ups-dl upsd - - - battery test passed ${marker}".toString()

        when: 'the UPS sends a syslog line, then a trap'
        byte[] b = line.getBytes(StandardCharsets.UTF_8)
        new DatagramSocket().withCloseable { it.send(new DatagramPacket(b, b.length, InetAddress.loopbackAddress, syslog.port())) }
        sleep(50)
        def p = new ProcessBuilder('snmptrap', '-v', '2c', '-c', 'dl-comm', "127.0.0.1:${traps.port()}".toString(), '',
                '1.3.6.1.2.1.33.2.2', '1.3.6.1.2.1.33.1.7.4.0', 's', marker).redirectErrorStream(true).start()

        then:
        p.waitFor() == 0
        new PollingConditions(timeout: 5, delay: 0.1).eventually {
            Map page = client.toBlocking().retrieve("/api/device-log?device=ups-dl&q=${marker}", Map)
            assert page.count == 2
            assert page.results*.source == ['trap', 'syslog']
            with(page.results[1]) {
                severity == 'warning'
                text == "battery test passed ${marker}".toString()
                Instant.parse(ts as String)
                raw == line
            }
            assert page.results[0].text.startsWith('upsTrapTestCompleted: upsTestResultsDetail.0=' + marker)
        }

        and: 'filtered by severity: the trap (warning by its name) and the line (warning) are both warning or worse, nothing is critical'
        client.toBlocking().retrieve("/api/device-log?device=ups-dl&q=${marker}&severity=critical", Map).count == 0
    }

    def "a wrong filter is a 422 naming the field (#query)"() {
        when:
        client.toBlocking().retrieve("/api/device-log?${query}", Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.UNPROCESSABLE_ENTITY
        e.response.getBody(Map).get().toString().contains(field)

        where:
        query                      || field
        'severity=loud'            || 'severity'
        'source=fax'               || 'source'
        'from=yesterday'           || 'from'
        'limit=5000'               || 'limit'
    }
}
