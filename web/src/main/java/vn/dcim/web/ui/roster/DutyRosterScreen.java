package vn.dcim.web.ui.roster;

import java.util.List;
import vn.dcim.core.roster.RosterDay;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.core.roster.DutyRoster;
import vn.dcim.core.roster.DutyShift;
import vn.dcim.web.security.AccessRules;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;
import vn.dcim.web.ui.ScreenForms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * Art. 36.3: the duty roster as a week calendar in the center's zone: who is on duty now, each
 * day's shifts and the gaps nobody covers, and the supervisor's form that puts a person on duty. A merged province's
 * centres each keep their own: a person limited to some sites reads and plans the rosters of their centres only.
 */
@Hidden
@Controller("/ui/duty-roster")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DutyRosterScreen {
    private static final Set<String> FIELDS = Set.of("operator", "startsAt", "endsAt", "note");

    private final DutyRoster roster;
    private final AccessRules rules;
    private final Clock clock;
    private final vn.dcim.web.ui.centre.CentreChoice centres;

    /**
     * A week of the roster (the centre's shifts and the province's, or every shift), the weeks either side, who is on
     * duty now and the next shift to begin.
     */
    @Introspected
    record Week(Navigation.Frame frame, vn.dcim.web.ui.centre.CentreChoice.Choice centreChoice, List<RosterDay> days,
                LocalDate today, LocalDate previous, LocalDate next, List<DutyShift> onDuty, @Nullable DutyShift nextShift,
                String refused, boolean canChange) implements ScreenView {
    }

    @HtmlScreen
    @ScopeAware(agencies = false)
    @View("roster/week")
    @Get("{?week,refused,centre}")
    public Week week(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue String week,
                     @Nullable @QueryValue String refused, @Nullable @QueryValue("centre") String chosen) {
        // a centre's roster: its own shifts and the province's, which cover every site; the province's: every shift. A
        // person limited to some sites reads the rosters of their centres only (of the province's own sites: its shifts)
        Long centre = centres.chosen(chosen, scope);
        boolean province = centres.of(scope) == null;
        LocalDate today = LocalDate.now(clock);
        LocalDate day = day(week, today);
        Instant now = clock.instant();
        var days = roster.week(day, centre, province);
        boolean whole = centre == null && province;
        return new Week(Navigation.frame(request, "duty-roster"), centres.choice(centre, scope), days, today,
                days.get(0).day().minusDays(7), days.get(0).day().plusDays(7),
                whole ? roster.onDuty(now) : roster.covering(now, now.plusMillis(1), centre),
                (whole ? roster.between(now, now.plus(java.time.Duration.ofDays(7)))
                        : roster.covering(now, now.plus(java.time.Duration.ofDays(7)), centre)).stream()
                        .filter(s -> s.startsAt().isAfter(now)).findFirst().orElse(null),
                ScreenForms.refused(refused, FIELDS),
                // a supervisor of some sites plans their centre's shifts, never the province's (they cover the other centres too)
                rules.mayChange(request, "Duty roster") && (province || centre != null));
    }

    /** The supervisor's form: who, from and to as the center's wall clock, a note. */
    @ScopeAware(agencies = false)
    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        // a centre the person does not answer for is not found before anything is read (404, as for any foreign id)
        Long centre = centres.chosen(form.get("centre"), scope);
        if (centre == null && centres.of(scope) != null) {
            throw new NotFoundException("centre", "");
        }
        return ScreenForms.submitted(() -> {
            String note = form.get("note");
            if (note != null && note.length() > 500) {
                throw new InvalidInputException("note", "at most 500 characters").explained("error.roster.note");
            }
            String operator = form.get("operator");
            if (operator != null && operator.strip().length() > 100) {
                throw new InvalidInputException("operator", "at most 100 characters").explained("error.roster.operator");
            }
            // the shift is of the centre whose roster the form was on, or the province's
            DutyShift shift = roster.add(local(form.get("startsAt"), "startsAt"), local(form.get("endsAt"), "endsAt"),
                    operator == null ? null : operator.strip(), note == null || note.isBlank() ? null : note.strip(), centre,
                    SignedIn.name(request));
            LocalDate day = LocalDate.ofInstant(shift.startsAt(), clock.getZone());
            return "/ui/duty-roster?week=" + day + (centre == null ? "" : "&centre=" + centre) + "&saved=1";
        }, "/ui/duty-roster", "#shift-new");
    }

    private static LocalDate day(@Nullable String week, LocalDate today) {
        if (week == null || week.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(week.strip());
            // a week the roster can hold (its times are checked plausible: 2000 to a year ahead and a bit)
            return day.getYear() < 2000 || day.isAfter(today.plusYears(5)) ? today : day;
        } catch (DateTimeParseException e) {
            return today;
        }
    }

    /** A datetime-local field, read as the center's wall clock. */
    private Instant local(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "missing").explained("error.roster.time");
        }
        Instant at = ScreenForms.wallClock(value, clock.getZone(), field, "error.roster.time");
        // as the API's @PlausibleTime: from 2000 to a little over a year ahead
        if (at.isBefore(Instant.parse("2000-01-01T00:00:00Z")) || at.isAfter(clock.instant().plus(java.time.Duration.ofDays(401)))) {
            throw new InvalidInputException(field, "not a plausible time").explained("error.roster.time");
        }
        return at;
    }
}
