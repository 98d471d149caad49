package vn.dcim.core.notification.channel;

import jakarta.inject.Singleton;

/**
 * Telegram's inline button (issue 35): its callback data "ack:{link id}" acknowledges the link's alarm only when
 * it comes from the chat of a Telegram contact of the person the link was sent to.
 */
@Singleton
public class TelegramCallbacks {
    private final AckLinks links;
    private final NotifiedPersonRepository people;
    private final PersonContactRepository contacts;

    TelegramCallbacks(AckLinks links, NotifiedPersonRepository people, PersonContactRepository contacts) {
        this.links = links;
        this.people = people;
        this.contacts = contacts;
    }

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
}
