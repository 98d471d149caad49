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
import vn.dcim.core.compliance.CentreProfiles;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.compliance.ProfileSwitch;
import vn.dcim.web.security.SignedIn;

import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The regulation each centre is judged by: the one it follows now, its switches, and adopting another. */
@Tag(name = "Compliance")
@Controller("/api/compliance")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreProfileController {
    private final CentreProfiles centres;

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
}
