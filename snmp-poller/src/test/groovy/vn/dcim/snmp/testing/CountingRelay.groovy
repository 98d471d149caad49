package vn.dcim.snmp.testing

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger

/**
 * A UDP relay between the poller and an agent that counts the requests that pass it (every datagram the
 * poller sends, resends after a timeout included), optionally holding each one back a while, so that a
 * spec sees what the agent sees. Each client address gets its own socket towards the agent.
 */
class CountingRelay implements AutoCloseable {
    final int port
    private final InetSocketAddress agent
    private final LoopbackUdp facing
    private final Map<SocketAddress, DatagramSocket> upstream = new ConcurrentHashMap<>()
    private final AtomicInteger requests = new AtomicInteger()
    /** Requests passed on and not answered yet, and the most there were at once since the last reset. */
    private final AtomicInteger inFlight = new AtomicInteger()
    private final AtomicInteger mostInFlight = new AtomicInteger()
    /** Milliseconds each request is held before it goes on (a slow agent). */
    volatile long delayMs
    /** Requests are counted and dropped (an agent gone silent). */
    volatile boolean dropping

    CountingRelay(int agentPort) {
        agent = new InetSocketAddress(InetAddress.loopbackAddress, agentPort)
        facing = new LoopbackUdp('counting-relay', { DatagramPacket packet -> relay(packet) })
        port = facing.port
    }

    /** Requests seen since the last reset. */
    int requests() { requests.get() }

    /** The most requests the agent had to answer at once (passed on, not answered yet) since the last reset. */
    int mostInFlight() { mostInFlight.get() }

    void reset() {
        requests.set(0)
        mostInFlight.set(inFlight.get())
    }

    private void relay(DatagramPacket packet) {
        requests.incrementAndGet()
        if (dropping) {
            return
        }
        byte[] data = Arrays.copyOf(packet.data, packet.length)
        SocketAddress client = packet.socketAddress
        DatagramSocket out = upstream.computeIfAbsent(client) { towards(client) }
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max)
        long delay = delayMs
        if (delay > 0) {
            Thread.startDaemon { sleep(delay); send(out, data) }
        } else {
            send(out, data)
        }
    }

    private void send(DatagramSocket out, byte[] data) {
        try {
            out.send(new DatagramPacket(data, data.length, agent))
        } catch (IOException ignored) {
            // closed while a request was held back: the spec is over
        }
    }

    /** A socket towards the agent whose answers go back to this client. */
    private DatagramSocket towards(SocketAddress client) {
        def socket = new DatagramSocket(0, InetAddress.loopbackAddress)
        Thread.startDaemon('counting-relay-back') {
            byte[] buffer = new byte[65535]
            while (!socket.closed && !facing.socket.closed) {
                def answer = new DatagramPacket(buffer, buffer.length)
                try {
                    socket.receive(answer)
                    inFlight.updateAndGet { it > 0 ? it - 1 : 0 }
                    facing.send(Arrays.copyOf(answer.data, answer.length), client)
                } catch (IOException ignored) {
                    return
                }
            }
        }
        socket
    }

    @Override
    void close() {
        facing.close()
        upstream.values()*.close()
    }
}
