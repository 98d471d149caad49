package vn.dcim.core.suppression;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A planned maintenance window (Art. 14.4): alarms inside it are recorded, marked suppressed with
 * the window named, and not notified. {@code startsAt}..{@code endsAt} is the (first) occurrence; an
 * {@code rrule} (RFC 5545) repeats it in {@code timeZone}, the center's zone when it was made. {@code endedAt}:
 * ended early or cancelled; nothing is covered from then on.
 */
@Serdeable
@MappedEntity("maintenance_window")
public record MaintenanceWindow(@Id @GeneratedValue @Nullable Long id, TargetKind targetKind, String targetId,
                                Instant startsAt, Instant endsAt, @Nullable String rrule, @Nullable String timeZone,
                                @Nullable String reason, @Nullable String createdBy, @Nullable Instant createdAt,
                                @Nullable Instant endedAt) {

    public boolean recurring() {
        return rrule != null && !rrule.isBlank();
    }

    MaintenanceWindow endedAt(Instant at) {
        return new MaintenanceWindow(id, targetKind, targetId, startsAt, endsAt, rrule, timeZone, reason, createdBy, createdAt, at);
    }
}
