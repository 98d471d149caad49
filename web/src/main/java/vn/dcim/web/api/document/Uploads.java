package vn.dcim.web.api.document;

import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.agency.AgencyEquipment;
import vn.dcim.core.agency.EquipmentKind;
import vn.dcim.core.document.Documents;
import vn.dcim.core.document.StoredDocument;
import vn.dcim.core.scope.Scope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongFunction;

/**
 * A document uploaded through the API or a screen's form: refused before it is read into memory when larger than the
 * store takes, then stored (encrypted, audited); an agency's upload (its request letter) is its own document, which it
 * reads back and nobody else limited does.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Uploads {
    private final Documents documents;
    private final AgencyEquipment owners;

    /** {@code tooLarge}: the caller's refusal of a file over the store's limit (DCIM_DOCUMENT_MAX_BYTES), given that limit. */
    public StoredDocument store(CompletedFileUpload file, String by, Scope scope, LongFunction<? extends RuntimeException> tooLarge) {
        if (file.getSize() > documents.maxBytes()) {
            throw tooLarge.apply(documents.maxBytes());
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoredDocument stored = documents.store(file.getFilename(), file.getContentType().map(MediaType::toString).orElse(""), content, by);
        if (scope.byAgency()) {
            owners.assign(scope.agencyId(), EquipmentKind.document, String.valueOf(stored.id()), by);
        }
        return stored;
    }
}
