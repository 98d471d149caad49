package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.devicelog.ReceiverCounts;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.push.PushCredential;

import java.util.List;
import java.util.Optional;

/**
 * The face pictures that come with pushed access events: a pushed picture kept with its event (encrypted), a ZKTeco
 * photo with the punch it belongs to, and a picture a terminal names by its address handed to {@link TerminalPictures}.
 * A picture refused (too large, not an image) is counted and logged: the event itself is stored either way.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PushPictures {
    private static final Logger LOG = LoggerFactory.getLogger(PushPictures.class);

    private final FacePictures pictures;
    private final AccessLog accessLog;
    private final TerminalPictures terminalPictures;
    private final ReceiverCounts counts;

    /** Kept, or refused (too large, not an image) counted and logged. */
    void keep(PushCredential c, FacePictures.Pushed p, String address) {
        try {
            pictures.store(p);
            counts.add(PushReceiver.RECEIVER, "picture_kept");
        } catch (InvalidInputException e) {
            refuse(c, address, e.getMessage());
        } catch (RuntimeException e) {
            counts.add(PushReceiver.RECEIVER, "picture_failed");
            LOG.warn("Keeping the picture pushed by device {} failed: {}", c.deviceId(), e.getMessage());
        }
    }

    /** A ZKTeco photo belongs to the punch of the same person at the same second (ATTLOG's id), stored or still to come. */
    void keepZktecoPhoto(PushCredential c, ZktecoPhoto p, String address) {
        String messageId = p.pin() == null ? null : "att-" + p.pin() + "-" + p.localTime();
        Optional<AccessEvent> event = messageId == null ? Optional.empty() : accessLog.byMessage(c.deviceId(), messageId);
        keep(c, new FacePictures.Pushed(c.deviceId(), c.siteId(), messageId, event.map(AccessEvent::person).orElse(p.pin()),
                event.map(AccessEvent::badge).orElse(p.pin()), p.takenAt(), p.content()), address);
    }

    void refuse(PushCredential c, String address, String why) {
        counts.add(PushReceiver.RECEIVER, "picture_refused");
        LOG.warn("Picture pushed by device {} from {} not kept: {}", c.deviceId(), address, why);
    }

    /**
     * The terminal sent where it keeps the picture of event {@code e}, not the picture: the event is stored at once, and
     * the picture fetched later from this very terminal where its own account is kept (the push credential proves the
     * terminal to us, not us to the terminal), else its address noted in the device log. The note for the push's line.
     */
    String named(PushCredential c, AccessEvent e, List<String> pictureAddresses, String address) {
        String at = pictureAddresses.get(0);
        return switch (terminalPictures.offer(c, e, at, address)) {
            case to_fetch -> "; picture to be fetched from the terminal at " + at;
            case refused -> "; picture address refused (not the terminal's own): " + at;
            case left_on_terminal -> {
                counts.add(PushReceiver.RECEIVER, "picture_left_on_terminal");
                LOG.info("Device {} keeps the picture of access event {} at {}: not fetched (no account of the terminal kept)",
                        c.deviceId(), e.messageId(), at);
                yield "; picture left on the terminal at " + String.join(" ", pictureAddresses);
            }
        };
    }
}
