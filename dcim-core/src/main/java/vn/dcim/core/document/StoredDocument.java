package vn.dcim.core.document;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An uploaded document as the API shows it (never its content): what it is, who brought it, and where to take it away. */
@Serdeable
public record StoredDocument(long id, String name, String contentType, long size, String sha256, String uploadedBy,
                             Instant uploadedAt, String url) {

    static String url(long id) {
        return "/api/documents/" + id;
    }
}
