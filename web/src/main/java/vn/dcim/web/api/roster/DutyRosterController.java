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
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.centre.Centres;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.ui.centre.CentreChoice;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
    private final CentreChoice choice;
    private final Clock clock;

    @Serdeable
    public record ShiftCommand(@NotNull @PlausibleTime(aheadDays = 400) Instant startsAt, @NotNull @PlausibleTime(aheadDays = 401) Instant endsAt,
                               @NotBlank @Size(max = 100) String operator, @Nullable @Size(max = 500) String note,
                               @Nullable Long centreId) {
    }

    @Operation(summary = "Shifts overlapping [from, to); by default the last day and the next seven. With centre= the shifts that "
            + "cover that centre's sites: its own and the province's (shifts of no centre). An account limited to some sites reads "
            + "the rosters of its sites' centres only: another centre answers 404, no centre= their shifts together")
    @ScopeAware(agencies = false)
    @Get("{?from,to,centre}")
    public List<DutyShift> list(@Nullable @QueryValue @PlausibleTime(aheadDays = 400) Instant from,
                                @Nullable @QueryValue @PlausibleTime(aheadDays = 401) Instant to, @Nullable @QueryValue Long centre,
                                @Parameter(hidden = true) Scope scope) {
        Instant now = clock.instant();
        Instant f = from != null ? from : now.minus(Duration.ofDays(1));
        Instant t = to != null ? to : now.plus(Duration.ofDays(7));
        Set<Long> mine = choice.of(scope);
        if (centre != null) {
            if (mine != null && !mine.contains(centre)) {
                throw new NotFoundException("centre", centre);
            }
            centres.get(centre);
            return roster.covering(f, t, centre);
        }
        if (mine == null) {
            return roster.between(f, t);
        }
        if (mine.isEmpty()) {
            return roster.covering(f, t, null); // sites of no centre: the province's own shifts cover them
        }
        // several centres: each one's shifts and the province's, once each, in time order
        Map<Long, DutyShift> shifts = new LinkedHashMap<>();
        mine.forEach(c -> roster.covering(f, t, c).forEach(s -> shifts.putIfAbsent(s.id(), s)));
        return shifts.values().stream().sorted(Comparator.comparing(DutyShift::startsAt).thenComparing(DutyShift::id)).toList();
    }

    @Operation(summary = "Plan a shift: who is on duty from when to when (at most 24 hours), for one centre's sites (centreId) "
            + "or, left out, for every site of the province. An account limited to some sites plans its centres' shifts only: "
            + "another centre, or none, answers 404")
    @ScopeAware(agencies = false)
    @Post
    @Status(HttpStatus.CREATED)
    public DutyShift add(@Valid @Body ShiftCommand command, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        Set<Long> mine = choice.of(scope);
        // a shift of no centre covers every centre's sites: the province's to plan, not one centre's supervisor's
        if (mine != null && (command.centreId() == null || !mine.contains(command.centreId()))) {
            throw new NotFoundException("centre", command.centreId() == null ? "" : command.centreId());
        }
        return roster.add(command.startsAt(), command.endsAt(), command.operator(), command.note(), command.centreId(),
                SignedIn.name(request));
    }
}
