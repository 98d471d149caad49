package vn.dcim.web.api.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
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
import vn.dcim.core.personal.SubjectRecords;
import vn.dcim.core.personal.SubjectRequest;
import vn.dcim.core.personal.SubjectRights;
import vn.dcim.web.api.access.AccessEventView;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.SignedIn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Personal data (Law 91/2025/QH15 on personal data protection): a data subject's records exported (JSON, or a ZIP with
 * the pictures) and erased on request, and the requests answered. The document handed to the person, the legal holds
 * that stop an erasure and the retention in force have their own controllers.
 */
@Tag(name = "Personal data", description = "Data-subject requests (export, erasure), legal holds and retention of personal data (Law 91/2025/QH15)")
@Controller("/api/personal-data")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PersonalDataController {
    private final SubjectRights rights;
    private final FacePictures pictures;
    private final JsonMapper json;

    /** Who the request is about (a name, a badge, or both), who asked it and why. */
    @Serdeable
    record RequestCommand(@Nullable @Size(max = 200) String person, @Nullable @Size(max = 100) String badge,
                          @NotBlank @Size(max = 200) String askedBy, @Nullable @Size(max = 500) String reason) {
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
}
