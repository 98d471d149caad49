package vn.dcim.core.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Art. 13.3c: one line of how the incident developed and what was done. {@code text} is the line in
 * English (or, without {@code textKey}, what a person typed, or a line written by an older release); a line the
 * product writes also has its message key and arguments (a JSON array) to be told in the reader's language.
 */
@Serdeable
@MappedEntity("incident_journal")
public record JournalEntry(@Id @GeneratedValue @Nullable Long id, Long incidentId, Instant at, String author, Kind kind, String text,
                           @Nullable String textKey, @Nullable String textArgs) {

    public enum Kind { opened, alarm, note, status, level, escalation, backup, closed }
}
