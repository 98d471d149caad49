package vn.dcim.web.api.compliance;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.dcim.core.compliance.PolicyProfile;
import vn.dcim.core.compliance.PolicyProfiles;
import vn.dcim.core.compliance.ProfileFile;
import vn.dcim.core.error.InvalidInputException;

import java.util.List;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The policy profiles a centre may be judged by, the files refused at start, and a profile file checked before it is put in place. */
@Tag(name = "Compliance")
@Controller("/api/compliance")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ComplianceProfileController {
    private final PolicyProfiles profiles;

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
}
