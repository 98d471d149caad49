package vn.dcim.core.shift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One line of a handover: an open alarm, an incident, maintenance running, a work order, or an event of
 * the shift. {@code kind} says which (alarm-raised, alarm-cleared, incident-opened, journal ...), {@code ref}
 * what it points at (alarm 12, incident 3, work order 7), {@code text} what it said then.
 */
@Serdeable
public record HandoverItem(@Nullable Instant at, String kind, String ref, String text) {
}
