package vn.dcim.web.push;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.access.AccessEvent;
import vn.dcim.core.devicelog.ReceiverCounts;
import vn.dcim.core.push.PushCredential;
import vn.dcim.core.push.TerminalPictureFetches;

import java.net.URI;
import java.time.Duration;
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
 * away from it, a body too large or not a picture is refused, counted and logged. This is the queue of pictures due;
 * {@link TerminalPictureFetch} asks for one, {@link FetchedPictures} records what it gave.
 */
@Singleton
@Requires(property = "dcim.collector.enabled", notEquals = "true")
public class TerminalPictures {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalPictures.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final TerminalPictureFetches fetches;
    private final TerminalPictureFetch fetch;
    private final ReceiverCounts counts;
    private final ExecutorService executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    TerminalPictures(TerminalPictureFetches fetches, TerminalPictureFetch fetch, ReceiverCounts counts,
                     @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.fetches = fetches;
        this.fetch = fetch;
        this.counts = counts;
        this.executor = executor;
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

    /**
     * The pictures due: fetched, kept, refused or put off. Also on a timer, for those put off and those of another instance
     * that stopped; its first look one interval after the start, as every later one (a push starts a look at once).
     */
    @Scheduled(fixedDelay = "${dcim.push.pictures.interval:30s}", initialDelay = "${dcim.push.pictures.interval:30s}")
    void fetchDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            do {
                again.set(false);
                List<TerminalPictureFetches.Pending> due = fetches.claimDue(BATCH, LEASE);
                for (TerminalPictureFetches.Pending p : due) {
                    fetch.fetch(p);
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
}
