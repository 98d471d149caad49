package vn.dcim.core.suppression;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A new maintenance window as asked for: its target, first occurrence, optional RRULE and reason. */
public record WindowRequest(@Nullable TargetKind targetKind, @Nullable String targetId, @Nullable Instant startsAt,
                            @Nullable Instant endsAt, @Nullable String rrule, @Nullable String reason) {
}
