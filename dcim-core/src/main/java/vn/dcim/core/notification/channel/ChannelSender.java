package vn.dcim.core.notification.channel;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.notification.Channel;
import vn.dcim.core.notification.Notification;
import vn.dcim.core.notification.NotificationSender;
import vn.dcim.core.outbound.OutboundHttp;
import vn.dcim.core.outbound.OutboundPolicy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a message on an HTTP channel type (Telegram, ntfy, SMS gateway, Zalo): the type's URL and
 * headers filled in with the contact's address and credential (read and decrypted now, never copied into
 * the outbox), the body as queued. The address is checked against the outbound allow-list at every attempt
 * (Art. 25) and sent through {@link OutboundHttp}; anything but 2xx is a failed attempt, retried with back-off
 * and dead-lettered after the types' number of attempts.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChannelSender implements NotificationSender {
    private final ChannelTypes types;
    private final PersonContactRepository contacts;
    private final OutboundPolicy policy;

    @Override
    public Channel channel() {
        return Channel.webhook;
    }

    @Override
    public boolean typed() {
        return true;
    }

    @Override
    public int deadLetterAfter() {
        return types.deadLetterAfter();
    }

    @Override
    public void send(Notification n) throws OutboundHttp.Failed {
        ChannelType type = types.find(n.channelType()).orElseThrow(() -> new OutboundHttp.Failed("no channel type " + n.channelType()));
        PersonContact contact = n.contactId() == null ? null : contacts.findById(n.contactId()).orElse(null);
        if (contact == null) {
            throw new OutboundHttp.Failed("the contact was removed");
        }
        String secret = contact.secret() == null ? "" : contact.secret();
        // the endpoint as configured, then the contact's address and credential URL-encoded
        String url = Templates.fill(Templates.fill(type.url(), Map.of("endpoint", type.endpoint() == null ? "" : type.endpoint()), v -> v),
                Map.of("address", contact.address(), "secret", secret), v -> URLEncoder.encode(v, StandardCharsets.UTF_8));
        OutboundPolicy.Destination d;
        try {
            d = policy.check(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new OutboundHttp.Failed("not a valid URL for channel type " + type.id());
        } catch (RuntimeException e) {
            // the message names the host, never the URL: a Telegram URL holds the bot's token
            throw new OutboundHttp.Failed("refused: " + e.getMessage());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "dcim-notify");
        headers.put("X-DCIM-Notification", String.valueOf(n.id()));
        type.headers().forEach((name, value) -> {
            String filled = Templates.fill(value, Map.of("secret", secret), v -> v);
            if (!filled.isBlank() && !filled.equals("Bearer ")) {
                headers.put(name, filled);
            }
        });
        int status = OutboundHttp.send(d, "POST", headers, n.body().getBytes(StandardCharsets.UTF_8));
        if (status / 100 != 2) {
            throw new OutboundHttp.Failed(type.id() + " answered HTTP " + status + (status / 100 == 3 ? " (redirects are not followed)" : ""));
        }
    }
}
