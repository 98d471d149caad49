package vn.dcim.web.teach;

import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.device.DiscoveredSource;
import vn.dcim.core.device.DiscoveredSources;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.site.LocationRegistry;

import java.time.Clock;
import java.util.List;

/**
 * A taught source bound to a monitored device (created if new) at a site, so the device's next message is its
 * reading; the binding's own mistakes are refused before the lesson writes anything.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SourceBinding {
    private final DiscoveredSources sources;
    private final LocationRegistry locations;
    private final Clock clock;

    void check(Lesson lesson) {
        if (!lesson.deviceId().trim().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new InvalidInputException("deviceId", "a device id of letters, digits, '.', '_' and '-' (at most 64)").explained("error.source.device-id");
        }
        if (lesson.siteId() == null || lesson.siteId().isBlank() || !locations.siteExists(lesson.siteId().trim())) {
            throw new InvalidInputException("siteId", "the site of the device").explained("teach.error.site");
        }
    }

    String bind(TeachService.Taught t, Lesson lesson) {
        String deviceId = lesson.deviceId().trim();
        String wouldGive = String.join("\n", t.readings().stream().map(r -> r.metric() + "[" + r.instance() + "] = "
                + (r.value() != null ? DialectWriter.number(r.value()) : r.text()) + (r.unit() == null ? "" : " " + r.unit())).toList());
        sources.heard(List.of(new DiscoveredSource.Heard(t.dialect(), t.sourceId(), clock.instant(), 1, lesson.topic(),
                lesson.payload(), wouldGive)));
        DiscoveredSource s = sources.byKey(t.dialect(), t.sourceId()).orElseThrow();
        sources.bind(s.id(), deviceId, lesson.siteId().trim(), t.sourceId());
        return deviceId;
    }
}
