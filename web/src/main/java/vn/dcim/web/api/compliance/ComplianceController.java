package vn.dcim.web.api.compliance;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.Requirement;
import vn.dcim.core.document.Documents;
import vn.dcim.core.document.StoredDocument;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.web.i18n.ShownModel;
import vn.dcim.web.security.SignedIn;
import java.util.Base64;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.HttpStatus;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import vn.dcim.core.compliance.Attestation;
import vn.dcim.core.compliance.Attestations;
import vn.dcim.core.compliance.Catalogue;
import vn.dcim.core.compliance.ComplianceEvaluator;
import vn.dcim.core.compliance.ComplianceReport;
import vn.dcim.core.compliance.ComplianceRow;
import vn.dcim.core.report.Report;
import vn.dcim.web.report.ReportPdf;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.web.report.ReportXlsx;
import vn.dcim.core.compliance.ComplianceStore;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.compliance.PolicyProfiles;
import vn.dcim.core.compliance.ProfileFile;
import vn.dcim.core.compliance.ProfileSwitch;
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.core.compliance.StateChange;

import java.util.List;

/** The regulation article by article: state, since when, and the records that decide it; the history of each row. */
@Tag(name = "Compliance")
@Controller("/api/compliance")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceController {
    static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** A requirement's id: R-, its text's seed (003, 000, a law's L91, a province's profile), -, its article. */
    static final String ID = "R-[0-9A-Za-z]{1,10}-[0-9A-Za-z.-]{1,30}";
    private final ComplianceEvaluator evaluator;
    private final ComplianceStore store;
    private final Catalogue catalogue;
    private final Attestations attestations;
    private final PolicyProfiles profiles;
    private final ComplianceReport report;
    private final java.time.Clock clock;
    private final ShownModel shown;
    private final Documents documents;
    private final CentreProfiles centres;
    private final vn.dcim.core.centre.Centres centreRegister;
    private final vn.dcim.web.ui.centre.CentreChoice centreChoice;

    @Operation(summary = "Every requirement judged now: id, article, kind, state, since, evidence links; for the whole installation "
            + "by its profile (DCIM_COMPLIANCE_PROFILE), or with centre= for one centre by the regulation it follows")
    @Get("{?lang,centre}")
    public List<ComplianceRow> now(@Nullable @QueryValue @Pattern(regexp = "vi|en") String lang, @Nullable @QueryValue Long centre) {
        String language = lang == null ? "vi" : lang;
        return centre == null ? evaluator.evaluate(language) : centres.evaluate(centre, language);
    }

    @Operation(summary = "The changes of state of one requirement, oldest first, each with the profile that judged it; "
            + "with centre= one centre's, across its switches of profile")
    @Get("/{id}/history{?centre}")
    public List<StateChange> history(@PathVariable @Pattern(regexp = ID) String id, @Nullable @QueryValue Long centre) {
        known(id);
        return centre == null ? store.history(id) : centres.history(centre, id);
    }

    /** The regulation a centre follows now and every one it followed, each from when. */
    @Serdeable
    public record CentreProfile(PolicyProfile profile, List<ProfileSwitch> switches) {
    }

    /** A centre adopts another regulation; {@code reason} the decision that says so (kept with the switch). */
    @Serdeable
    public record SwitchCommand(@NotBlank @Size(max = 64) String profileId, @Nullable @Size(max = 1000) String reason) {
    }

    @Operation(summary = "The regulation a centre follows now, and every switch (from which profile to which, when, by whom, why)")
    @Get("/centres/{centreId}/profile")
    public CentreProfile centreProfile(@PathVariable long centreId) {
        return new CentreProfile(centres.profileOf(centreId), centres.switches(centreId));
    }

    @Operation(summary = "Switch the regulation a centre is judged by; every requirement's history stays, each change naming "
            + "the profile that judged it")
    @Post("/centres/{centreId}/profile")
    @Status(HttpStatus.CREATED)
    public ProfileSwitch switchProfile(@PathVariable long centreId, @Valid @Body SwitchCommand command, HttpRequest<?> request) {
        ProfileSwitch s = centres.adopt(centreId, command.profileId(), command.reason(), SignedIn.name(request));
        centres.evaluate(centreId, "vi");
        return s;
    }

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

    @Operation(summary = "The auditor's report of a quarter (2026-Q4) or a year (2026), PDF or XLSX, Vietnamese by default; "
            + "without a period, the current quarter; with centre= one centre's, judged over its own sites by the regulation it "
            + "follows, else the province's with each centre's regulation and the authority that issued it")
    @Get("/report{?period,format,lang,centre}")
    public HttpResponse<byte[]> report(@Nullable @QueryValue @Pattern(regexp = "\\d{4}(-Q[1-4])?") String period,
                                       @Nullable @QueryValue @Pattern(regexp = "pdf|xlsx") String format,
                                       @Nullable @QueryValue @Pattern(regexp = "vi|en") String lang,
                                       @Nullable @QueryValue("centre") String chosen) {
        // blank is the whole province (the reports screen's choice), as on the screens' centre selector
        Long centre = centreChoice.chosen(chosen);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        ReportPeriod p = ReportPeriod.parse(period != null ? period : today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
        String language = lang == null ? "vi" : lang;
        // the checks' sentences in the report's language, from their keys (Vietnamese by default)
        Report r = report.build(p, language, shown.of(java.util.Locale.forLanguageTag(language))::said, centre);
        String name = "bao-cao-tuan-thu-" + p.label() + (centre == null ? "" : "-" + centreRegister.get(centre).code());
        return "xlsx".equals(format)
                ? HttpResponse.ok(ReportXlsx.write(r)).contentType(XLSX).header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"")
                : HttpResponse.ok(ReportPdf.write(r)).contentType(MediaType.APPLICATION_PDF_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
    }

    @Operation(summary = "The selectable policy profiles, each named by the regulation it implements and the authority that issued "
            + "it, with its former names (aliases) and each number with its article")
    @Get("/profiles")
    public List<PolicyProfile> profiles() {
        return profiles.all();
    }

    /** A profile file of DCIM_COMPLIANCE_PROFILE_DIR that was not loaded, and why. */
    @Serdeable
    public record RefusedFile(String file, List<String> problems) {
    }

    @Operation(summary = "The files of DCIM_COMPLIANCE_PROFILE_DIR refused at start, each with every problem found")
    @Get("/profiles/refused")
    public List<RefusedFile> refusedProfiles() {
        return profiles.rejected().stream().map(e -> new RefusedFile(e.source(), e.problems())).toList();
    }

    /** A profile file's text (YAML, the format of docs/compliance.md), as read from the file. */
    @Serdeable
    public record ProfileFileBody(@NotBlank @Size(max = 262_144) String file) {
    }

    @Operation(summary = "Check a profile file before putting it in DCIM_COMPLIANCE_PROFILE_DIR: the profile it gives, or 422 naming "
            + "every problem (the file's text in the field file, e.g. jq -Rs '{file: .}' < profile.yml)")
    @Post("/profiles/check")
    public PolicyProfile checkProfile(@Valid @Body ProfileFileBody body) {
        try {
            return profiles.check("file", body.file());
        } catch (ProfileFile.Invalid e) {
            throw new InvalidInputException("file", String.join("; ", e.problems()))
                    .explained("error.compliance.profile-file", String.join("; ", e.problems()));
        }
    }

    private Requirement known(String id) {
        return catalogue.find(id).orElseThrow(() -> new NotFoundException("requirement", id));
    }
}
