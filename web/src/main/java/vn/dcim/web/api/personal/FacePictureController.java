package vn.dcim.web.api.personal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.personal.FacePicture;
import vn.dcim.core.personal.FacePictures;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.api.Page;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.SignedIn;

import java.util.List;

/**
 * The face pictures door terminals pushed with access events: sensitive data (Law 91/2025/QH15), listed without
 * their bytes; each picture seen is a reading written in the audit log (who, when, whose, why).
 */
@Tag(name = "Face pictures", description = "Face pictures pushed with access events, kept encrypted; every reading audited")
@Controller("/api/face-pictures")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FacePictureController {
    private final FacePictures pictures;

    /**
     * A picture belongs to the site of the door that took it: an account limited to sites pages through its doors'
     * pictures only (cut and counted in SQL); an agency's account reads none (the doors are the centre's).
     */
    @ScopeAware(agencies = false)
    @Operation(summary = "Face pictures kept, newest first, or those of one person (name or badge), newest first; without their bytes",
            description = "An account limited to some sites sees the pictures taken at their doors only.")
    @Get("{?person,badge,limit,offset}")
    Page<FacePicture> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope,
                           @Parameter(description = "the person's full name (case and marks ignored)") @Nullable @QueryValue String person,
                           @Parameter(description = "the person's badge") @Nullable @QueryValue String badge,
                           @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit,
                           @QueryValue(defaultValue = "0") @Min(0) int offset) {
        boolean anyone = (person == null || person.isBlank()) && (badge == null || badge.isBlank());
        List<FacePicture> page = anyone ? pictures.recent(scope.siteIds(), limit, offset)
                : pictures.ofPerson(person, badge, scope.siteIds(), limit, offset);
        return Page.of(request, pictures.count(person, badge, scope.siteIds()), limit, offset, page);
    }

    /** A picture of a door outside the caller's sites answers 404 before anything is read or audited ({@link ScopeAware}). */
    @ScopeAware(id = ScopeAware.Id.face_picture, agencies = false)
    @Operation(summary = "One face picture's image; the reading is written in the audit log first",
            description = "The audit row names who read it, when, whose picture it is and the reason given. A picture taken outside "
                    + "the sites of a limited account answers 404.")
    @Get("/{id}/image{?why}")
    @Produces({"image/jpeg", "image/png"})
    HttpResponse<byte[]> image(@PathVariable long id,
                               @Parameter(description = "why the picture is looked at (kept in the audit log)") @Nullable @QueryValue @Size(max = 500) String why,
                               HttpRequest<?> request) {
        FacePictures.Opened o = pictures.read(id, SignedIn.name(request), why);
        return HttpResponse.ok(o.content()).contentType(MediaType.of(o.picture().contentType()))
                .header("Cache-Control", "no-store");
    }
}
