package vn.dcim.core.shift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A handover as stored: its summary as the JSON it was written in; {@link Handover} is what the log answers. */
@MappedEntity("shift_handover")
record HandoverEntry(@Id @GeneratedValue @Nullable Long id, String outgoing, Instant shiftStart, Instant shiftEnd, String spanSource,
                     Instant openedAt, String summary, @Nullable String notes, @Nullable String incoming, @Nullable Instant acceptedAt) {
}
