package vn.dcim.snmp.decode

import org.snmp4j.asn1.BERInputStream
import org.snmp4j.smi.AbstractVariable
import org.snmp4j.smi.OID
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.poll.AgentAddress
import vn.dcim.snmp.poll.SnmpClient
import vn.dcim.snmp.profile.MetricDef
import vn.dcim.snmp.profile.MetricKind
import vn.dcim.snmp.testing.HandEncodedAgent
import vn.dcim.snmp.testing.Snmpsim

import java.nio.ByteBuffer
import java.nio.file.Files
import java.util.concurrent.TimeUnit

/**
 * INTEGERs padded with redundant sign octets (snmpsim's INT32_MIN, some embedded agents) are read;
 * one that really does not fit in 32 bits is refused for that value only, with the reason.
 */
class LenientInteger32Spec extends Specification {
    static final String COLUMN = '1.3.6.1.4.1.99999.1.1.4'

    @Shared @AutoCleanup SnmpClient client = new SnmpClient()

    def "content octets #octets decode to #expected"() {
        when:
        def value = LenientInteger32.int32(octets.collect { it as byte } as byte[])

        then:
        value.present == (expected != null)
        expected == null || value.asInt == expected

        where:
        octets                               || expected
        [0x00]                               || 0
        [0xf3]                               || -13
        [0x00, 0xf3]                         || 243
        [0x7f, 0xff, 0xff, 0xff]             || Integer.MAX_VALUE
        [0x80, 0x00, 0x00, 0x00]             || Integer.MIN_VALUE
        [0xff, 0x80, 0x00, 0x00, 0x00]       || Integer.MIN_VALUE   // snmpsim's INT32_MIN
        [0x00, 0x00, 0x00, 0x00, 0xf3]       || 243                 // zero-padded
        [0xff, 0xff, 0xff, 0xff, 0xff, 0xff] || -1                  // sign-padded twice over
        [0x00, 0x7f, 0xff, 0xff, 0xff]       || Integer.MAX_VALUE
        [0x00, 0x80, 0x00, 0x00, 0x00]       || null                // 2^31
        [0x01, 0x00, 0x00, 0x00, 0x00]       || null                // 2^32
        [0xff, 0x7f, 0xff, 0xff, 0xff]       || null                // -2^31 - 1
        [0x00, 0xff, 0xff, 0xff, 0xff]       || null                // 2^32 - 1: 00 is not redundant before ff
        []                                   || null
    }

    def "SNMP4J decodes a received INTEGER with it, also when it is padded"() {
        given: 'an INTEGER of 5 octets as snmpsim sends INT32_MIN'
        def ber = new BERInputStream(ByteBuffer.wrap([0x02, 0x05, 0xff, 0x80, 0x00, 0x00, 0x00] as byte[]))

        when:
        LenientInteger32.register()
        def v = AbstractVariable.createFromBER(ber)

        then:
        v instanceof LenientInteger32
        v.toInt() == Integer.MIN_VALUE
        v.rejection() == null
        ber.position == 7
    }

    def "a GETBULK answer that holds snmpsim's 5-octet INT32_MIN still reads every row"() {
        given: 'a recording whose unplugged sensors read INT32_MIN between good values'
        def recording = Files.createTempDirectory('lenient').resolve('padded.snmprec')
        Files.writeString(recording, """\
            1.3.6.1.2.1.1.1.0|4|padded integers
            ${COLUMN}.1|2|-2147483648
            ${COLUMN}.2|2|243
            ${COLUMN}.3|2|-2147483648
            ${COLUMN}.4|2|410
            ${COLUMN}.5|2|-1
            1.3.6.1.4.1.99999.1.2.0|2|-2147483648
            """.stripIndent())
        def sim = Snmpsim.serve([padded: recording], 0)
        def agent = new AgentAddress('127.0.0.1', sim.port, '2c', 'padded', null, null, null, null, null, 2000, 0)

        expect: 'snmpsim really sends INT32_MIN in 5 octets'
        wire(sim.port, 'padded', "${COLUMN}.1").contains('02 05 FF 80 00 00 00')

        when:
        def rows = client.walk(agent, [new OID(COLUMN)]).get(10, TimeUnit.SECONDS)
        def scalar = client.get(agent, [new OID('1.3.6.1.4.1.99999.1.2.0')]).get(10, TimeUnit.SECONDS)

        then:
        rows.stopped() == null
        rows.rows().collect { it.columns()[0].variable.toInt() } == [Integer.MIN_VALUE, 243, Integer.MIN_VALUE, 410, -1]
        scalar[0].variable.toInt() == Integer.MIN_VALUE

        cleanup:
        sim?.close()
    }

    def "an INTEGER that does not fit in 32 bits is refused with its reason; the other values of the answer are read"() {
        given: 'an agent answering 2^32 in 5 octets next to a good value'
        def agent = new HandEncodedAgent(['1.3.6.1.4.1.99999.2.1.0': [0x01, 0x00, 0x00, 0x00, 0x00],
                                          '1.3.6.1.4.1.99999.2.2.0': [0x00, 0x00, 0xf3]])
        def address = new AgentAddress('127.0.0.1', agent.port, '2c', 'public', null, null, null, null, null, 2000, 0)
        def metric = new MetricDef('env.temperature', '1.3.6.1.4.1.99999.2.1.0', false, '°C', 10, 1, MetricKind.gauge, [:],
                [] as Set, null, null, null, null, null, null, null, [] as Set, null, null)

        when:
        def answer = client.get(address, [new OID('1.3.6.1.4.1.99999.2.1.0'), new OID('1.3.6.1.4.1.99999.2.2.0')])
                .get(10, TimeUnit.SECONDS)

        then: 'an answer, not a timeout'
        answer.size() == 2
        ValueDecoder.decode(metric, answer[0].variable).rejection() ==
                'INTEGER of 5 octets (01 00 00 00 00) = 4294967296 does not fit in 32 bits'
        ValueDecoder.decode(metric, answer[1].variable).value() == 24.3d

        cleanup:
        agent?.close()
    }

    /** The octets of the answer net-snmp's snmpget received (its -d dump), as hex pairs. */
    static String wire(int port, String community, String oid) {
        def p = new ProcessBuilder('snmpget', '-d', '-v2c', '-c', community, "127.0.0.1:${port}", oid).redirectErrorStream(true).start()
        String dump = p.inputStream.text
        p.waitFor()
        dump.substring(dump.indexOf('Received')).readLines()
                .findResults { (it =~ /^[0-9]{4}: ((?:[0-9A-F]{2} {1,2})+)/).with { m -> m.find() ? m.group(1) : null } }
                .join(' ').split(/\s+/).join(' ')
    }
}
