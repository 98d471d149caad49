package vn.dcim.web.api.roster;

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
import vn.dcim.core.centre.Centres;
import vn.dcim.core.roster.DutyRoster;
import vn.dcim.core.roster.DutyShift;
import vn.dcim.core.time.PlausibleTime;
import vn.dcim.web.security.SignedIn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Art. 36.3: the on-duty roster, 24/24 hours; the compliance view judges its coverage of the next seven days. */
@Tag(name = "Duty roster")
@Controller("/api/duty-shifts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DutyRosterController {
    private final DutyRoster roster;
    private final Centres centres;
    private final Clock clock;

    @Serdeable
    public record ShiftCommand(@NotNull @PlausibleTime(aheadDays = 400) Instant startsAt, @NotNull @PlausibleTime(aheadDays = 401) Instant endsAt,
                               @NotBlank @Size(max = 100) String operator, @Nullable @Size(max = 500) String note,
                               @Nullable Long centreId) {
    }

    @Operation(summary = "Shifts overlapping [from, to); by default the last day and the next seven. With centre= the shifts that "
            + "cover that centre's sites: its own and the province's (shifts of no centre)")
    @Get("{?from,to,centre}")
    public List<DutyShift> list(@Nullable @QueryValue @PlausibleTime(aheadDays = 400) Instant from,
                                @Nullable @QueryValue @PlausibleTime(aheadDays = 401) Instant to, @Nullable @QueryValue Long centre) {
        Instant now = clock.instant();
        Instant f = from != null ? from : now.minus(Duration.ofDays(1));
        Instant t = to != null ? to : now.plus(Duration.ofDays(7));
        if (centre != null) {
            centres.get(centre);
            return roster.covering(f, t, centre);
        }
        return roster.between(f, t);
    }

    @Operation(summary = "Plan a shift: who is on duty from when to when (at most 24 hours), for one centre's sites (centreId) "
            + "or, left out, for every site of the province")
    @Post
    @Status(HttpStatus.CREATED)
    public DutyShift add(@Valid @Body ShiftCommand command, HttpRequest<?> request) {
        return roster.add(command.startsAt(), command.endsAt(), command.operator(), command.note(), command.centreId(),
                SignedIn.name(request));
    }
}
