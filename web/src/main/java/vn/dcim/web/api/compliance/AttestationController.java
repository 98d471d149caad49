package vn.dcim.web.api.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import vn.dcim.core.compliance.Attestation;
import vn.dcim.core.compliance.Attestations;
import vn.dcim.core.compliance.Catalogue;
import vn.dcim.core.compliance.ComplianceEvaluator;
import vn.dcim.core.compliance.Requirement;
import vn.dcim.core.document.Documents;
import vn.dcim.core.document.StoredDocument;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.security.SignedIn;

import java.util.Base64;
import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The confirmations of a requirement by its responsible role (a note, a document, a validity) and the declarations
 * that it does not apply, each judged at once.
 */
@Tag(name = "Compliance")
@Controller("/api/compliance")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AttestationController {
    private static final String ID = ComplianceController.ID;
    private final Catalogue catalogue;
    private final Attestations attestations;
    private final Documents documents;
    private final ComplianceEvaluator evaluator;

    @Operation(summary = "The attestations and not-applicable declarations of one requirement, newest first")
    @Get("/{id}/attestations")
    public List<Attestation> attestations(@PathVariable @Pattern(regexp = ID) String id) {
        known(id);
        return attestations.of(id);
    }

    /**
     * A confirmation by the responsible role: a note, optionally a document, valid for a number of days.
     * The document is one uploaded first (POST /api/documents, multipart) and named by {@code documentId},
     * or, for scripts, sent inline as base64 with its name and type; either way it is checked and kept encrypted.
     */
    @Serdeable
    public record AttestCommand(@NotBlank @Size(max = 4000) String note, @Nullable @Min(1) @Max(1830) Integer validDays,
                                @Nullable @Min(1) Long documentId,
                                @Nullable @Size(max = 255) String documentName, @Nullable @Size(max = 100) String documentType,
                                @Nullable @Size(max = 14_000_000) String documentBase64) {
    }

    @Serdeable
    public record NotApplicableCommand(@NotBlank @Size(max = 4000) String reason) {
    }

    @Operation(summary = "Attest a requirement (note or document, validity period); overdue once the validity ends")
    @Post("/{id}/attestations")
    @Status(HttpStatus.CREATED)
    public Attestation attest(@PathVariable @Pattern(regexp = ID) String id, @Valid @Body AttestCommand command, HttpRequest<?> request) {
        Requirement r = known(id);
        StoredDocument doc = null;
        if (command.documentId() != null) {
            doc = documents.find(command.documentId()).orElseThrow(() -> new InvalidInputException("documentId",
                    "no uploaded document " + command.documentId() + " (upload it first: POST /api/documents)")
                    .explained("error.document.unknown", command.documentId()));
        } else if (command.documentBase64() != null) {
            byte[] content;
            try {
                content = Base64.getDecoder().decode(command.documentBase64());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("documentBase64", "documentBase64 is not base64").explained("error.compliance.base64");
            }
            doc = documents.store(command.documentName() == null ? "document" : command.documentName(),
                    command.documentType() == null ? "application/octet-stream" : command.documentType(), content, SignedIn.name(request));
        }
        int days = command.validDays() != null ? command.validDays() : r.validityDays() != null ? r.validityDays() : 365;
        Attestation a = attestations.attest(r, command.note(), doc, days, SignedIn.name(request));
        evaluator.evaluate("vi");
        return a;
    }

    @Operation(summary = "Declare a requirement not applicable to this center, with the stated reason (audited)")
    @Post("/{id}/not-applicable")
    @Status(HttpStatus.CREATED)
    public Attestation notApplicable(@PathVariable @Pattern(regexp = ID) String id, @Valid @Body NotApplicableCommand command, HttpRequest<?> request) {
        Attestation a = attestations.notApplicable(known(id), command.reason(), SignedIn.name(request));
        evaluator.evaluate("vi");
        return a;
    }

    @Operation(summary = "The document of an attestation made before documents were kept encrypted (newer ones: /api/documents/{id})")
    @Get("/{id}/attestations/{attestationId}/document")
    public HttpResponse<byte[]> document(@PathVariable @Pattern(regexp = ID) String id, @PathVariable long attestationId) {
        known(id);
        var doc = attestations.document(id, attestationId).orElseThrow(() -> new NotFoundException("attestation document", attestationId));
        return HttpResponse.ok(doc.content()).contentType(doc.type() == null ? MediaType.APPLICATION_OCTET_STREAM : doc.type())
                .header("Content-Disposition", "attachment; filename=\"" + doc.name().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    }

    private Requirement known(String id) {
        return catalogue.find(id).orElseThrow(() -> new NotFoundException("requirement", id));
    }
}
