package vn.dcim.snmp.testing

import org.snmp4j.PDU
import org.snmp4j.asn1.BER
import org.snmp4j.asn1.BERInputStream
import org.snmp4j.smi.Integer32
import org.snmp4j.smi.OID

import java.nio.ByteBuffer

/**
 * An SNMPv2c agent on a free UDP port that answers every GET with INTEGER content octets written
 * by hand, byte for byte, so a spec can send what no well-behaved agent (nor snmpsim) sends.
 */
class HandEncodedAgent implements AutoCloseable {
    final int port
    private final LoopbackUdp socket
    private final Map<OID, byte[]> integers

    /** @param integers the content octets of the INTEGER each OID answers with */
    HandEncodedAgent(Map<String, List<Integer>> integers) {
        this.integers = integers.collectEntries { oid, octets -> [(new OID(oid)): octets as byte[]] }
        socket = new LoopbackUdp('hand-encoded-agent', { DatagramPacket request ->
            socket.send(answer(ByteBuffer.wrap(request.data, 0, request.length)), request.socketAddress)
        })
        port = socket.port
    }

    private byte[] answer(ByteBuffer message) {
        def in = new BERInputStream(message)
        BER.decodeHeader(in, new BER.MutableByte())
        int version = BER.decodeInteger(in, new BER.MutableByte())
        byte[] community = BER.decodeString(in, new BER.MutableByte())
        def request = new PDU()
        request.decodeBER(in)
        def bindings = request.variableBindings.collect { vb ->
            byte[] value = integers.containsKey(vb.oid) ? tlv(BER.ASN_INTEGER, integers[vb.oid]) : [0x81, 0x00] as byte[]
            tlv(0x30, join(encoded(vb.oid), value))
        }
        byte[] pdu = join(encoded(new Integer32(request.requestID.value)), tlv(BER.ASN_INTEGER, [0] as byte[]),
                tlv(BER.ASN_INTEGER, [0] as byte[]), tlv(0x30, join(bindings as byte[][])))
        tlv(0x30, join(tlv(BER.ASN_INTEGER, [version] as byte[]), tlv(BER.ASN_OCTET_STR, community), tlv(0xA2, pdu)))
    }

    private static byte[] join(byte[]... parts) {
        def out = new ByteArrayOutputStream()
        parts.each { out.write(it) }
        out.toByteArray()
    }

    private static byte[] encoded(org.snmp4j.asn1.BERSerializable value) {
        def out = new ByteArrayOutputStream()
        value.encodeBER(out)
        out.toByteArray()
    }

    private static byte[] tlv(int tag, byte[] content) {
        def out = new ByteArrayOutputStream()
        out.write(tag)
        if (content.length < 128) {
            out.write(content.length)
        } else {
            out.write(0x82)
            out.write(content.length >> 8)
            out.write(content.length & 0xff)
        }
        out.write(content)
        out.toByteArray()
    }

    @Override
    void close() {
        socket.close()
    }
}
