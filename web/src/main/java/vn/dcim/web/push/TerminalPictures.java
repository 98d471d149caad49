package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.access.AccessLog;
import vn.dcim.core.devicelog.ReceiverCounts;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.personal.RetentionPolicy;
import vn.dcim.core.push.PushCredential;
import vn.dcim.core.push.PushCredentials;
import vn.dcim.core.push.TerminalPictureFetches;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pictures a Hikvision terminal names by their address on it (pictureURL, faceURL) instead of pushing them: fetched
 * from that terminal with its own account, kept as the face picture of their access event the way a pushed picture is
 * (encrypted, with the door's site, under the pictures' retention, each later reading audited). The push is answered
 * at once; the fetch runs on the blocking executor, never on the event loop, and a terminal that does not answer is
 * asked again later. Only the address the push came from is ever asked: an address naming another host, a redirect
 * away from it, a body too large or not a picture is refused, counted and logged.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
public class TerminalPictures {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalPictures.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final int BATCH = 20;

    private final PushCredentials credentials;
    private final TerminalPictureFetches fetches;
    private final AccessLog accessLog;
    private final FacePictures pictures;
    private final ReceiverCounts counts;
    private final Clock clock;
    private final TerminalPictureSettings settings;
    private final ExecutorService executor;
    private final TerminalPictureFetcher fetcher;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    TerminalPictures(PushCredentials credentials, TerminalPictureFetches fetches, AccessLog accessLog, FacePictures pictures,
                     ReceiverCounts counts, Clock clock, TerminalPictureSettings settings, RetentionPolicy policy,
                     @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.credentials = credentials;
        this.fetches = fetches;
        this.accessLog = accessLog;
        this.pictures = pictures;
        this.counts = counts;
        this.clock = clock;
        this.settings = settings;
        this.executor = executor;
        this.fetcher = new TerminalPictureFetcher(settings.connectTimeout(), settings.readTimeout(), settings.deadline(),
                policy.maxPictureBytes(), clock);
    }

    /** What became of a picture named by address, for the push's line in the device log. */
    public enum Offered {
        /** No account of the terminal is kept: the picture stays on it. */
        left_on_terminal,
        /** To be fetched from the terminal. */
        to_fetch,
        /** Its address is not the terminal's own: refused, never fetched. */
        refused
    }

    /**
     * The picture of access event {@code event}, which credential {@code c}'s terminal pushed from {@code source} naming
     * the picture at {@code address}: noted to be fetched when the terminal's account is kept and the address is the
     * push's own; refused (counted {@code picture_refused_host}) when it names another host.
     */
    Offered offer(PushCredential c, AccessEvent event, String address, String source) {
        if (c.terminalUser() == null) {
            return Offered.left_on_terminal;
        }
        Optional<URI> url = TerminalAddress.of(address, source);
        if (url.isEmpty()) {
            counts.add(PushReceiver.RECEIVER, "picture_refused_host");
            LOG.warn("Device {} pushed from {} names the picture of access event {} at {}: not its own address, not fetched",
                    c.deviceId(), source, event.messageId(), address);
            return Offered.refused;
        }
        try {
            if (fetches.offer(c.id(), c.deviceId(), event.messageId(), url.get().toString(), source)) {
                counts.add(PushReceiver.RECEIVER, "picture_to_fetch");
            }
        } catch (RuntimeException e) {
            counts.add(PushReceiver.RECEIVER, "picture_failed");
            LOG.warn("Noting the picture of device {} to fetch failed: {}", c.deviceId(), e.getMessage());
            return Offered.left_on_terminal;
        }
        soon();
        return Offered.to_fetch;
    }

    /** Looks for the pictures due now on the blocking executor; one look at a time, another right after if asked meanwhile. */
    void soon() {
        again.set(true);
        try {
            executor.execute(this::fetchDue);
        } catch (RejectedExecutionException e) {
            // shutting down: the pictures stay noted and are fetched after the start
            LOG.debug("Picture fetch not started: {}", e.getMessage());
        }
    }

    /** The pictures due: fetched, kept, refused or put off. Also on a timer, for those put off and those of another instance that stopped. */
    @Scheduled(fixedDelay = "${dcim.push.pictures.interval:30s}", initialDelay = "20s")
    void fetchDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            do {
                again.set(false);
                List<TerminalPictureFetches.Pending> due = fetches.claimDue(BATCH, LEASE);
                for (TerminalPictureFetches.Pending p : due) {
                    fetchOne(p);
                }
                if (due.size() == BATCH) {
                    again.set(true);
                }
            } while (again.get());
        } catch (RuntimeException e) {
            LOG.warn("Fetching the pictures due from their terminals failed: {}", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    private void fetchOne(TerminalPictureFetches.Pending p) {
        Optional<PushCredentials.TerminalAccount> account = credentials.terminalAccount(p.credentialId());
        Optional<AccessEvent> event = accessLog.byMessage(p.deviceId(), p.messageId());
        if (account.isEmpty() || event.isEmpty()) {
            // the account was forgotten, the credential withdrawn or the event erased meanwhile: nothing to fetch for
            fetches.finished(p.id());
            counts.add(PushReceiver.RECEIVER, "picture_dropped");
            LOG.info("Picture of access event {} of device {} no longer fetched: {}", p.messageId(), p.deviceId(),
                    account.isEmpty() ? "no account of the terminal kept" : "the event is no longer in the log");
            return;
        }
        TerminalPictureFetcher.Outcome outcome = TerminalAddress.of(p.url(), p.sourceAddress())
                .map(u -> fetcher.fetch(u, p.sourceAddress(), account.get()))
                .orElse(new TerminalPictureFetcher.Outcome.Refused("picture_refused_host", "not the terminal's address"));
        if (outcome instanceof TerminalPictureFetcher.Outcome.Picture picture) {
            keep(p, event.get(), picture.content());
        } else if (outcome instanceof TerminalPictureFetcher.Outcome.Refused refused) {
            fetches.finished(p.id());
            counts.add(PushReceiver.RECEIVER, refused.outcome());
            LOG.warn("Picture of access event {} of device {} at {} refused: {}", p.messageId(), p.deviceId(), p.url(), refused.why());
        } else if (outcome instanceof TerminalPictureFetcher.Outcome.Unreachable unreachable) {
            putOff(p, unreachable.why());
        }
    }

    private void keep(TerminalPictureFetches.Pending p, AccessEvent e, byte[] content) {
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

    /** Asked again after the pause, doubled at each attempt up to an hour; given up once the picture is too old to chase. */
    private void putOff(TerminalPictureFetches.Pending p, String why) {
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

    @PreDestroy
    void close() throws IOException {
        fetcher.close();
    }
}
