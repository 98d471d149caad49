package vn.dcim.core.document;

import jakarta.inject.Singleton;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.crypto.Digests;
import vn.dcim.core.crypto.FirstUseAead;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.core.error.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evidence documents (attestations, the records register of Art. 12.1), encrypted at rest
 * (Art. 30.7c; QĐ 22/2021 Art. 8.1) with the key "documents" of the {@link KeyDirectory}: AES-256-GCM,
 * the row's random reference as associated data, so a ciphertext copied onto another row does not
 * open. A copy of the database or of a backup alone reveals no document. Uploads and downloads are audited.
 */
@Singleton
public class Documents {
    /** A plain file name: no folder part, no control character (a path in the name is refused, not cut). */
    private static final Pattern NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,255}");

    private final EvidenceDocumentRepository kept;
    private final FirstUseAead aead;
    private final AuditLog audit;
    private final Clock clock;
    private final DocumentSettings settings;

    Documents(EvidenceDocumentRepository kept, KeyDirectory keys, AuditLog audit, Clock clock, DocumentSettings settings) {
        this.kept = kept;
        this.aead = new FirstUseAead(keys, "documents");
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    public record Content(StoredDocument document, byte[] bytes) {
    }

    public long maxBytes() {
        return settings.limit();
    }

    /** Checks, encrypts and keeps a document; refused with a {@link DocumentRefusedException} saying why. */
    public StoredDocument store(String name, String contentType, byte[] content, String by) {
        String clean = name == null ? "" : name.trim();
        if (!NAME.matcher(clean).matches() || clean.equals(".") || clean.equals("..")) {
            throw new DocumentRefusedException(DocumentRefusedException.Why.invalid,
                    "the file name must be a plain name of 1 to 255 characters, without a folder (no / or \\)");
        }
        if (content.length == 0) {
            throw new DocumentRefusedException(DocumentRefusedException.Why.invalid, "the document " + clean + " is empty");
        }
        if (content.length > settings.limit()) {
            throw new DocumentRefusedException(DocumentRefusedException.Why.too_large,
                    "the document is " + content.length + " bytes; at most " + settings.limit() + " (DCIM_DOCUMENT_MAX_BYTES)");
        }
        DocumentType type = DocumentType.of(contentType).orElseThrow(() -> new DocumentRefusedException(DocumentRefusedException.Why.wrong_type,
                "a document of type " + contentType + " is not kept; allowed: " + DocumentType.allowed()));
        if (!type.matches(content)) {
            throw new DocumentRefusedException(DocumentRefusedException.Why.wrong_type,
                    "the content of " + clean + " is not a " + type.name().toUpperCase() + " document, as its type " + type.mediaType() + " says");
        }
        String ref = UUID.randomUUID().toString();
        byte[] sealed;
        try {
            sealed = aead.get().encrypt(content, ref.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a document: " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        String sha = Digests.sha256(content);
        long id = kept.save(new EvidenceDocument(null, ref, clean, type.mediaType(), content.length, sha, sealed, by, now)).id();
        StoredDocument d = new StoredDocument(id, clean, type.mediaType(), content.length, sha, by, now, StoredDocument.url(id));
        audit.record(by, "document", id, "upload", null, d);
        return d;
    }

    public Optional<StoredDocument> find(long id) {
        return kept.searchById(id).map(DocumentHead::stored);
    }

    public StoredDocument get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    /** The document decrypted, the download audited with who took it. */
    public Content open(long id, String by) {
        EvidenceDocument s = kept.findById(id).orElseThrow(() -> new NotFoundException("document", id));
        byte[] plain;
        try {
            plain = aead.get().decrypt(s.content(), s.ref().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Document " + id + " does not decrypt with the installation's key (another key directory?)", e);
        }
        audit.record(by, "document", id, "download", null, null);
        return new Content(new StoredDocument(id, s.name(), s.contentType(), s.sizeBytes(), s.sha256(), s.uploadedBy(), s.uploadedAt(),
                StoredDocument.url(id)), plain);
    }
}
