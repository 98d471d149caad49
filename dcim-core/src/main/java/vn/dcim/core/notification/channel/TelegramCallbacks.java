package vn.dcim.core.notification.channel;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.notification.NotificationTexts;

import java.time.Clock;

/**
 * Telegram's inline button: its callback data "ack:{link id}" acknowledges the link's alarm only when
 * it comes from the chat of a Telegram contact of the person the link was sent to. Whatever the outcome, the
 * person's Telegram shows a short answer in their language (answerCallbackQuery); without one the button
 * keeps spinning and they cannot tell whether it worked.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TelegramCallbacks {
    private final AckLinks links;
    private final NotifiedPersonRepository people;
    private final PersonContactRepository contacts;

    private final Clock clock;

    public AckLinks.Link acknowledge(String data, String chatId) {
        if (!data.matches("ack:[A-Za-z0-9_-]{22}")) {
            throw new AckLinks.AckRefused(AckLinks.Refusal.malformed);
        }
        AckLinks.Link link = links.find(data.substring(4));
        boolean theirChat = people.findByName(link.person())
                .map(p -> contacts.findByChannelTypeAndAddress("telegram", chatId).stream().anyMatch(c -> c.personId().equals(p.id())))
                .orElse(false);
        if (!theirChat) {
            throw new AckLinks.AckRefused(AckLinks.Refusal.tampered);
        }
        return links.acknowledgeById(link.id(), "telegram");
    }

    /** What the button answers: acknowledged, or why not. */
    public record Answer(@Nullable AckLinks.Link acknowledged, @Nullable AckLinks.Refusal refusal, String text) {
    }

    /** {@link #acknowledge}, told as the short text Telegram shows the person who pressed the button. */
    public Answer press(String data, String chatId) {
        try {
            AckLinks.Link done = acknowledge(data, chatId);
            return new Answer(done, null, texts(done.person()).get("ack.done", done.alarmId(), done.person()));
        } catch (AckLinks.AckRefused e) {
            String key = switch (e.refusal()) {
                case used -> "ack.refused.used";
                case expired -> "ack.refused.expired";
                default -> "ack.refused.other";
            };
            return new Answer(null, e.refusal(), texts(null).get(key));
        }
    }

    /** The person's language; Vietnamese when it is not known who pressed (a refused button). */
    private NotificationTexts texts(@Nullable String person) {
        String lang = person == null ? "vi" : people.findByName(person).map(NotifiedPerson::language).orElse("vi");
        return new NotificationTexts(lang, clock.getZone());
    }
}
