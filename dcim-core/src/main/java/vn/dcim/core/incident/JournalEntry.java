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
 * <p>
 * A note written by someone who sees only part of the incident keeps that part: {@code agencyId} for an agency's
 * person (the note is the agency's, QĐ 11/2023 Điều 17 khoản 3), {@code withinSites} (comma-separated) for an
 * operator limited to sites. Both empty: the centre's staff wrote it, and it may name anything the incident touched.
 */
@Serdeable
@MappedEntity("incident_journal")
public record JournalEntry(@Id @GeneratedValue @Nullable Long id, Long incidentId, Instant at, String author, Kind kind, String text,
                           @Nullable String textKey, @Nullable String textArgs, @Nullable Long agencyId, @Nullable String withinSites) {

    /** The sites of the part its writer saw; empty when the writer was not limited to sites. */
    public java.util.Set<String> writtenWithinSites() {
        return withinSites == null || withinSites.isBlank() ? java.util.Set.of() : java.util.Set.of(withinSites.split(","));
    }

    public enum Kind { opened, alarm, note, status, level, escalation, backup, closed }
}
