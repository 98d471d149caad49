package vn.dcim.snmp.trap

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import org.snmp4j.CommunityTarget
import org.snmp4j.PDU
import org.snmp4j.Snmp
import org.snmp4j.mp.SnmpConstants
import org.snmp4j.smi.IpAddress
import org.snmp4j.smi.OID
import org.snmp4j.smi.OctetString
import org.snmp4j.smi.TimeTicks
import org.snmp4j.smi.UdpAddress
import org.snmp4j.smi.VariableBinding
import org.snmp4j.transport.DefaultUdpTransportMapping
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.Protocol
import vn.dcim.core.devicelog.DeviceLogFilter

/**
 * A storm of traps from addresses no device is bound to (relayed, as a misconfigured relay or a scan would send
 * them) fills no table: each unknown address has its burst kept and then its rate, at most a few unknown
 * addresses are followed, the rest is counted and dropped; a registered device in the same storm loses nothing.
 */
@MicronautTest(transactional = false)
class UnknownSenderLimitSpec extends TrapSpec {
    static final int BURST = 5
    static final int MAX_SENDERS = 3

    @Override
    Map<String, String> extraProperties() {
        ['dcim.device-log.unknown-senders.rate-per-second': '0.001',
         'dcim.device-log.unknown-senders.burst'          : "$BURST".toString(),
         'dcim.device-log.unknown-senders.max-senders'    : "$MAX_SENDERS".toString()]
    }

    def setup() {
        registerOnce('storm', 'Storm site') { int silent ->
            [new MonitoredDevice('pdu-storm', 'storm', null, 'PDU in the storm', Protocol.snmp, '192.0.2.10', silent,
                    '2c', 'public', null, null, null, null, null, null, 3600, 500, 0, true)]
        }
    }

    def "200 traps from each of 5 unknown addresses keep 5 of each of the first 3; the registered device's 200 are all kept"() {
        given:
        def marker = 'unknown-' + UUID.randomUUID().toString().take(6)
        def unknown = (1..5).collect { "192.0.2.${100 + it}".toString() }
        long limitedBefore = counts.get('trap', 'unknown_sender_limited')
        long overCapBefore = counts.get('trap', 'unknown_sender_over_cap')

        when: 'the senders take turns, so that the first three unknown ones are followed and the last two are over the cap'
        send(unknown + ['192.0.2.10'], 200, marker)

        then:
        new PollingConditions(timeout: 15, delay: 0.5).eventually {
            assert stored(null, marker) == MAX_SENDERS * BURST
            assert stored('pdu-storm', marker) == 200
        }
        unknown.collect { sender -> log.unknownSenders().find { it.sender() == sender } != null } == [true, true, true, false, false]

        and: 'what was dropped is counted per reason'
        counts.get('trap', 'unknown_sender_limited') - limitedBefore == MAX_SENDERS * (200 - BURST)
        counts.get('trap', 'unknown_sender_over_cap') - overCapBefore == 2 * 200
    }

    long stored(String device, String marker) {
        log.find(new DeviceLogFilter(device, device == null, null, marker, null, null, null), 1, 0).count()
    }

    /** v2c traps relayed for each address in turn (snmpTrapAddress.0), n for each, unpaced. */
    void send(List<String> senders, int n, String marker) {
        def snmp = new Snmp(new DefaultUdpTransportMapping())
        try {
            def target = new CommunityTarget(new UdpAddress("127.0.0.1/${receiver.port()}"), new OctetString('public'))
            target.version = SnmpConstants.version2c
            for (int i = 0; i < n; i++) {
                senders.each { sender ->
                    def pdu = new PDU(type: PDU.TRAP)
                    pdu.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(i)))
                    pdu.add(new VariableBinding(SnmpConstants.snmpTrapOID, new OID('1.3.6.1.4.1.99999.0.9')))
                    pdu.add(new VariableBinding(new OID('1.3.6.1.6.3.18.1.3.0'), new IpAddress(sender)))
                    pdu.add(new VariableBinding(new OID('1.3.6.1.4.1.99999.1.1.0'), new OctetString("${marker} ${sender} #${i}")))
                    snmp.send(pdu, target)
                }
                // a little pacing keeps the kernel's buffer from dropping any: this counts the limit, not the socket
                if (i % 20 == 0) sleep(5)
            }
        } finally {
            snmp.close()
        }
    }
}
