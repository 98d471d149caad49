package vn.dcim.web.api.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.dcim.core.device.DiscoveredSource;

import java.time.Instant;

/** A discovered vendor source as the API shows it. */
@Serdeable
public record SourceView(long id, String url, String display, String dialect, String source, String state,
                         @Nullable String deviceId, Instant firstSeen, Instant lastSeen, long messageCount,
                         String lastTopic, String lastPayload, String wouldGive) {
    static SourceView of(DiscoveredSource s) {
        return new SourceView(s.id(), "/api/sources/" + s.id(), s.dialect() + " " + s.sourceId(), s.dialect(), s.sourceId(),
                s.state().name(), s.deviceId(), s.firstSeen(), s.lastSeen(), s.messageCount(), s.lastTopic(),
                s.lastPayload(), s.wouldGive());
    }
}
