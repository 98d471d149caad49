package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.document.StoredDocument;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Attestations and not-applicable declarations, each audited. */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Attestations {
    private static final String COLUMNS = "id, requirement_id, kind, note, document_name, attested_by, attested_at, valid_until, document_id";
    private final Jdbc jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public record Document(String name, String type, byte[] content) {
    }

    /**
     * Confirms a requirement for {@code validDays} from now, with a note and optionally a document
     * kept (encrypted) in the documents store, its evidence.
     */
    public Attestation attest(Requirement r, String note, @Nullable StoredDocument document, int validDays, String by) {
        Instant now = clock.instant();
        return save(r, Attestation.Kind.attested, note, document, now, now.plus(Duration.ofDays(validDays)), by);
    }

    /** Art. of the center's choice: the requirement does not apply here, for the stated reason. */
    public Attestation notApplicable(Requirement r, String reason, String by) {
        return save(r, Attestation.Kind.not_applicable, reason, null, clock.instant(), null, by);
    }

    private Attestation save(Requirement r, Attestation.Kind kind, String note, @Nullable StoredDocument doc, Instant at,
                             @Nullable Instant until, String by) {
        long id = jdbc.inTransaction("record an attestation", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO compliance_attestation (requirement_id, kind, note, "
                    + "document_name, document_type, document_id, attested_by, attested_at, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, r.id(), kind.name(), note, doc == null ? null : doc.name(), doc == null ? null : doc.contentType(),
                        doc == null ? null : doc.id(), by, Timestamp.from(at), until == null ? null : Timestamp.from(until));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        Attestation a = new Attestation(id, r.id(), kind, note, doc == null ? null : doc.name(), by, at, until, doc == null ? null : doc.id());
        audit.record(by, "compliance_requirement", r.id(), kind == Attestation.Kind.attested ? "attest" : "not_applicable", null, a);
        return a;
    }

    /** The latest word on each requirement. */
    public Map<String, Attestation> latest() {
        Map<String, Attestation> out = new HashMap<>();
        jdbc.list("read the attestations", "SELECT " + COLUMNS + " FROM compliance_attestation ORDER BY attested_at, id",
                rs -> out.put(rs.getString(2), row(rs)));
        return out;
    }

    public List<Attestation> of(String requirementId) {
        return jdbc.list("read the attestations of a requirement", "SELECT " + COLUMNS
                + " FROM compliance_attestation WHERE requirement_id = ? ORDER BY attested_at DESC, id DESC", Attestations::row, requirementId);
    }

    /** The document of an attestation from before the encrypted store (kept in its own column). */
    public Optional<Document> document(String requirementId, long id) {
        return jdbc.list("read an attestation document", "SELECT document_name, document_type, document FROM compliance_attestation "
                        + "WHERE requirement_id = ? AND id = ? AND document IS NOT NULL",
                rs -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3)), requirementId, id).stream().findFirst();
    }

    private static Attestation row(ResultSet rs) throws SQLException {
        Timestamp until = rs.getTimestamp(8);
        return new Attestation(rs.getLong(1), rs.getString(2), Attestation.Kind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), until == null ? null : until.toInstant(),
                rs.getObject(9) == null ? null : rs.getLong(9));
    }
}
