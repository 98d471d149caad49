package vn.dcim.snmp.testing

import org.snmp4j.PDU
import org.snmp4j.asn1.BER
import org.snmp4j.asn1.BERInputStream
import org.snmp4j.smi.VariableBinding

import java.nio.ByteBuffer
import java.util.concurrent.CopyOnWriteArrayList

/**
 * An SNMPv2c agent on a free UDP port whose every answer a spec writes: given each request (GET, GETNEXT,
 * GETBULK), it answers the bindings the behaviour returns, an error status, or nothing at all, so a spec
 * can play an agent that no real one (nor snmpsim) is. It notes every request it received, with the time.
 */
class HostileAgent implements AutoCloseable {
    /** What to answer: the bindings, or null for no answer at all. */
    interface Behaviour {
        List<VariableBinding> answer(PDU request)
    }

    final int port
    /** Every request received: its PDU and System.nanoTime() on arrival. */
    final List<Tuple2<PDU, Long>> received = new CopyOnWriteArrayList<>()
    private final LoopbackUdp socket
    private final Behaviour behaviour
    private final int errorStatus

    HostileAgent(int errorStatus = 0, Behaviour behaviour) {
        this.behaviour = behaviour
        this.errorStatus = errorStatus
        socket = new LoopbackUdp('hostile-agent', { DatagramPacket packet -> answer(packet) })
        port = socket.port
    }

    private void answer(DatagramPacket packet) {
        def in = new BERInputStream(ByteBuffer.wrap(packet.data, 0, packet.length))
        BER.decodeHeader(in, new BER.MutableByte())
        int version = BER.decodeInteger(in, new BER.MutableByte())
        byte[] community = BER.decodeString(in, new BER.MutableByte())
        def request = new PDU()
        request.decodeBER(in)
        received << new Tuple2<>(request, System.nanoTime())
        def bindings = behaviour.answer(request)
        if (bindings == null) {
            return
        }
        def response = new PDU()
        response.type = PDU.RESPONSE
        response.requestID = request.requestID
        response.errorStatus = errorStatus
        response.errorIndex = errorStatus == 0 ? 0 : 1
        response.addAll(bindings)
        socket.send(message(version, community, response), packet.socketAddress)
    }

    private static byte[] message(int version, byte[] community, PDU pdu) {
        def content = new ByteArrayOutputStream()
        BER.encodeInteger(content, BER.INTEGER, version)
        BER.encodeString(content, BER.OCTETSTRING, community)
        pdu.encodeBER(content)
        def out = new ByteArrayOutputStream()
        BER.encodeHeader(out, BER.SEQUENCE, content.size())
        out.write(content.toByteArray())
        out.toByteArray()
    }

    @Override
    void close() {
        socket.close()
    }
}
