package vn.dcim.web.api.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.people.StaffMember;
import vn.dcim.core.people.Visit;
import vn.dcim.core.personal.Erasure;
import vn.dcim.core.personal.FacePicture;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.personal.LegalHold;
import vn.dcim.core.personal.LegalHolds;
import vn.dcim.core.personal.RetentionPolicy;
import vn.dcim.core.personal.SubjectRecords;
import vn.dcim.core.personal.SubjectRequest;
import vn.dcim.core.personal.SubjectRights;
import vn.dcim.web.api.access.AccessEventView;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.pdf.SubjectRecordsPdf;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Personal data (Law 91/2025/QH15 on personal data protection): a data subject's records exported and erased on
 * request, legal holds that stop an erasure, the requests answered, and the retention in force with its lawful floors.
 */
@Tag(name = "Personal data", description = "Data-subject requests (export, erasure), legal holds and retention of personal data (Law 91/2025/QH15)")
@Controller("/api/personal-data")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PersonalDataController {
    private final SubjectRights rights;
    private final LegalHolds holds;
    private final FacePictures pictures;
    private final RetentionPolicy policy;
    private final JsonMapper json;
    private final AccessRules rules;
    private final Texts texts;
    private final vn.dcim.core.centre.Centres centres;
    private final java.time.Clock clock;

    /** The most pictures one document prints; the rest are listed. */
    static final int MAX_PRINTED = 100;

    /** Who the request is about (a name, a badge, or both), who asked it and why. */
    @Serdeable
    record RequestCommand(@Nullable @Size(max = 200) String person, @Nullable @Size(max = 100) String badge,
                          @NotBlank @Size(max = 200) String askedBy, @Nullable @Size(max = 500) String reason) {
    }

    /** A hold on a person (name, badge or both), why, and the day it is to be reviewed by (none: the setting's days ahead). */
    @Serdeable
    record HoldCommand(@Nullable @Size(max = 200) String person, @Nullable @Size(max = 100) String badge,
                       @NotBlank @Size(max = 500) String reason, @Nullable LocalDate reviewOn) {
    }

    /** A hold looked at and kept: the next day it is to be reviewed by (none: the setting's days ahead), and what was decided. */
    @Serdeable
    record ReviewCommand(@Nullable LocalDate reviewOn, @Nullable @Size(max = 500) String note) {
    }

    /**
     * A person's records as exported: every access event, visit, staff entry and face picture (described); {@code sites}
     * names the sites an export of a limited account was cut to (empty: everything held).
     */
    @Serdeable
    record Export(long requestId, @Nullable String person, @Nullable String badge, Instant exportedAt, List<AccessEventView> accessEvents,
                  List<Visit> visits, List<StaffMember> staff, List<FacePicture> pictures, List<String> sites) {
        static Export of(SubjectRecords r) {
            return new Export(r.requestId(), r.person(), r.badge(), r.exportedAt(), r.accessEvents().stream().map(AccessEventView::of).toList(),
                    r.visits(), r.staff(), r.pictures(), r.sites().stream().sorted().toList());
        }
    }

    /** The retention in force for each kind, the configured value and the law's bound with its article. */
    @Serdeable
    record Retention(String kind, int days, int configuredDays, int floorDays, String article) {
    }

    @Serdeable
    record Requests(long count, List<SubjectRequest> results) {
    }

    /**
     * A centre answers for its own sites: an account limited to some sites exports what their doors recorded of the
     * person (access events, pictures), never another site's; the visit and staff registers name no site and stay
     * with the province's accounts. An agency's account exports nothing (the doors are the centre's).
     */
    @ScopeAware(agencies = false)
    @Operation(summary = "Export a person's records (JSON), recorded as an answered request",
            description = "Every access event, visit, staff entry and face picture (described) held of the person named by name or badge. "
                    + "An account limited to some sites exports the access events and pictures of their doors only.")
    @Post("/exports")
    Export export(@Valid @Body RequestCommand c, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        return Export.of(rights.export(c.person(), c.badge(), c.askedBy(), c.reason(), SignedIn.name(request), scope.siteIds()));
    }

    @ScopeAware(agencies = false)
    @Operation(summary = "Export a person's records as a ZIP archive: records.json and their face pictures",
            description = "Each picture put in the archive is read through the audited reading, naming the request. An account limited "
                    + "to some sites exports the access events and pictures of their doors only.")
    @Post("/exports/archive")
    @Produces("application/zip")
    HttpResponse<byte[]> archive(@Valid @Body RequestCommand c, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        String by = SignedIn.name(request);
        Export e = Export.of(rights.export(c.person(), c.badge(), c.askedBy(), c.reason(), by, scope.siteIds()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("records.json"));
            zip.write(json.writeValueAsBytes(e));
            zip.closeEntry();
            for (FacePicture p : e.pictures()) {
                FacePictures.Opened o = pictures.read(p.id(), by, "data-subject export #" + e.requestId());
                zip.putNextEntry(new ZipEntry("pictures/" + p.id() + (p.contentType().equals("image/png") ? ".png" : ".jpg")));
                zip.write(o.content());
                zip.closeEntry();
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return HttpResponse.ok(bytes.toByteArray()).contentType(MediaType.of("application/zip"))
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + e.requestId() + ".zip\"");
    }

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
    HttpResponse<byte[]> document(@Valid @Body RequestCommand c,
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

    @Operation(summary = "Erase a person's records where no legal hold applies",
            description = "Refused whole (outcome refused, the hold's reason) while a legal hold is in force on the person; otherwise every face "
                    + "picture, the access events and visits older than the access log's lawful minimum (6 months) and a leaver's staff entry "
                    + "are erased, and what is kept is named with its reason.")
    @Post("/erasures")
    Erasure erase(@Valid @Body RequestCommand c, HttpRequest<?> request) {
        return rights.erase(c.person(), c.badge(), c.askedBy(), c.reason(), SignedIn.name(request));
    }

    @Operation(summary = "The data-subject requests answered, newest first")
    @Get("/requests{?limit,offset}")
    Requests requests(@QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit, @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return new Requests(rights.countRequests(), rights.requests(limit, offset));
    }

    @Operation(summary = "The legal holds, those in force first")
    @Get("/holds")
    List<LegalHold> holds() {
        return holds.all();
    }

    @Operation(summary = "Place a legal hold on a person's records (an incident under investigation): erasure and purge spare them",
            description = "The hold is to be reviewed by reviewOn (yyyy-MM-dd, a day of the centre): by default DCIM_LEGAL_HOLD_REVIEW_DAYS "
                    + "days ahead, at most DCIM_LEGAL_HOLD_REVIEW_MAX_DAYS; a hold in force past its review day is a compliance finding.")
    @Post("/holds")
    @Status(HttpStatus.CREATED)
    LegalHold hold(@Valid @Body HoldCommand c, HttpRequest<?> request) {
        return holds.place(c.person(), c.badge(), c.reason(), c.reviewOn(), SignedIn.name(request));
    }

    @Operation(summary = "Review a legal hold in force: it stays, to be reviewed again by a new day",
            description = "The new day is at most DCIM_LEGAL_HOLD_REVIEW_MAX_DAYS ahead; the review and its note are written in the audit log.")
    @Post("/holds/{id}/review")
    LegalHold review(@PathVariable long id, @Valid @Body ReviewCommand c, HttpRequest<?> request) {
        return holds.review(id, c.reviewOn(), c.note(), SignedIn.name(request));
    }

    @Operation(summary = "Release a legal hold")
    @Post("/holds/{id}/release")
    LegalHold release(@PathVariable long id, HttpRequest<?> request) {
        return holds.release(id, SignedIn.name(request));
    }

    @ScopeAware
    @Operation(summary = "The retention in force for each kind of personal data, with the law's bound")
    @Get("/retention")
    List<Retention> retention() {
        return List.of(new Retention("access-log", policy.accessLogDays(), policy.configuredAccessLogDays(), RetentionPolicy.ACCESS_LOG_FLOOR_DAYS,
                        RetentionPolicy.ACCESS_LOG_ARTICLE),
                new Retention("face-pictures", policy.pictureDays(), policy.configuredPictureDays(), RetentionPolicy.PICTURE_FLOOR_DAYS,
                        RetentionPolicy.PICTURE_ARTICLE));
    }
}
