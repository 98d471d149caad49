package vn.dcim.core.shift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One line of a handover: an open alarm, an incident, maintenance running, a work order, or an event of
 * the shift. {@code kind} says which (alarm-raised, alarm-cleared, incident-opened, journal ...), {@code ref}
 * what it points at (alarm 12, incident 3, work order 7), {@code text} what it said then, in Vietnamese.
 * {@code key} and {@code args} are the same line as facts (a message key and its arguments: enum values,
 * equipment names, people, and references to an alarm's text, an incident's title or a journal line, see
 * {@link HandoverWords}), so that a screen or the printed log words it in its reader's language. A line
 * written before lines had keys has {@code text} alone, and is shown as written.
 */
@Serdeable
public record HandoverItem(@Nullable Instant at, String kind, String ref, String text, @Nullable String key, @Nullable List<String> args) {

    public HandoverItem(@Nullable Instant at, String kind, String ref, String text) {
        this(at, kind, ref, text, null, null);
    }
}
