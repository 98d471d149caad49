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

    @Operation(summary = "Face pictures kept, newest first, or those of one person (name or badge), newest first; without their bytes")
    @Get("{?person,badge,limit}")
    List<FacePicture> list(@Parameter(description = "the person's full name (case and marks ignored)") @Nullable @QueryValue String person,
                           @Parameter(description = "the person's badge") @Nullable @QueryValue String badge,
                           @QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit) {
        if ((person == null || person.isBlank()) && (badge == null || badge.isBlank())) {
            return pictures.recent(limit);
        }
        return pictures.ofPerson(person, badge, limit);
    }

    @Operation(summary = "One face picture's image; the reading is written in the audit log first",
            description = "The audit row names who read it, when, whose picture it is and the reason given.")
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
