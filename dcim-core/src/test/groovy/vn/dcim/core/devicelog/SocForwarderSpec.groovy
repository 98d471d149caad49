package vn.dcim.core.devicelog

import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.time.Instant

/**
 * Art. 26.3: every stored device-log entry goes on to the SOC collector named by
 * DCIM_SYSLOG_FORWARD, against a real socket: a syslog line exactly as the device sent it, a trap or an
 * HTTP push as an RFC 5424 line (local0, the entry's severity, the device's address as HOSTNAME); over
 * TCP with octet counting (RFC 6587); a collector that is down costs a counted forward_failed, never an
 * exception in the writer.
 */
class SocForwarderSpec extends Specification {
    static final Instant AT = Instant.parse('2026-03-12T01:15:02Z')

    static DeviceLogEntry entry(DeviceLogSource source, String raw) {
        new DeviceLogEntry(null, AT, AT, 'door-1', '10.20.1.31', source, DeviceLogSeverity.warning,
                'hikvision-isapi: event door.forced[2]', 'hikvision-isapi:door.forced', raw, null)
    }

    def "over UDP a #source entry arrives as #expected"() {
        given:
        def collector = new DatagramSocket(0, InetAddress.getLoopbackAddress())
        collector.soTimeout = 3000
        def counts = new ReceiverCounts()
        def forwarder = new SocForwarder(counts, "udp://127.0.0.1:${collector.localPort}")

        when:
        forwarder.forward(entry(source, raw))
        def packet = new DatagramPacket(new byte[4096], 4096)
        collector.receive(packet)
        String line = new String(packet.data, 0, packet.length, StandardCharsets.UTF_8)

        then:
        line == expected
        counts.get(source.name(), 'forwarded') == 1

        cleanup:
        forwarder.close()
        collector.close()

        where:
        source                 | raw                                                     || expected
        DeviceLogSource.syslog | '<34>1 2026-03-12T01:15:02Z ups1 apc - - - On battery' || '<34>1 2026-03-12T01:15:02Z ups1 apc - - - On battery'
        DeviceLogSource.http   | '{"eventType":"AccessControllerEvent"}'                 || '<132>1 2026-03-12T01:15:02Z 10.20.1.31 dcim-http - hikvision-isapi:door.forced [dcim device="door-1"] hikvision-isapi: event door.forced[2]'
        DeviceLogSource.trap   | null                                                    || '<132>1 2026-03-12T01:15:02Z 10.20.1.31 dcim-trap - hikvision-isapi:door.forced [dcim device="door-1"] hikvision-isapi: event door.forced[2]'
    }

    def "over TCP each line is framed by its octet count (RFC 6587), several on one connection"() {
        given:
        def server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())
        def counts = new ReceiverCounts()
        def forwarder = new SocForwarder(counts, "tcp://127.0.0.1:${server.localPort}")

        when:
        forwarder.forward(entry(DeviceLogSource.syslog, '<13>1 - h a - - - first'))
        forwarder.forward(entry(DeviceLogSource.syslog, '<13>1 - h a - - - thứ hai'))
        def accepted = server.accept()
        accepted.soTimeout = 3000
        def frames = readFrames(accepted.inputStream, 2)

        then:
        frames == ['<13>1 - h a - - - first', '<13>1 - h a - - - thứ hai']
        counts.get('syslog', 'forwarded') == 2

        cleanup:
        forwarder.close()
        accepted?.close()
        server.close()
    }

    def "a SOC collector that is down is counted as forward_failed and nothing is thrown"() {
        given: 'a port nobody listens on'
        int port = new ServerSocket(0).withCloseable { it.localPort }
        def counts = new ReceiverCounts()
        def forwarder = new SocForwarder(counts, "tcp://127.0.0.1:$port")

        when:
        forwarder.forward(entry(DeviceLogSource.http, null))

        then:
        noExceptionThrown()
        counts.get('http', 'forward_failed') == 1
        counts.get('http', 'forwarded') == 0

        cleanup:
        forwarder.close()
    }

    def "DCIM_SYSLOG_FORWARD '#setting' is refused at start"() {
        when:
        new SocForwarder(new ReceiverCounts(), setting)

        then:
        thrown(IllegalArgumentException)

        where:
        setting << ['http://soc:514', 'ftp://x:1']
    }

    /** Reads {@code n} octet-counted frames: "LEN SP MSG". */
    static List<String> readFrames(InputStream in, int n) {
        List<String> out = []
        n.times {
            StringBuilder len = new StringBuilder()
            int c
            while ((c = in.read()) != ' ' as char) {
                assert c >= 0
                len.append((char) c)
            }
            byte[] msg = in.readNBytes(Integer.parseInt(len.toString()))
            out << new String(msg, StandardCharsets.UTF_8)
        }
        out
    }
}
