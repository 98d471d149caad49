package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A responsible role's word on a requirement: {@code attested} (with a note or a document, valid until
 * a date) or {@code not_applicable} (with the center's stated reason).
 */
@Serdeable
public record Attestation(long id, String requirementId, Kind kind, String note, @Nullable String documentName,
                          String attestedBy, Instant attestedAt, @Nullable Instant validUntil) {

    public enum Kind { attested, not_applicable }

    public boolean hasDocument() {
        return documentName != null;
    }
}
