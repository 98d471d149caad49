package vn.dcim.snmp.decode

import org.snmp4j.PDU
import org.snmp4j.asn1.BERInputStream
import org.snmp4j.smi.BitString
import org.snmp4j.smi.Counter32
import org.snmp4j.smi.Counter64
import org.snmp4j.smi.Gauge32
import org.snmp4j.smi.Integer32
import org.snmp4j.smi.IpAddress
import org.snmp4j.smi.Null
import org.snmp4j.smi.OID
import org.snmp4j.smi.OctetString
import org.snmp4j.smi.Opaque
import org.snmp4j.smi.TimeTicks
import org.snmp4j.smi.Variable
import org.snmp4j.smi.VariableBinding
import spock.lang.Specification

import java.nio.ByteBuffer

class ResponsePduSpec extends Specification {

    def setupSpec() {
        // the registry SNMP4J's own decoding uses here, as in the poller
        LenientInteger32.register()
    }

    def "a response holding #what decodes to what SNMP4J's own decoding gives"() {
        given:
        byte[] ber = encoded(PDU.RESPONSE, value)

        when:
        PDU ours = decode(new ResponsePdu(), ber)
        PDU theirs = decode(new PDU(), ber)

        then:
        ResponsePdu.decodesValues()
        ours.type == theirs.type
        ours.requestID == theirs.requestID
        ours.errorStatus == theirs.errorStatus
        ours.variableBindings.size() == 2
        [ours.variableBindings, theirs.variableBindings].transpose().every { VariableBinding a, VariableBinding b ->
            a.oid == b.oid && a.variable.class == b.variable.class && a.variable == b.variable && a.variable.syntax == b.variable.syntax
        }
        ours.variableBindings[1].variable.class == expectedClass

        where:
        what                  | value                                  | expectedClass
        'an INTEGER'          | new Integer32(-42)                     | LenientInteger32
        'an OCTET STRING'     | new OctetString('Phòng máy chủ')       | OctetString
        'a NULL'              | Null.instance                          | Null
        'noSuchObject'        | Null.noSuchObject                      | Null
        'noSuchInstance'      | Null.noSuchInstance                    | Null
        'endOfMibView'        | Null.endOfMibView                      | Null
        'an OID'              | new OID('1.3.6.1.4.1.318.1.1.1')       | OID
        'an IpAddress'        | new IpAddress('10.0.0.7')              | IpAddress
        'a Counter32'         | new Counter32(4_294_967_295L)          | Counter32
        'a Gauge32'           | new Gauge32(230)                       | Gauge32
        'TimeTicks'           | new TimeTicks(8_640_000)               | TimeTicks
        'an Opaque'           | new Opaque([0x9f, 0x78, 0x04, 0x42, 0x28, 0x00, 0x00] as byte[]) | Opaque
        'a Counter64'         | new Counter64(-1L)                     | Counter64
        'BITS (left to SNMP4J)' | new BitString().tap { setValue([0x80] as byte[]) } | BitString
    }

    def "an INTEGER padded with sign octets is read, and one too large is kept with why it is refused"() {
        given: 'value 1 as 02 01 01, then INT32_MIN padded (02 05 ff 80 00 00 00), then 2^32 (02 05 01 00 00 00 00)'
        byte[] ber = response([0x02, 0x01, 0x01], [0x02, 0x05, 0xff, 0x80, 0x00, 0x00, 0x00], [0x02, 0x05, 0x01, 0x00, 0x00, 0x00, 0x00])

        when:
        def values = decode(new ResponsePdu(), ber).variableBindings*.variable

        then:
        values*.class == [LenientInteger32] * 3
        values[0].toInt() == 1 && values[0].rejection() == null
        values[1].toInt() == Integer.MIN_VALUE && values[1].rejection() == null
        values[2].rejection() != null
    }

    def "a message cut or mis-encoded fails as SNMP4J's does: #what"() {
        given:
        byte[] ber = mangle(encoded(PDU.RESPONSE, new OctetString('ups-1')))

        when:
        Class ours = failure { decode(new ResponsePdu(), ber) }
        Class theirs = failure { decode(new PDU(), ber) }

        then:
        ours != null
        ours == theirs

        where:
        what                       | mangle
        'cut in the last value'    | { byte[] b -> Arrays.copyOf(b, b.length - 2) }
        'a v1 trap type'           | { byte[] b -> b[0] = (byte) 0xA4; b }
        'bindings not a sequence'  | { byte[] b -> b[bindingsAt(b)] = 0x31; b }
    }

    def "a binding named by #what reads the OID SNMP4J reads, or fails as SNMP4J fails"() {
        given: 'a response whose one binding (value NULL) is named by these OID octets'
        byte[] ber = named(oid)

        when:
        def ours = outcome { decode(new ResponsePdu(), ber).variableBindings*.oid }
        def theirs = outcome { decode(new PDU(), ber).variableBindings*.oid }

        then:
        ours == theirs
        (ours instanceof List) == decodes

        where:
        what                                   | oid                                                              || decodes
        'arcs of one octet'                    | berOf('1.3.6.1.2.1.2.2.1.10.4')                                  || true
        'arcs of several octets, the largest'  | berOf('1.3.6.1.4.1.318.1.1.1.16384.4294967295')                  || true
        'first arcs 0.x'                       | berOf('0.39.1')                                                  || true
        'first arcs 1.x'                       | berOf('1.0')                                                     || true
        'first arcs 2.x over 39'               | berOf('2.999.3')                                                 || true
        'no octets'                            | [0x06, 0x00]                                                     || true
        'one octet'                            | [0x06, 0x01, 0x2b]                                               || true
        'an arc past 2^32'                     | [0x06, 0x07, 0x2b, 0x90, 0x80, 0x80, 0x80, 0x80, 0x01]           || false
        'a last arc cut short'                 | [0x06, 0x02, 0x2b, 0x86]                                         || false
        'another tag'                          | [0x04, 0x01, 0x2b]                                               || false
    }

    /** The bindings' OIDs decoded, or the class of the failure. */
    private static Object outcome(Closure decoding) {
        try {
            decoding()
        } catch (Exception e) {
            e.class
        }
    }

    private static List<Integer> berOf(String dotted) {
        def out = new ByteArrayOutputStream()
        new OID(dotted).encodeBER(out)
        out.toByteArray().collect { it & 0xff }
    }

    /** A response of one binding named by these octets, its value NULL. */
    private static byte[] named(List<Integer> oid) {
        List<Integer> binding = [0x30, oid.size() + 2] + oid + [0x05, 0x00]
        List<Integer> body = [0x02, 0x01, 0x07, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00, 0x30, binding.size()] + binding
        ([0xA2, body.size()] + body).collect { it as byte } as byte[]
    }

    private static Class failure(Closure decoding) {
        try {
            decoding()
            null
        } catch (Exception e) {
            e.class
        }
    }

    private static PDU decode(PDU pdu, byte[] ber) {
        pdu.decodeBER(new BERInputStream(ByteBuffer.wrap(ber)))
        pdu
    }

    private static byte[] encoded(int type, Variable value) {
        PDU pdu = new PDU()
        pdu.type = type
        pdu.requestID = new Integer32(123456)
        pdu.add(new VariableBinding(new OID('1.3.6.1.2.1.1.3.0'), new TimeTicks(100)))
        pdu.add(new VariableBinding(new OID('1.3.6.1.2.1.33.1.2.4.0'), value))
        def out = new ByteArrayOutputStream()
        pdu.encodeBER(out)
        out.toByteArray()
    }

    /** A response whose bindings hold the given encoded values under 1.3.6.1.2.1.1.1.0, 1.3.6.1.2.1.1.2.0, … */
    private static byte[] response(List<Integer>... values) {
        List<Integer> bindings = []
        values.eachWithIndex { List<Integer> v, int i ->
            List<Integer> oid = [0x06, 0x08, 0x2b, 0x06, 0x01, 0x02, 0x01, 0x01, i + 1, 0x00]
            bindings += [0x30, oid.size() + v.size()] + oid + v
        }
        List<Integer> body = [0x02, 0x01, 0x07, 0x02, 0x01, 0x00, 0x02, 0x01, 0x00, 0x30, bindings.size()] + bindings
        ([0xA2, body.size()] + body).collect { it as byte } as byte[]
    }

    /** Where the bindings' SEQUENCE starts: after the PDU header and the three INTEGERs. */
    private static int bindingsAt(byte[] b) {
        int at = 2 // tag and a short length
        3.times { at += 2 + b[at + 1] }
        at
    }
}
