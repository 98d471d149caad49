package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.devicelog.ReceiverCounts;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.push.TerminalPictureFetches;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What became of a picture asked of its terminal, written in the fetches' register: kept as the face picture of its
 * access event (as a pushed one is), refused for good, or put off and asked again later; each counted and logged.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FetchedPictures {
    private static final Logger LOG = LoggerFactory.getLogger(FetchedPictures.class);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final TerminalPictureFetches fetches;
    private final FacePictures pictures;
    private final ReceiverCounts counts;
    private final TerminalPictureSettings settings;
    private final Clock clock;

    void keep(TerminalPictureFetches.Pending p, AccessEvent e, byte[] content) {
        try {
            pictures.store(new FacePictures.Pushed(p.deviceId(), e.siteId(), e.messageId(), e.person(), e.badge(), e.deviceTime(), content));
            counts.add(PushReceiver.RECEIVER, "picture_fetched");
            counts.add(PushReceiver.RECEIVER, "picture_kept");
            fetches.finished(p.id());
        } catch (InvalidInputException x) {
            // the terminal said image/jpeg but sent something else, or too much: refused as a pushed one would be
            fetches.finished(p.id());
            counts.add(PushReceiver.RECEIVER, "picture_refused");
            LOG.warn("Picture fetched from device {} for access event {} not kept: {}", p.deviceId(), p.messageId(), x.getMessage());
        }
    }

    /** Refused for good (counted under {@code outcome}): asking again would give the same. */
    void refused(TerminalPictureFetches.Pending p, String outcome, String why) {
        fetches.finished(p.id());
        counts.add(PushReceiver.RECEIVER, outcome);
        LOG.warn("Picture of access event {} of device {} at {} refused: {}", p.messageId(), p.deviceId(), p.url(), why);
    }

    /** No longer fetched: the account was forgotten, the credential withdrawn or the event erased meanwhile. */
    void dropped(TerminalPictureFetches.Pending p, String why) {
        fetches.finished(p.id());
        counts.add(PushReceiver.RECEIVER, "picture_dropped");
        LOG.info("Picture of access event {} of device {} no longer fetched: {}", p.messageId(), p.deviceId(), why);
    }

    /** Asked again after the pause, doubled at each attempt up to an hour; given up once the picture is too old to chase. */
    void putOff(TerminalPictureFetches.Pending p, String why) {
        Instant now = clock.instant();
        if (!now.isBefore(p.createdAt().plus(settings.giveUpAfter()))) {
            fetches.finished(p.id());
            counts.add(PushReceiver.RECEIVER, "picture_gave_up");
            LOG.warn("Picture of access event {} of device {} given up after {} attempts: {}", p.messageId(), p.deviceId(), p.attempts() + 1, why);
            return;
        }
        Duration pause = settings.retryAfter().multipliedBy(1L << Math.min(p.attempts(), 12));
        fetches.retryAt(p.id(), now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause), why);
        counts.add(PushReceiver.RECEIVER, "picture_retry");
        LOG.info("Terminal of device {} did not give the picture of access event {} ({}): asked again in {}", p.deviceId(), p.messageId(),
                why, pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }
}
