package vn.dcim.core.document;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code dcim.documents.max-bytes}: the largest evidence document taken (DCIM_DOCUMENT_MAX_BYTES,
 * 10 MiB by default). Kept at most 16 MiB less the cipher's overhead: the content is one MEDIUMBLOB.
 */
@ConfigurationProperties("dcim.documents")
public record DocumentSettings(@Bindable(defaultValue = "10485760") long maxBytes) {
    static final long CEILING = 16L * 1024 * 1024 - 1024;

    public long limit() {
        return Math.max(1, Math.min(maxBytes, CEILING));
    }
}
