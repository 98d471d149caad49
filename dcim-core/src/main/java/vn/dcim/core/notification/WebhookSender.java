package vn.dcim.core.notification;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.outbound.OutboundPolicy;
import vn.dcim.core.outbound.OutboundPolicy.Destination;

import vn.dcim.core.outbound.OutboundHttp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs the notification's JSON body; anything but a 2xx answer is a failed attempt, retried later.
 *
 * <p>Art. 25 / request forgery: the destination is checked against the allow-list at every attempt
 * ({@link OutboundPolicy}), the connection goes to one of the addresses that check approved (the name
 * is not resolved a second time), a redirect is never followed (3xx is a failed attempt), and nothing
 * the remote end sends is kept: only its status code reaches {@code lastError} ({@link OutboundHttp}).
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class WebhookSender implements NotificationSender {
    private final OutboundPolicy policy;
    private final RecipientRepository recipients;

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
        if (secret != null && secret.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new WebhookFailed("the recipient's secret holds control characters");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "dcim-webhook");
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("X-DCIM-Notification", String.valueOf(id));
        if (secret != null && !secret.isEmpty()) {
            headers.put("Authorization", "Bearer " + secret);
        }
        try {
            return OutboundHttp.send(d, "POST", headers, body);
        } catch (OutboundHttp.Failed e) {
            throw new WebhookFailed(e.getMessage());
        }
    }

    /** A failed attempt whose reason is ours alone, never bytes from the remote end. */
    static final class WebhookFailed extends Exception {
        WebhookFailed(String reason) {
            super(reason);
        }
    }
}
