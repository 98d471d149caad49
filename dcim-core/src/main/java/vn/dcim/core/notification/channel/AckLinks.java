package vn.dcim.core.notification.channel;

import com.google.crypto.tink.Mac;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.alarm.Alarms;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.core.notification.escalation.AlarmSteps;
import vn.dcim.core.notification.escalation.EscalationPolicy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * Acknowledging an alarm from the message: a link signed with HMAC-SHA256 (Tink, key "ack-links" of
 * the key directory), naming the alarm and the person it was sent to; single use and expiring. Only a POST
 * acknowledges: chat apps fetch a link's page to preview it, so the page only asks for confirmation.
 * Telegram's inline button carries the link's id alone (its callback data holds 64 bytes); the callback
 * comes through the webhook whose path holds a secret, from the chat the message was sent to.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AckLinks {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final AckLinkRepository links;
    private final KeyDirectory keys;
    private final Clock clock;
    private final BeanProvider<Alarms> alarms;
    private final AlarmSteps steps;
    private final EscalationPolicy policy;

    /** What a link stands for. */
    public record Link(String id, long alarmId, String person, Instant expiresAt, @Nullable Instant usedAt) {
    }

    /** Why a link does not acknowledge; each has its HTTP status and message key. */
    public enum Refusal {
        malformed(400), tampered(403), unknown(404), used(409), expired(410);

        public final int status;

        Refusal(int status) {
            this.status = status;
        }

        public String key() {
            return "error.ack-link." + name();
        }
    }

    public static final class AckRefused extends RuntimeException {
        private final Refusal refusal;

        public AckRefused(Refusal refusal) {
            super("the acknowledgement link is " + refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A new link for the person about the alarm; the token "id.signature" goes into the message. */
    public String issue(long alarmId, String person) {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        String id = B64.encodeToString(raw);
        Instant now = clock.instant();
        links.save(new AckLink(id, alarmId, person, now, now.plus(policy.ackLinkValid()), null));
        return id + "." + sign(id);
    }

    /** The link of a token whose signature holds; refused when tampered, unknown, used or expired. */
    public Link open(String token) {
        Link link = find(idOf(token));
        if (link.usedAt() != null) {
            throw new AckRefused(Refusal.used);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new AckRefused(Refusal.expired);
        }
        return link;
    }

    /**
     * Acknowledges the alarm as the link's person, once; {@code via} ("link", "telegram") goes into the history. The link's
     * use, the acknowledgement and its step commit together, or none of them.
     */
    @Transactional
    public Link acknowledge(String token, String via) {
        return use(open(token), via);
    }

    /** Telegram's button: the link by its id alone, from the chat the message went to (checked by the caller); one transaction. */
    @Transactional
    public Link acknowledgeById(String id, String via) {
        Link link = find(id);
        if (link.usedAt() != null) {
            throw new AckRefused(Refusal.used);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new AckRefused(Refusal.expired);
        }
        return use(link, via);
    }

    public Link find(String id) {
        return links.findById(id).map(AckLink::link).orElseThrow(() -> new AckRefused(Refusal.unknown));
    }

    private Link use(Link link, String via) {
        Instant now = clock.instant();
        // single use: only the first of two clicks finds the link unused and not expired
        if (links.use(link.id(), now) != 1) {
            throw new AckRefused(Refusal.used);
        }
        alarms.get().acknowledge(link.alarmId(), link.person(), "acknowledged from a message (" + via + ")");
        steps.acknowledged(link.alarmId(), link.person(), via);
        return new Link(link.id(), link.alarmId(), link.person(), link.expiresAt(), now);
    }

    private String idOf(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{40,60}")) {
            throw new AckRefused(Refusal.malformed);
        }
        String id = token.substring(0, 22);
        try {
            keys.mac("ack-links").verifyMac(Base64.getUrlDecoder().decode(token.substring(23)), id.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new AckRefused(Refusal.tampered);
        }
        return id;
    }

    private String sign(String id) {
        try {
            Mac mac = keys.mac("ack-links");
            return B64.encodeToString(mac.computeMac(id.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an acknowledgement link: " + e.getMessage(), e);
        }
    }
}
