package vn.dcim.core.devicelog;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.io.Closing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * Art. 26.3: the center's logs go to the security operations center too. With DCIM_SYSLOG_FORWARD
 * ({@code udp://soc.example:514}, {@code tcp://soc.example:601}, or {@code host:port} for UDP) every
 * stored entry is sent on: a syslog line exactly as the device sent it, a trap or HTTP event as an
 * RFC 5424 line (facility local0, the entry's severity, the device's address as HOSTNAME). TCP uses
 * octet counting (RFC 6587) and reconnects after a failure; a SOC that is down costs a counted
 * "forward_failed", never the local copy.
 */
@Singleton
public class SocForwarder {
    private static final Logger LOG = LoggerFactory.getLogger(SocForwarder.class);
    private static final int LOCAL0 = 16;

    private final ReceiverCounts counts;
    private final InetSocketAddress target;
    private final boolean tcp;
    private DatagramSocket udp;
    private Socket socket;

    SocForwarder(ReceiverCounts counts, @Value("${dcim.device-log.forward:}") String forward) {
        this.counts = counts;
        if (forward == null || forward.isBlank()) {
            target = null;
            tcp = false;
            return;
        }
        URI uri = URI.create(forward.contains("://") ? forward.trim() : "udp://" + forward.trim());
        if (uri.getHost() == null || !(uri.getScheme().equals("udp") || uri.getScheme().equals("tcp"))) {
            throw new IllegalArgumentException("DCIM_SYSLOG_FORWARD must be udp://host:port, tcp://host:port or host:port, not '" + forward + "'");
        }
        target = new InetSocketAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 514);
        tcp = uri.getScheme().equals("tcp");
        LOG.info("Device log forwarded to the SOC collector {}://{}:{} (Art. 26.3)", uri.getScheme(), uri.getHost(), target.getPort());
    }

    public boolean enabled() {
        return target != null;
    }

    /** Sends the entry on; called by the one writer thread. */
    void forward(DeviceLogEntry e) {
        if (target == null) {
            return;
        }
        byte[] line = line(e).getBytes(StandardCharsets.UTF_8);
        try {
            if (tcp) {
                if (socket == null || socket.isClosed()) {
                    socket = new Socket();
                    socket.connect(target, 2000);
                    socket.setSoTimeout(2000);
                }
                OutputStream out = socket.getOutputStream();
                out.write((line.length + " ").getBytes(StandardCharsets.US_ASCII));
                out.write(line);
                out.flush();
            } else {
                if (udp == null) {
                    udp = new DatagramSocket();
                }
                udp.send(new DatagramPacket(line, line.length, target));
            }
            counts.add(e.source().name(), "forwarded");
        } catch (IOException | RuntimeException ex) {
            counts.add(e.source().name(), "forward_failed");
            closeTcp();
            LOG.debug("Forwarding to the SOC failed: {}", ex.getMessage());
        }
    }

    /** The syslog line as received, or an RFC 5424 line telling the entry. */
    static String line(DeviceLogEntry e) {
        if (e.source() == DeviceLogSource.syslog && e.raw() != null) {
            return e.raw();
        }
        int pri = LOCAL0 * 8 + e.severity().code();
        String app = "dcim-" + e.source().name();
        String msgId = e.event() == null || e.event().isBlank() ? "-" : e.event().replaceAll("[^!-~]", "_");
        if (msgId.length() > 32) {
            msgId = msgId.substring(0, 32);
        }
        return "<" + pri + ">1 " + DateTimeFormatter.ISO_INSTANT.format(e.ts()) + " " + e.sender() + " " + app + " - " + msgId
                + " [dcim device=\"" + (e.deviceId() == null ? "" : sdEscape(e.deviceId())) + "\"] " + e.text();
    }

    private static String sdEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("]", "\\]");
    }

    private void closeTcp() {
        // a broken connection has nothing more to close
        Closing.quietly(socket);
        socket = null;
    }

    @PreDestroy
    void close() {
        closeTcp();
        if (udp != null) {
            udp.close();
        }
    }
}
