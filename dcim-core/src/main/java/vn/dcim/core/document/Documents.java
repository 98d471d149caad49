package vn.dcim.core.document;

import jakarta.inject.Singleton;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.crypto.Digests;
import vn.dcim.core.crypto.FirstUseAead;
import vn.dcim.core.crypto.KeyDirectory;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.error.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
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
    private static final String COLUMNS = "id, name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";
    /** A plain file name: no folder part, no control character (a path in the name is refused, not cut). */
    private static final Pattern NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,255}");

    private final Jdbc jdbc;
    private final FirstUseAead aead;
    private final AuditLog audit;
    private final Clock clock;
    private final DocumentSettings settings;

    Documents(Jdbc jdbc, KeyDirectory keys, AuditLog audit, Clock clock, DocumentSettings settings) {
        this.jdbc = jdbc;
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
        long id = jdbc.inTransaction("keep a document", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_document (ref, name, content_type, size_bytes, sha256, content, "
                    + "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, ref, clean, type.mediaType(), (long) content.length, sha, sealed, by, Timestamp.from(now));
                ps.executeUpdate();
                try (ResultSet k = ps.getGeneratedKeys()) {
                    k.next();
                    return k.getLong(1);
                }
            }
        });
        StoredDocument d = new StoredDocument(id, clean, type.mediaType(), content.length, sha, by, now, StoredDocument.url(id));
        audit.record(by, "document", id, "upload", null, d);
        return d;
    }

    public Optional<StoredDocument> find(long id) {
        return jdbc.list("read a document", "SELECT " + COLUMNS + " FROM evidence_document WHERE id = ?", Documents::row, id).stream().findFirst();
    }

    public StoredDocument get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    /** The document decrypted, the download audited with who took it. */
    public Content open(long id, String by) {
        record Sealed(StoredDocument d, String ref, byte[] bytes) {
        }
        Sealed s = jdbc.list("read a document", "SELECT " + COLUMNS + ", ref, content FROM evidence_document WHERE id = ?",
                rs -> new Sealed(row(rs), rs.getString(8), rs.getBytes(9)), id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("document", id));
        byte[] plain;
        try {
            plain = aead.get().decrypt(s.bytes(), s.ref().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Document " + id + " does not decrypt with the installation's key (another key directory?)", e);
        }
        audit.record(by, "document", id, "download", null, null);
        return new Content(s.d(), plain);
    }

    private static StoredDocument row(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new StoredDocument(id, rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), StoredDocument.url(id));
    }
}
