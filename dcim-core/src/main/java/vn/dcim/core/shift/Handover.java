package vn.dcim.core.shift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A shift handover (QĐ 11/2023 Art. 12.1i, nhật ký vận hành): the outgoing operator's draft over the shift
 * [shiftStart, shiftEnd), pre-filled with {@code summary} and their {@code notes}, accepted by the incoming
 * operator (another person). {@code spanSource} tells where the shift's start came from: {@code roster}
 * (the duty roster), {@code handover} (the last accepted handover) or {@code default} (the last 24 hours).
 * Once accepted it never changes.
 */
@Serdeable
public record Handover(long id, String outgoing, Instant shiftStart, Instant shiftEnd, String spanSource, Instant openedAt,
                       HandoverSummary summary, @Nullable String notes, @Nullable String incoming, @Nullable Instant acceptedAt) {

    public boolean accepted() {
        return acceptedAt != null;
    }
}
