package vn.dcim.core.outbound;

import vn.dcim.core.io.Closing;
import vn.dcim.core.outbound.OutboundPolicy.Destination;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One HTTP/1.1 request to a destination the {@link OutboundPolicy} approved: the connection goes to one of
 * the addresses that check returned (the name is not resolved a second time), a redirect is never followed,
 * and nothing the remote end sends is kept but the status code of its first line (Art. 25, request forgery).
 * Webhooks and the notice channels (Telegram, ntfy, SMS gateway, Zalo) all send through it.
 */
public final class OutboundHttp {
    private static final int TIMEOUT_MS = 10_000;
    private static final int STATUS_LINE_MAX = 256;

    private OutboundHttp() {
    }

    /** The status code of the answer; {@link Failed} with a reason of ours when there was none. */
    public static int send(Destination d, String method, Map<String, String> headers, byte[] body) throws Failed {
        try (Socket socket = connect(d.addresses(), d.port(), d.host())) {
            socket.setSoTimeout(TIMEOUT_MS);
            Socket channel = d.https() ? tls(socket, d) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(head(d, method, headers, body.length).getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return status(channel.getInputStream());
        } catch (Failed e) {
            throw e;
        } catch (SocketTimeoutException e) {
            throw new Failed("no answer within " + TIMEOUT_MS / 1000 + " s");
        } catch (SSLException e) {
            throw new Failed("TLS handshake with " + d.host() + " failed");
        } catch (IOException e) {
            throw new Failed("connection to " + d.host() + ":" + d.port() + " failed");
        }
    }

    /** The first checked address that takes the connection. */
    private static Socket connect(List<InetAddress> addresses, int port, String host) throws Failed {
        for (InetAddress a : addresses) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(a, port), TIMEOUT_MS);
                return s;
            } catch (IOException e) {
                // nothing was sent on it
                Closing.quietly(s);
            }
        }
        throw new Failed("could not connect to " + host + ":" + port);
    }

    /** TLS over the connected socket, the certificate checked against the host name (not the address). */
    private static Socket tls(Socket socket, Destination d) throws IOException {
        SSLSocket s = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, d.host(), d.port(), true);
        SSLParameters p = s.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (!d.host().contains(":") && !d.host().matches("[0-9.]+")) {
            p.setServerNames(List.of(new SNIHostName(d.host())));
        }
        s.setSSLParameters(p);
        s.startHandshake();
        return s;
    }

    private static String head(Destination d, String method, Map<String, String> headers, int length) throws Failed {
        StringBuilder extra = new StringBuilder();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (!h.getKey().matches("[A-Za-z0-9_-]{1,64}")) {
                throw new Failed("not a header name: " + h.getKey());
            }
            if (h.getValue().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new Failed("the header " + h.getKey() + " holds control characters");
            }
            extra.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        URI u = d.uri();
        String path = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        String host = (d.host().contains(":") ? "[" + d.host() + "]" : d.host())
                + (u.getPort() > 0 ? ":" + u.getPort() : "");
        return method + " " + path + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + extra
                + "Content-Length: " + length + "\r\n"
                + "Connection: close\r\n\r\n";
    }

    /** The status code of the answer's first line; the rest of the answer is never read. */
    private static int status(InputStream in) throws IOException, Failed {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            if (line.length() >= STATUS_LINE_MAX) {
                break;
            }
            line.append((char) b);
        }
        String[] parts = line.toString().trim().split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new Failed("the remote end did not answer in HTTP");
        }
        return Integer.parseInt(parts[1]);
    }

    /** A failed request whose reason is ours alone, never bytes from the remote end. */
    public static final class Failed extends Exception {
        public Failed(String reason) {
            super(reason);
        }
    }
}
