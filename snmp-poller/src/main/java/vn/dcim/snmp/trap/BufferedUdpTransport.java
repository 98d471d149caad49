package vn.dcim.snmp.trap;

import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.net.DatagramSocket;

/**
 * SNMP4J's UDP transport, telling what receive buffer the kernel granted (SNMP4J tells only what was asked), with one
 * buffer to receive into.
 */
final class BufferedUdpTransport extends DefaultUdpTransportMapping {

    BufferedUdpTransport(UdpAddress address) throws IOException {
        super(address);
        // one receive buffer for the socket's life, not a new 64 KiB one per datagram: the trap receiver's dispatcher
        // decodes each datagram on the listening thread before the next receive (a storm was 64 KiB of garbage a trap)
        setAsyncMsgProcessingSupported(false);
    }

    /** The socket's receive buffer as the kernel reports it, or what was asked before the socket is open. */
    int grantedReceiveBuffer() {
        try {
            DatagramSocket open = socket;
            return open == null ? getReceiveBufferSize() : open.getReceiveBufferSize();
        } catch (IOException e) {
            return getReceiveBufferSize();
        }
    }
}
