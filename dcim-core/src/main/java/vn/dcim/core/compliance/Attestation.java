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
                          String attestedBy, Instant attestedAt, @Nullable Instant validUntil, @Nullable Long documentId) {

    public enum Kind { attested, not_applicable }

    public boolean hasDocument() {
        return documentName != null;
    }

    /** Where the document is taken away: the encrypted store for uploads, the attestation's own column for older ones. */
    @Nullable
    @com.fasterxml.jackson.annotation.JsonProperty("documentUrl")
    public String documentUrl() {
        return documentId != null ? "/api/documents/" + documentId
                : documentName != null ? "/api/compliance/" + requirementId + "/attestations/" + id + "/document" : null;
    }
}
