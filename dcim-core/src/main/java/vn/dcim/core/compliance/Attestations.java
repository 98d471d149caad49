package vn.dcim.core.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.document.StoredDocument;

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
    private final AttestationRepository attestations;
    private final AuditLog audit;
    private final Clock clock;

    @Introspected
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
        Attestation a = attestations.save(new AttestationRow(null, r.id(), kind, note, doc == null ? null : doc.name(),
                doc == null ? null : doc.contentType(), doc == null ? null : doc.id(), by, at, until)).attestation();
        audit.record(by, "compliance_requirement", r.id(), kind == Attestation.Kind.attested ? "attest" : "not_applicable", null, a);
        return a;
    }

    /** The latest word on each requirement. */
    public Map<String, Attestation> latest() {
        Map<String, Attestation> out = new HashMap<>();
        attestations.allInOrder().forEach(a -> out.put(a.requirementId(), a.attestation()));
        return out;
    }

    public List<Attestation> of(String requirementId) {
        return attestations.ofRequirement(requirementId).stream().map(AttestationRow::attestation).toList();
    }

    /** The document of an attestation from before the encrypted store (kept in its own column). */
    public Optional<Document> document(String requirementId, long id) {
        return attestations.legacyDocument(requirementId, id);
    }
}
