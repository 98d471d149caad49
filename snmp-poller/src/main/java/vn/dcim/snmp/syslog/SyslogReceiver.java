package vn.dcim.snmp.syslog;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.threads.NamedThreads;
import vn.dcim.core.device.MonitoredDevice;
import vn.dcim.core.devicelog.DeviceLogEntry;
import vn.dcim.core.devicelog.DeviceLogSource;
import vn.dcim.core.devicelog.DeviceLogWriter;
import vn.dcim.core.devicelog.FieldsJson;
import vn.dcim.core.devicelog.KernelUdpDrops;
import vn.dcim.core.devicelog.OpensAtStartup;
import vn.dcim.core.devicelog.ReceiveBuffer;
import vn.dcim.core.devicelog.ReceiverCounts;
import vn.dcim.core.devicelog.SenderDevices;

import javax.net.ServerSocketFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Receives syslog: RFC 5426 over UDP, RFC 6587 over TCP (octet counting "LEN SP MSG" or
 * one message per line, told apart by the first character of each frame), RFC 5425 over TLS when the
 * product has its HTTPS keys. Each message is matched to its monitored device by the sender's address
 * and kept in the device log (unknown senders too), with its PRI's severity, the device's own time
 * where it told a plausible one, and the line as received (forwarded unchanged to the SOC, Art. 26.3).
 * <p>
 * It lives in a collector module of its own, beside snmp-poller and mqtt-bridge: one module per way
 * devices reach us, each depending on core's ports only (the device log, the device addresses).
 * <p>
 * Never stopped by what it receives: a message longer than dcim.syslog.max-message is cut there and
 * counted "oversized"; a TCP frame that lies about its length or never ends is counted and the
 * connection closed; a connection on the TLS port whose handshake fails (a plaintext client) is closed
 * unread and counted "tls_refused"; beyond max-connections a new TCP sender is refused ("too_many_connections"); the
 * receiving threads only parse and queue (DeviceLogWriter: bounded, batched).
 */
@Singleton
@Requires(property = "dcim.syslog.enabled", notEquals = "false")
@Requires(property = "dcim.collector.enabled", notEquals = "true")
public class SyslogReceiver implements OpensAtStartup {
    private static final Logger LOG = LoggerFactory.getLogger(SyslogReceiver.class);
    static final String RECEIVER = "syslog";
    /** A device's clock may be wrong: a time more than a day away from the arrival is not believed. */
    private static final Duration PLAUSIBLE = Duration.ofDays(1);

    private final SyslogSettings settings;
    private final SenderDevices senders;
    private final DeviceLogWriter log;
    private final ReceiverCounts counts;
    private final Clock clock;
    private final SyslogParser parser;
    private final @Nullable String keyStorePath;
    private final @Nullable String keyStorePassword;
    private final String keyStoreType;
    private final boolean https;
    private final ExecutorService connections;
    private DatagramSocket udp;
    private ServerSocket tcp;
    private ServerSocket tls;
    private volatile boolean running;
    private final Map<String, Long> lastWarned = new java.util.concurrent.ConcurrentHashMap<>();

    SyslogReceiver(SyslogSettings settings, SenderDevices senders, DeviceLogWriter log, ReceiverCounts counts, Clock clock,
                   @Value("${micronaut.server.ssl.enabled:false}") boolean https,
                   @Nullable @Value("${micronaut.server.ssl.key-store.path:}") String keyStorePath,
                   @Nullable @Value("${micronaut.server.ssl.key-store.password:}") String keyStorePassword,
                   @Value("${micronaut.server.ssl.key-store.type:PKCS12}") String keyStoreType) {
        this.settings = settings;
        this.senders = senders;
        this.log = log;
        this.counts = counts;
        this.clock = clock;
        // an RFC 3164 time has no zone: the center's (the clock's, DCIM_TIME_ZONE)
        this.parser = new SyslogParser(clock.getZone());
        this.https = https;
        this.keyStorePath = keyStorePath;
        this.keyStorePassword = keyStorePassword;
        this.keyStoreType = keyStoreType;
        this.connections = new ThreadPoolExecutor(0, Math.max(1, settings.maxConnections()), 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), NamedThreads.factory("syslog-tcp", false));
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            InetAddress bind = InetAddress.getByName(settings.address());
            // port 0 (specs, a second instance): the UDP port is picked free, but TCP may hold it already; pick again
            for (int attempt = 1; ; attempt++) {
                udp = new DatagramSocket(null);
                udp.setReceiveBufferSize(Math.max(1024, settings.receiveBuffer()));
                udp.bind(new InetSocketAddress(bind, settings.port()));
                tcp = ServerSocketFactory.getDefault().createServerSocket();
                tcp.setReuseAddress(true);
                try {
                    // the TCP port is the UDP one, so that one setting and one firewall rule serve both
                    tcp.bind(new InetSocketAddress(bind, udp.getLocalPort()), 128);
                    break;
                } catch (IOException taken) {
                    udp.close();
                    tcp.close();
                    if (settings.port() != 0 || attempt == 20) {
                        throw taken;
                    }
                }
            }
            running = true;
            daemon("syslog-udp", this::receiveUdp);
            daemon("syslog-tcp-accept", () -> accept(tcp, "tcp"));
            if (https && keyStorePath != null && !keyStorePath.isBlank()) {
                tls = tlsSocket(bind);
                daemon("syslog-tls-accept", () -> accept(tls, "tls"));
            }
            LOG.info("Syslog receiver on udp/{} and tcp/{}{}; {}", udp.getLocalPort(), tcp.getLocalPort(),
                    tls == null ? " (TLS off: no HTTPS keys)" : ", TLS (RFC 5425) on tcp/" + tls.getLocalPort(),
                    ReceiveBuffer.told(settings.receiveBuffer(), udp.getReceiveBufferSize()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the syslog port " + settings.port()
                    + " (DCIM_SYSLOG_PORT; below 1024 needs root: redirect 514 instead, see the README): " + e.getMessage(), e);
        }
    }

    private ServerSocket tlsSocket(InetAddress bind) throws IOException {
        try {
            KeyStore ks = KeyStore.getInstance(keyStoreType);
            char[] password = keyStorePassword == null ? new char[0] : keyStorePassword.toCharArray();
            try (InputStream in = Files.newInputStream(Path.of(keyStorePath.replaceFirst("^file:", "")))) {
                ks.load(in, password);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            SSLServerSocket s = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket();
            s.setEnabledProtocols(new String[]{"TLSv1.3", "TLSv1.2"});
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(bind, settings.tlsPort()), 128);
            return s;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("syslog TLS keys unusable: " + e.getMessage(), e);
        }
    }

    /** The UDP port (DCIM_SYSLOG_PORT, or the one the system gave for 0); TCP listens on the same number. */
    public int port() {
        return udp.getLocalPort();
    }

    /** Datagrams the kernel dropped for the UDP socket, its receive buffer full (a burst faster than it is read). */
    public long kernelDrops() {
        DatagramSocket socket = udp;
        return socket == null || socket.isClosed() ? 0 : KernelUdpDrops.of(socket.getLocalPort());
    }

    public int tcpPort() {
        return tcp.getLocalPort();
    }

    public @Nullable Integer tlsPort() {
        return tls == null ? null : tls.getLocalPort();
    }

    private static void daemon(String name, Runnable r) {
        NamedThreads.start(name, r);
    }

    private void receiveUdp() {
        byte[] buf = new byte[65_535];
        DatagramPacket packet = new DatagramPacket(buf, buf.length);
        while (running) {
            try {
                packet.setLength(buf.length);
                udp.receive(packet);
                int len = packet.getLength();
                String sender = packet.getAddress().getHostAddress();
                if (len == 0) {
                    counts.add(RECEIVER, "received");
                    refuse("empty", sender);
                    continue;
                }
                boolean oversized = len > settings.maxMessage();
                accept(new String(buf, 0, Math.min(len, settings.maxMessage()), StandardCharsets.UTF_8), sender, "udp", oversized);
            } catch (IOException e) {
                if (running) {
                    LOG.warn("Syslog UDP receive failed: {}", e.getMessage());
                }
            } catch (RuntimeException e) {
                // one odd datagram never stops the receiver
                counts.add(RECEIVER, "malformed");
                warn("failed", "A syslog datagram could not be read: " + e);
            }
        }
    }

    private void accept(ServerSocket server, String transport) {
        while (running) {
            try {
                Socket s = server.accept();
                try {
                    connections.execute(() -> serve(s, transport));
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    refuse("too_many_connections", s.getInetAddress().getHostAddress());
                    s.close();
                }
            } catch (IOException e) {
                if (running) {
                    LOG.warn("Syslog {} accept failed: {}", transport, e.getMessage());
                }
            }
        }
    }

    /** One TCP or TLS sender: frames read one after the other, octet-counted or newline-ended (RFC 6587 section 3.4). */
    private void serve(Socket socket, String transport) {
        String sender = socket.getInetAddress().getHostAddress();
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 16_384)) {
            socket.setSoTimeout(settings.idleSeconds() * 1000);
            if (socket instanceof javax.net.ssl.SSLSocket secure) {
                // RFC 5425 section 4.2: TLS first; a client that does not speak it (plaintext syslog) fails here
                secure.startHandshake();
            }
            int max = settings.maxMessage();
            while (running) {
                int first = in.read();
                if (first < 0) {
                    return;
                }
                if (first >= '1' && first <= '9') {
                    // octet counting: MSG-LEN SP SYSLOG-MSG
                    long length = first - '0';
                    int c;
                    int digits = 1;
                    while ((c = in.read()) >= '0' && c <= '9' && digits < 10) {
                        length = length * 10 + (c - '0');
                        digits++;
                    }
                    if (c != ' ') {
                        refuse("malformed", sender);
                        return;
                    }
                    byte[] msg = new byte[(int) Math.min(length, max)];
                    int read = in.readNBytes(msg, 0, msg.length);
                    if (read < msg.length) {
                        refuse("truncated", sender);
                        return;
                    }
                    if (length > max) {
                        in.skipNBytes(length - max); // an EOFException ends the connection
                    }
                    accept(new String(msg, StandardCharsets.UTF_8), sender, transport, length > max);
                } else {
                    // non-transparent framing: the message ends at LF (NUL too, as some senders do)
                    byte[] msg = new byte[max];
                    int n = 0;
                    boolean oversized = false;
                    int c = first;
                    while (c >= 0 && c != '\n' && c != 0) {
                        if (n < max) {
                            msg[n++] = (byte) c;
                        } else {
                            oversized = true;
                        }
                        c = in.read();
                    }
                    if (c < 0 && n == 0) {
                        return;
                    }
                    if (n > 0 && !(n == 1 && msg[0] == '\r')) {
                        accept(new String(msg, 0, n, StandardCharsets.UTF_8), sender, transport, oversized);
                    }
                    if (c < 0) {
                        return;
                    }
                }
            }
        } catch (SocketTimeoutException e) {
            counts.add(RECEIVER, "idle_closed");
        } catch (javax.net.ssl.SSLException e) {
            // plaintext on the TLS port, a protocol or cipher we do not offer, a broken record: nothing of it is kept
            counts.add(RECEIVER, "tls_refused");
            warn("tls_refused", "Syslog TLS connection from " + sender + " refused: " + e.getMessage());
        } catch (SocketException e) {
            counts.add(RECEIVER, "connection_failed");
            warn("connection_failed", "Syslog " + transport + " connection from " + sender + " failed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            counts.add(RECEIVER, "malformed");
            warn("failed", "Syslog " + transport + " connection from " + sender + " closed: " + e);
        }
    }

    private void accept(String line, String sender, String transport, boolean oversized) {
        counts.add(RECEIVER, "received");
        if (oversized) {
            counts.add(RECEIVER, "oversized");
            warn("oversized", "A syslog message from " + sender + " is longer than " + settings.maxMessage() + " bytes: kept cut there");
        }
        Instant now = clock.instant();
        SyslogMessage m = parser.parse(line, now);
        MonitoredDevice device = senders.of(sender).orElse(null);
        if (device == null) {
            counts.add(RECEIVER, "unknown_sender");
        }
        Instant ts = m.ts() != null && Duration.between(m.ts(), now).abs().compareTo(PLAUSIBLE) <= 0 ? m.ts() : now;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("format", m.format());
        fields.put("transport", transport);
        fields.put("facility", m.facility());
        fields.put("hostname", m.hostname());
        fields.put("appName", m.appName());
        fields.put("procId", m.procId());
        fields.put("msgId", m.msgId());
        fields.put("structuredData", m.structuredData());
        fields.put("deviceTime", m.ts() == null ? null : m.ts().toString());
        if (oversized) {
            fields.put("truncated", true);
        }
        String event = m.appName() == null ? m.msgId() : m.msgId() == null ? m.appName() : m.appName() + "/" + m.msgId();
        log.offer(new DeviceLogEntry(null, ts, now, device == null ? null : device.id(), sender, DeviceLogSource.syslog, m.severity(),
                m.message(), event, line, FieldsJson.of(fields)));
    }

    private void refuse(String reason, String sender) {
        counts.add(RECEIVER, reason);
        warn(reason, "Syslog from " + sender + " refused: " + reason);
    }

    /** At most one log line per reason every 10 s: the counters hold every one. */
    private void warn(String reason, String message) {
        long now = System.nanoTime() / 1_000_000;
        Long last = lastWarned.get(reason);
        if (last == null || now - last > 10_000) {
            lastWarned.put(reason, now);
            LOG.warn(message);
        }
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        running = false;
        if (udp != null) {
            udp.close();
        }
        if (tcp != null) {
            tcp.close();
        }
        if (tls != null) {
            tls.close();
        }
        connections.shutdownNow();
    }
}
