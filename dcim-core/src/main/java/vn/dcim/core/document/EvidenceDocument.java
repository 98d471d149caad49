package vn.dcim.core.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A kept document as stored: its content sealed with the installation's key, its random {@code ref} as associated data. */
@MappedEntity("evidence_document")
record EvidenceDocument(@Id @GeneratedValue @Nullable Long id, String ref, String name, String contentType, long sizeBytes, String sha256,
                        byte[] content, String uploadedBy, Instant uploadedAt) {
}
