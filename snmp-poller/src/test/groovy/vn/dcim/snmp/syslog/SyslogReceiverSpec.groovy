package vn.dcim.snmp.syslog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.devicelog.DeviceLog
import vn.dcim.core.devicelog.DeviceLogEntry
import vn.dcim.core.devicelog.DeviceLogFilter
import vn.dcim.core.devicelog.DeviceLogSeverity
import vn.dcim.core.devicelog.ReceiverCounts
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec

import java.nio.charset.StandardCharsets
import java.time.Instant

/** Through  real sockets: UDP, TCP with both framings, and hostile input. */
@MicronautTest(transactional = false)
class SyslogReceiverSpec extends MariaDbSpec {
    @Inject SyslogReceiver receiver
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject DeviceLog log
    @Inject ReceiverCounts counts

    @Override
    Map<String, String> extraProperties() { ['dcim.syslog.max-message': '2048'] }

    def setup() {
        if (!sites.existsById('sys')) {
            sites.save(new Site('sys', 'Syslog site', null, null))
            devices.save(MonitoredDevice.snmpV2c('pdu-sys', 'sys', null, 'PDU syslog', '127.0.0.1', 161, 'public'))
        }
    }

    def "an RFC 5424 line over #transport from the device's address lands in its log"() {
        given:
        def marker = UUID.randomUUID().toString().take(8)
        def line = "<131>1 ${Instant.now()} pdu-2 pdud 77 OUTLET [o@32473 n=\"4\"] outlet 4 over current ${marker}".toString()

        when:
        send(transport, [line])

        then:
        def e = await('pdu-sys', marker)
        e.severity() == DeviceLogSeverity.error
        e.event() == 'pdud/OUTLET'
        e.text() == "outlet 4 over current ${marker}".toString()
        e.raw() == line

        where:
        transport << ['udp', 'tcp-octet', 'tcp-lf']
    }

    def "hostile input (#what) is counted as #outcome and the receiver keeps answering"() {
        given:
        long before = counts.get('syslog', outcome)
        def marker = UUID.randomUUID().toString().take(8)

        when:
        hostile(what)
        send('udp', ["<14>1 - - app - - still here ${marker}".toString()])

        then:
        await('pdu-sys', marker)
        counts.get('syslog', outcome) > before

        where:
        what                         | outcome
        'an empty datagram'          | 'empty'
        'a 60 kB datagram'           | 'oversized'
        'a 100 kB line over TCP'     | 'oversized'
        'a frame lying its length'   | 'truncated'
        'a length that is no number' | 'malformed'
    }

    def "a storm of 10,000 lines over UDP and TCP: every one stored"() {
        given:
        def marker = 'storm-' + UUID.randomUUID().toString().take(6)

        when:
        def lines = (1..5_000).collect { "<14>1 - - app - - ${marker} ${it}".toString() }
        send('tcp-octet', lines)
        new DatagramSocket().withCloseable { s ->
            lines.eachWithIndex { l, i ->
                byte[] b = l.replace(marker, marker + 'u').getBytes(StandardCharsets.UTF_8)
                s.send(new DatagramPacket(b, b.length, InetAddress.loopbackAddress, receiver.port()))
                if (i % 500 == 0) sleep(20)
            }
        }

        then:
        new PollingConditions(timeout: 30, delay: 0.5).eventually {
            assert log.find(new DeviceLogFilter('pdu-sys', false, null, marker, null, null, null), 1, 0).count() == 10_000
        }
    }

    void hostile(String what) {
        switch (what) {
            case 'an empty datagram': raw(new byte[0]); break
            case 'a 60 kB datagram': raw(('<14>' + 'x' * 60_000).bytes); break
            case 'a 100 kB line over TCP': send('tcp-lf', ['<14>' + 'y' * 100_000]); break
            case 'a frame lying its length': tcpRaw('500 <14>1 - - - - - - short'.bytes); break
            case 'a length that is no number': tcpRaw('12x <14>1 -'.bytes); break
            default: throw new IllegalArgumentException(what)
        }
    }

    DeviceLogEntry await(String device, String marker) {
        long deadline = System.currentTimeMillis() + 5000
        while (System.currentTimeMillis() < deadline) {
            def found = log.find(new DeviceLogFilter(device, false, null, marker, null, null, null), 1, 0).entries()
            if (found) {
                return found[0]
            }
            sleep(50)
        }
        throw new AssertionError("nothing with ${marker} in the log of ${device} within 5 s")
    }

    void raw(byte[] b) {
        new DatagramSocket().withCloseable { it.send(new DatagramPacket(b, b.length, InetAddress.loopbackAddress, receiver.port())) }
    }

    void tcpRaw(byte[] b) {
        new Socket(InetAddress.loopbackAddress, receiver.tcpPort()).withCloseable { s ->
            s.outputStream.write(b)
            s.outputStream.flush()
            s.shutdownOutput()
            s.inputStream.read()
        }
    }

    void send(String transport, List<String> lines) {
        if (transport == 'udp') {
            lines.each { raw(it.getBytes(StandardCharsets.UTF_8)) }
            return
        }
        new Socket(InetAddress.loopbackAddress, receiver.tcpPort()).withCloseable { s ->
            def out = new BufferedOutputStream(s.outputStream)
            lines.each { l ->
                byte[] b = l.getBytes(StandardCharsets.UTF_8)
                if (transport == 'tcp-octet') {
                    out.write("${b.length} ".getBytes(StandardCharsets.US_ASCII))
                    out.write(b)
                } else {
                    out.write(b)
                    out.write(10)
                }
            }
            out.flush()
        }
    }
}
