package vn.dcim.core.notification;

import jakarta.inject.Singleton;
import vn.dcim.core.outbound.OutboundPolicy;
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

/**
 * POSTs the notification's JSON body; anything but a 2xx answer is a failed attempt, retried later.
 *
 * <p>Art. 25 / request forgery: the destination is checked against the allow-list at every attempt
 * ({@link OutboundPolicy}), the connection goes to one of the addresses that check approved (the name
 * is not resolved a second time), a redirect is never followed (3xx is a failed attempt), and nothing
 * the remote end sends is kept: only its status code reaches {@code lastError}. A plain HTTP/1.1
 * exchange on a socket does exactly this; an HTTP client library would resolve the name itself.
 */
@Singleton
class WebhookSender implements NotificationSender {
    private static final int TIMEOUT_MS = 10_000;
    private static final int STATUS_LINE_MAX = 256;

    private final OutboundPolicy policy;
    private final RecipientRepository recipients;

    WebhookSender(OutboundPolicy policy, RecipientRepository recipients) {
        this.policy = policy;
        this.recipients = recipients;
    }

    @Override
    public Channel channel() {
        return Channel.webhook;
    }

    @Override
    public void send(Notification n) throws WebhookFailed {
        Destination d;
        try {
            d = policy.check(URI.create(n.address()));
        } catch (IllegalArgumentException e) {
            throw new WebhookFailed("not a valid URL");
        } catch (RuntimeException e) {
            throw new WebhookFailed("refused: " + e.getMessage());
        }
        // the credential is read (and decrypted) at send time only; it is never copied into the outbox
        String secret = n.recipientId() == null ? null : recipients.findById(n.recipientId()).map(Recipient::secret).orElse(null);
        int status = post(d, n.id(), secret, n.body().getBytes(StandardCharsets.UTF_8));
        if (status / 100 != 2) {
            throw new WebhookFailed("webhook answered HTTP " + status + (status / 100 == 3 ? " (redirects are not followed)" : ""));
        }
    }

    private static int post(Destination d, Long id, String secret, byte[] body) throws WebhookFailed {
        try (Socket socket = connect(d.addresses(), d.port(), d.host())) {
            socket.setSoTimeout(TIMEOUT_MS);
            Socket channel = d.https() ? tls(socket, d) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(head(d, id, secret, body.length).getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return status(channel.getInputStream());
        } catch (WebhookFailed e) {
            throw e;
        } catch (SocketTimeoutException e) {
            throw new WebhookFailed("no answer within " + TIMEOUT_MS / 1000 + " s");
        } catch (SSLException e) {
            throw new WebhookFailed("TLS handshake with " + d.host() + " failed");
        } catch (IOException e) {
            throw new WebhookFailed("connection to " + d.host() + ":" + d.port() + " failed");
        }
    }

    /** The first checked address that takes the connection. */
    private static Socket connect(List<InetAddress> addresses, int port, String host) throws WebhookFailed {
        for (InetAddress a : addresses) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(a, port), TIMEOUT_MS);
                return s;
            } catch (IOException e) {
                closeQuietly(s);
            }
        }
        throw new WebhookFailed("could not connect to " + host + ":" + port);
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

    private static String head(Destination d, Long id, String secret, int length) throws WebhookFailed {
        if (secret != null && secret.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new WebhookFailed("the recipient's secret holds control characters");
        }
        URI u = d.uri();
        String path = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        String host = (d.host().contains(":") ? "[" + d.host() + "]" : d.host())
                + (u.getPort() > 0 ? ":" + u.getPort() : "");
        return "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "User-Agent: dcim-webhook\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + length + "\r\n"
                + "X-DCIM-Notification: " + id + "\r\n"
                + (secret == null || secret.isEmpty() ? "" : "Authorization: Bearer " + secret + "\r\n")
                + "Connection: close\r\n\r\n";
    }

    /** The status code of the answer's first line; the rest of the answer is never read. */
    private static int status(InputStream in) throws IOException, WebhookFailed {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
            if (line.length() >= STATUS_LINE_MAX) {
                break;
            }
            line.append((char) b);
        }
        String[] parts = line.toString().trim().split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new WebhookFailed("the remote end did not answer in HTTP");
        }
        return Integer.parseInt(parts[1]);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing was sent on it
        }
    }

    /** A failed attempt whose reason is ours alone, never bytes from the remote end. */
    static final class WebhookFailed extends Exception {
        WebhookFailed(String reason) {
            super(reason);
        }
    }
}
