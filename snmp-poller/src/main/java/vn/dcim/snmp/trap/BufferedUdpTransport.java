package vn.dcim.snmp.trap;

import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.net.DatagramSocket;

/** SNMP4J's UDP transport, telling what receive buffer the kernel granted (SNMP4J tells only what was asked). */
final class BufferedUdpTransport extends DefaultUdpTransportMapping {

    BufferedUdpTransport(UdpAddress address) throws IOException {
        super(address);
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
