package vn.dcim.web.api.centre;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.centre.Centre;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.db.Paged;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;

import java.time.Instant;
import java.util.List;

/**
 * The province's centres: since the 2025 merger a province runs its former provinces' centres, each with its own
 * sites, staff and duty roster, each judged by the regulation it still follows.
 */
@Tag(name = "Centres", description = "The province's centres, the sites each runs and the regulation (compliance profile) each follows")
@Controller("/api/centres")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreController {
    private final Centres centres;
    private final CentreProfiles profiles;

    /** A centre with its sites and the regulation it follows now. */
    @Serdeable
    public record CentreView(long id, String code, String name, String province, Instant createdAt, List<String> siteIds,
                             String profileId, String profileName) {
    }

    /**
     * A new centre; {@code profileId} the regulation it follows (an id, or a former province's name such as bac-kan),
     * the installation's (DCIM_COMPLIANCE_PROFILE) when left out.
     */
    @Serdeable
    public record CentreCommand(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
                                @NotBlank @Size(max = 100) String province, @Nullable @Size(max = 64) String profileId) {
    }

    @Serdeable
    public record CentreUpdate(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String province) {
    }

    @Operation(summary = "The centres by province and name, each with its sites and the regulation it follows")
    @Get("{?limit,offset}")
    public Page<CentreView> list(HttpRequest<?> request, @QueryValue(defaultValue = "100") int limit,
                                 @QueryValue(defaultValue = "0") int offset) {
        Page.checkLimitUpTo500(limit, offset);
        Paged<Centre> page = centres.list(limit, offset);
        return Page.of(request, page.count(), limit, offset, page.items().stream().map(this::view).toList());
    }

    @Operation(summary = "One centre, its sites and the regulation it follows")
    @Get("/{id}")
    public CentreView get(@PathVariable long id) {
        return view(centres.get(id));
    }

    @Operation(summary = "Add a centre (code: 1-32 lower-case letters, digits, '-'; kept for good)")
    @Post
    @Status(HttpStatus.CREATED)
    public CentreView add(@Valid @Body CentreCommand command, HttpRequest<?> request) {
        // the regulation is checked before the centre exists, so a misspelt one adds nothing
        PolicyProfile p = command.profileId() == null ? null : profiles.known(command.profileId());
        Centre c = centres.add(command.code(), command.name(), command.province(), SignedIn.name(request));
        if (p != null) {
            profiles.adopt(c.id(), p.id(), null, SignedIn.name(request));
        }
        return view(c);
    }

    @Operation(summary = "Rename a centre or move it to another province (after a merger); its code stays")
    @Put("/{id}")
    public CentreView update(@PathVariable long id, @Valid @Body CentreUpdate command, HttpRequest<?> request) {
        return view(centres.update(id, command.name(), command.province(), SignedIn.name(request)));
    }

    @Operation(summary = "The centre runs the site from now on (moved from another centre if it ran it)")
    @Put("/{id}/sites/{siteId}")
    @Status(HttpStatus.NO_CONTENT)
    public void assignSite(@PathVariable long id, @PathVariable @Size(max = 64) String siteId, HttpRequest<?> request) {
        centres.assignSite(id, siteId, SignedIn.name(request));
    }

    @Operation(summary = "The centre no longer runs the site; it becomes the province's own")
    @Delete("/{id}/sites/{siteId}")
    @Status(HttpStatus.NO_CONTENT)
    public void releaseSite(@PathVariable long id, @PathVariable @Size(max = 64) String siteId, HttpRequest<?> request) {
        centres.releaseSite(id, siteId, SignedIn.name(request));
    }

    private CentreView view(Centre c) {
        PolicyProfile p = profiles.profileOf(c.id());
        return new CentreView(c.id(), c.code(), c.name(), c.province(), c.createdAt(), centres.sitesOf(c.id()), p.id(), p.name());
    }
}
