package vn.dcim.core.alarm;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Art. 30.8g: a device's drop is often told in the wrong order (a camera sends "video lost" just before the
 * broker says it went offline). When the root arrives, the alarms of the same device it explains, raised
 * since {@code since} and standing alone (of the root's instance, or any when the root is of the whole device), are filed under it as its symptoms, with their own symptoms: one
 * console row for the drop, whichever alarm came first. Called inside the raising's transaction, which the
 * repository's statements join.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EarlierSymptoms {
    private final AlarmRepository alarms;

    /** The ids filed under {@code rootId}; empty when nothing earlier was explained. */
    List<Long> adopt(String source, String instance, long rootId, Set<String> explained, Instant since) {
        if (explained.isEmpty()) {
            return List.of();
        }
        return file(rootId, alarms.standingAloneOnTheDevice(source, instance, rootId, explained, since));
    }

    /**
     * The site's alarm (grid lost) takes the alarms of the site's devices it explains, raised since {@code since} and
     * standing alone or waiting for their cause, with their own symptoms. The ids filed under {@code rootId}.
     */
    List<Long> adoptOnTheSite(long rootId, Set<String> explained, Instant since) {
        if (explained.isEmpty()) {
            return List.of();
        }
        return file(rootId, alarms.standingAloneOnTheSite(rootId, explained, since));
    }

    private List<Long> file(long rootId, List<Long> ids) {
        for (long id : ids) {
            alarms.fileUnder(rootId, id);
            alarms.holdBack(id);
        }
        return ids;
    }
}
