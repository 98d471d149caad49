package vn.dcim.core.push;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pictures still to fetch from the terminals that pushed their events naming them by address: kept in the
 * database so a terminal unreachable now is asked again later, after a restart too, and claimed for a while before
 * each attempt so two instances never fetch one picture twice. Whose picture it is stays in the access log alone.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TerminalPictureFetches {
    private final PictureFetchRepository fetches;
    private final Clock clock;

    /** One picture to fetch: from {@code url}, only while its host is {@code sourceAddress}, the address the event was pushed from. */
    public record Pending(long id, long credentialId, String deviceId, String messageId, String url, String sourceAddress, int attempts,
                          Instant createdAt) {
    }

    /** Keeps a picture to fetch, due at once; the same event's picture offered again is kept once. True when it is new. */
    public boolean offer(long credentialId, String deviceId, String messageId, String url, String sourceAddress) {
        Instant now = clock.instant();
        return fetches.offer(credentialId, deviceId, messageId, url, sourceAddress, now) > 0;
    }

    /**
     * At most {@code max} pictures due now, each claimed for {@code lease} (an attempt that dies with its instance is
     * taken up again once the lease is over), oldest due first.
     */
    public List<Pending> claimDue(int max, Duration lease) {
        Instant now = clock.instant();
        List<PictureFetch> due = fetches.due(now, max);
        List<Pending> claimed = new ArrayList<>();
        for (PictureFetch p : due) {
            // the row is ours only if no one claimed it since it was read
            if (fetches.claim(p.id(), now, now.plus(lease)) == 1) {
                claimed.add(p.pending());
            }
        }
        return claimed;
    }

    /** The picture is kept, refused or given up: nothing more to fetch. */
    public void finished(long id) {
        fetches.deleteById(id);
    }

    /** The terminal did not answer: asked again at {@code at}, the attempt and its reason kept. */
    public void retryAt(long id, Instant at, String why) {
        fetches.putOff(id, at, why.length() > 300 ? why.substring(0, 300) : why);
    }
}
