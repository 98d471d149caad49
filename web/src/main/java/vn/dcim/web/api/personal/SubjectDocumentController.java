package vn.dcim.web.api.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.personal.SubjectRecords;
import vn.dcim.core.personal.SubjectRights;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.pdf.SubjectRecordsPdf;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;

import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The document a centre hands to a data subject: their records as a PDF, recorded as an answered request. */
@Tag(name = "Personal data", description = "Data-subject requests (export, erasure), legal holds and retention of personal data (Law 91/2025/QH15)")
@Controller("/api/personal-data")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubjectDocumentController {
    private final SubjectRights rights;
    private final FacePictures pictures;
    private final AccessRules rules;
    private final Texts texts;
    private final vn.dcim.core.centre.Centres centres;
    private final java.time.Clock clock;

    /** The most pictures one document prints; the rest are listed. */
    static final int MAX_PRINTED = 100;

    /**
     * The document a centre hands to the person: in the reader's language (Vietnamese unless the reader chose
     * otherwise), times on the centre's clock. Pictures are listed; printed only when asked ({@code pictures=true}) by a
     * reader whom the role rules let see them, each through the audited reading naming the request, at most
     * {@value #MAX_PRINTED} (the rest listed).
     */
    @ScopeAware(agencies = false)
    @Operation(summary = "Export a person's records as a PDF document to hand to them, recorded as an answered request",
            description = "Who asked and when, the legal basis (Luật 91/2025/QH15), the kinds of data held, each access event, visit and staff "
                    + "entry (dd/MM/yyyy HH:mm in the centre's zone) and the face pictures listed; with pictures=true a reader allowed to see "
                    + "pictures gets them printed, each reading audited. An account limited to some sites gets its doors' records only.")
    @Post("/exports/document{?pictures}")
    @Produces("application/pdf")
    HttpResponse<byte[]> document(@Valid @Body PersonalDataController.RequestCommand c,
                                  @Parameter(description = "print the pictures (a reader allowed to see face pictures only)") @Nullable @QueryValue Boolean pictures,
                                  HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        String by = SignedIn.name(request);
        SubjectRecords r = rights.export(c.person(), c.badge(), c.askedBy(), c.reason(), by, scope.siteIds());
        java.util.Map<Long, byte[]> shown = new java.util.HashMap<>();
        if (Boolean.TRUE.equals(pictures) && rules.mayRead(request, "Face pictures")) {
            r.pictures().stream().limit(MAX_PRINTED)
                    .forEach(p -> shown.put(p.id(), this.pictures.read(p.id(), by, "data-subject export #" + r.requestId()).content()));
        }
        List<String> centreNames = r.sites().stream().map(centres::centreOf).flatMap(java.util.Optional::stream)
                .map(vn.dcim.core.centre.Centre::name).distinct().sorted().toList();
        java.util.Locale locale = texts.locale(request);
        byte[] pdf = SubjectRecordsPdf.write(r, centreNames, shown, clock.getZone(),
                (key, args) -> texts.get(locale, key, key, java.util.Arrays.stream(args).map(String::valueOf).toArray()));
        return HttpResponse.ok(pdf).contentType(MediaType.APPLICATION_PDF_TYPE)
                .header("Content-Disposition", "attachment; filename=\"du-lieu-ca-nhan-" + r.requestId() + ".pdf\"");
    }
}
