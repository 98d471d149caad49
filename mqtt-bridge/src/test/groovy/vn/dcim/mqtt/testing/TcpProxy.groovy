package vn.dcim.mqtt.testing

import java.util.concurrent.CopyOnWriteArrayList

/**
 * A TCP proxy between the product and the shared MariaDB that a spec can cut: while cut, open
 * connections are dropped and new ones are refused at once, as when the database server is down.
 * Stalled, it keeps every connection open and accepts new ones but forwards nothing until restored, as when
 * the server hangs or a network drops packets instead of refusing them.
 * The shared server itself is never stopped.
 */
class TcpProxy implements Closeable {
    final int port
    private final String targetHost
    private final int targetPort
    private final ServerSocket server
    private final List<Socket> open = new CopyOnWriteArrayList<>()
    private final Set<Socket> frozen = java.util.concurrent.ConcurrentHashMap.newKeySet()
    private volatile boolean cut
    private volatile boolean stalled
    private volatile boolean closed

    TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost
        this.targetPort = targetPort
        this.server = new ServerSocket(0, 50, InetAddress.loopbackAddress)
        this.port = server.localPort
        Thread.start('tcp-proxy-accept') { acceptLoop() }
    }

    /** A proxy in front of the database a JDBC URL names. */
    static TcpProxy before(String jdbcUrl) {
        URI db = URI.create(jdbcUrl.substring('jdbc:'.length()))
        new TcpProxy(db.host, db.port)
    }

    /** The JDBC URL that reaches the same database through this proxy. */
    String jdbcUrl(String original) {
        URI db = URI.create(original.substring('jdbc:'.length()))
        "jdbc:mariadb://127.0.0.1:${port}${db.path}".toString()
    }

    void cut() {
        cut = true
        open.each { try { it.close() } catch (IOException ignored) {} }
        open.clear()
    }

    void stall() {
        stalled = true
    }

    /**
     * The connections open now forward nothing until restored; new ones work: one connection's answer held up (a
     * loaded server, a lost packet) while the server itself is there.
     */
    void freezeOpen() {
        frozen.addAll(open)
    }

    void restore() {
        cut = false
        stalled = false
        frozen.clear()
    }

    private void waitWhileStalled(Socket from = null) {
        while ((stalled || from != null && frozen.contains(from)) && !closed) {
            Thread.sleep(20)
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client
            try {
                client = server.accept()
            } catch (IOException e) {
                return
            }
            if (cut) {
                client.close()
                continue
            }
            try {
                waitWhileStalled()
                Socket upstream = new Socket(targetHost, targetPort)
                // the driver sends without delay, so must the proxy: with Nagle on, a small write behind an
                // unacknowledged one waited for the peer's delayed ACK (tens of ms a statement)
                client.tcpNoDelay = true
                upstream.tcpNoDelay = true
                open << client << upstream
                pump(client, upstream)
                pump(upstream, client)
            } catch (IOException e) {
                client.close()
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.start('tcp-proxy-pump') {
            byte[] buf = new byte[16384]
            try {
                int n
                while ((n = from.inputStream.read(buf)) >= 0) {
                    waitWhileStalled(from)
                    to.outputStream.write(buf, 0, n)
                    to.outputStream.flush()
                }
            } catch (IOException ignored) {
            } finally {
                try { from.close() } catch (IOException ignored) {}
                try { to.close() } catch (IOException ignored) {}
                open.remove(from)
                open.remove(to)
            }
        }
    }

    @Override
    void close() {
        closed = true
        server.close()
        cut()
    }
}
