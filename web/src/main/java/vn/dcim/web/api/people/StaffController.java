package vn.dcim.web.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.people.People;
import vn.dcim.core.people.StaffMember;
import vn.dcim.core.time.PlausibleTime;
import vn.dcim.web.security.SignedIn;

import java.time.Instant;
import java.util.List;

/** Art. 32.4: the operating staff with their badges and leaving dates, matched against the access log by the compliance view. */
@Tag(name = "Staff")
@Controller("/api/staff")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaffController {
    private final People people;

    @Serdeable
    public record StaffCommand(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 100) String badge,
                               @NotNull @PlausibleTime Instant joinedAt) {
    }

    @Serdeable
    public record LeftCommand(@NotNull @PlausibleTime Instant leftAt) {
    }

    @Operation(summary = "The staff register")
    @Get
    public List<StaffMember> list() {
        return people.staff();
    }

    @Operation(summary = "Add a staff member with the badge they hold")
    @Post
    @Status(HttpStatus.CREATED)
    public StaffMember add(@Valid @Body StaffCommand command, HttpRequest<?> request) {
        return people.addStaff(command.name(), command.badge(), command.joinedAt(), SignedIn.name(request));
    }

    @Operation(summary = "Record that a staff member left (Art. 32.4: their access is then disabled)")
    @Post("/{id}/left")
    public StaffMember left(@PathVariable long id, @Valid @Body LeftCommand command, HttpRequest<?> request) {
        return people.left(id, command.leftAt(), SignedIn.name(request));
    }
}
