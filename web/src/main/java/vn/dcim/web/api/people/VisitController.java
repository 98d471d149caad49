package vn.dcim.web.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import vn.dcim.core.people.Visit;
import vn.dcim.core.time.PlausibleTime;
import vn.dcim.web.security.SignedIn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Art. 5.2: the visitor register; the compliance view matches it against the access log. */
@Tag(name = "Visits")
@Controller("/api/visits")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VisitController {
    private final People people;
    private final Clock clock;

    @Serdeable
    public record VisitCommand(@NotBlank @Size(max = 200) String visitor, @NotBlank @Size(max = 200) String organisation,
                               @NotBlank @Size(max = 500) String purpose, @Nullable @Size(max = 100) String badge,
                               @NotNull @PlausibleTime Instant startsAt, @NotNull @PlausibleTime Instant endsAt,
                               @NotBlank @Size(max = 100) String approvedBy, boolean noDevices,
                               @Nullable @Size(max = 500) String deviceException) {
    }

    @Operation(summary = "Visits overlapping [from, to); by default the last 30 days and the next 7")
    @Get
    public List<Visit> list(@Nullable @QueryValue @PlausibleTime Instant from, @Nullable @QueryValue @PlausibleTime Instant to) {
        Instant now = clock.instant();
        return people.visits(from != null ? from : now.minus(Duration.ofDays(30)), to != null ? to : now.plus(Duration.ofDays(7)));
    }

    @Operation(summary = "Register a visit: who, from where, why, the badge lent, the approved window and the no-device declaration (Art. 5.2b)")
    @Post
    @Status(HttpStatus.CREATED)
    public Visit add(@Valid @Body VisitCommand c, HttpRequest<?> request) {
        return people.addVisit(c.visitor(), c.organisation(), c.purpose(), c.badge(), c.startsAt(), c.endsAt(), c.approvedBy(),
                c.noDevices(), c.deviceException(), SignedIn.name(request));
    }
}
