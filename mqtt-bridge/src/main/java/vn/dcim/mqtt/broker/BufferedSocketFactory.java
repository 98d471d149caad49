package vn.dcim.mqtt.broker;

import javax.net.SocketFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Plain TCP sockets whose input is buffered and whose output is sent in bursts. Paho reads every
 * packet's fixed header a byte at a time from the socket's stream, which on a bare socket is one
 * system call per byte: at a full stream that was the bridge's costliest thread (bench/mqtt,
 * docs/performance.md). Paho also flushes after every packet it writes; the bridge acknowledges a
 * committed batch as a burst of PUBACKs, so a flush is held for {@link CoalescingOutput#DELAY_MICROS}
 * and the burst leaves in a few segments instead of one system call (and one broker wake-up) each.
 * TLS sockets need none of this, they already hand out decrypted records from a buffer.
 */
public final class BufferedSocketFactory extends SocketFactory {
    private static final int BUFFER = 64 * 1024;

    @Override
    public Socket createSocket() {
        return new BufferedSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(null, new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(localHost, localPort), new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(null, new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(localAddress, localPort), new InetSocketAddress(address, port));
    }

    /** A buffered socket connected to {@code to}, from the local address {@code from} when one is given. */
    private static Socket connected(InetSocketAddress from, InetSocketAddress to) throws IOException {
        Socket s = new BufferedSocket();
        if (from != null) {
            s.bind(from);
        }
        s.connect(to);
        return s;
    }

    private static final class BufferedSocket extends Socket {
        private InputStream in;
        private CoalescingOutput out;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new PacketInput(super.getInputStream());
            }
            return in;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new CoalescingOutput(super.getOutputStream());
            }
            return out;
        }

        @Override
        public synchronized void close() throws IOException {
            if (out != null) {
                try {
                    out.drain();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            super.close();
        }
    }

    /** Paho asks available() before every packet: answered from the buffer while it holds data. */
    private static final class PacketInput extends BufferedInputStream {
        PacketInput(InputStream socket) {
            super(socket, BUFFER);
        }

        @Override
        public synchronized int available() throws IOException {
            int buffered = count - pos;
            return buffered > 0 ? buffered : super.available();
        }
    }
}
