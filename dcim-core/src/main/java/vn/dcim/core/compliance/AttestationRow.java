package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An attestation as compliance_attestation holds it. The document of an attestation from before the encrypted store
 * (its own MEDIUMBLOB column) is not mapped: it is read only when taken away ({@link AttestationRepository#legacyDocument}).
 */
@MappedEntity("compliance_attestation")
record AttestationRow(@Id @GeneratedValue @Nullable Long id, String requirementId, Attestation.Kind kind, String note,
                      @Nullable String documentName, @Nullable String documentType, @Nullable Long documentId,
                      String attestedBy, Instant attestedAt, @Nullable Instant validUntil) {

    Attestation attestation() {
        return new Attestation(id, requirementId, kind, note, documentName, attestedBy, attestedAt, validUntil, documentId);
    }
}
