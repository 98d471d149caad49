package vn.dcim.core.document;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** What a document is without its content: a list or a record names it without reading the blob. */
@Introspected
record DocumentHead(Long id, String name, String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
    StoredDocument stored() {
        return new StoredDocument(id, name, contentType, sizeBytes, sha256, uploadedBy, uploadedAt, StoredDocument.url(id));
    }
}
