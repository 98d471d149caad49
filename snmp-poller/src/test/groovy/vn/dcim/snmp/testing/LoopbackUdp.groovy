package vn.dcim.snmp.testing

/**
 * A UDP socket on a free loopback port whose every datagram goes to the handler, on a daemon thread of its own,
 * until it is closed: the ground the specs' hand-made agents and relays stand on. A handler that throws is
 * printed and the next datagram read, since the spec then fails with a timeout and should say why.
 */
class LoopbackUdp implements AutoCloseable {
    final DatagramSocket socket = new DatagramSocket(0, InetAddress.loopbackAddress)
    final int port = socket.localPort

    /** @param handler called with each datagram received; its buffer is read again for the next one */
    LoopbackUdp(String thread, Closure<?> handler) {
        Thread.startDaemon(thread) { receive(handler) }
    }

    private void receive(Closure<?> handler) {
        byte[] buffer = new byte[65535]
        while (!socket.closed) {
            def packet = new DatagramPacket(buffer, buffer.length)
            try {
                socket.receive(packet)
            } catch (SocketException ignored) {
                return
            }
            try {
                handler.call(packet)
            } catch (Exception e) {
                e.printStackTrace()
            }
        }
    }

    void send(byte[] data, SocketAddress to) {
        socket.send(new DatagramPacket(data, data.length, to))
    }

    @Override
    void close() {
        socket.close()
    }
}
