package vn.dcim.web.api.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.incident.Incident;
import vn.dcim.core.incident.IncidentEdit;
import vn.dcim.core.incident.IncidentLevel;
import vn.dcim.core.incident.IncidentStatus;
import vn.dcim.core.incident.Incidents;
import io.swagger.v3.oas.annotations.Parameter;
import vn.dcim.core.db.Paged;
import vn.dcim.core.incident.IncidentsWithin;
import vn.dcim.core.scope.Scope;
import vn.dcim.core.scope.ScopedEquipment;
import vn.dcim.web.api.Page;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.scope.ScopedIds;
import vn.dcim.web.security.SignedIn;

import java.util.List;

/** Incident tickets with their correlated alarms and journal (Art. 13.3, 30.8g); their printed report has its own controller. */
@Tag(name = "Incidents", description = "Incident tickets, levels and journal (Art. 13, 30.8g)")
@Controller("/api/incidents")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IncidentController {
    private final Incidents incidents;
    private final IncidentDetails details;
    private final IncidentsWithin within;
    private final ScopedEquipment scoped;
    private final ScopedIds ids;

    @ScopeAware
    @Get
    Page<IncidentSummary> list(HttpRequest<?> request, @Parameter(hidden = true) Scope scope, @Nullable @QueryValue String status,
                               @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        Page.checkLimitUpTo500(limit, offset);
        IncidentStatus wanted = status == null ? null : parse(IncidentStatus.class, status, "status");
        if (scope.limited()) {
            // a limited account's incidents are cut and paged in SQL, as everyone's are
            // of an incident it sees only part of, neither the assignee nor another site
            Paged<Incident> page = within.list(wanted, scope.siteIds(), scoped.deviceIdsOf(scope), limit, offset);
            return Page.of(request, page.count(), limit, offset, details.listed(page.items(), scope, null));
        }
        var page = incidents.list(wanted, limit, offset);
        return Page.of(request, page.getTotalSize(), limit, offset, page.getContent().stream().map(IncidentSummary::of).toList());
    }

    /**
     * A limited account reads also an incident that touched more than its scope (another site's equipment, the
     * centre's or another agency's): its part of it ({@code part}).
     */
    @ScopeAware(id = ScopeAware.Id.incident_part)
    @Get("/{id}")
    IncidentDetails.Detail get(@PathVariable long id, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        return details.of(require(id), request, scope);
    }

    /** Opens a ticket by hand, e.g. for a fault no sensor sees; given alarms are linked to it. */
    @ScopeAware
    @Post
    HttpResponse<IncidentDetails.Detail> open(@Valid @Body Opening body, HttpRequest<?> request, @Parameter(hidden = true) Scope scope) {
        checkInside(scope, body);
        Incident opened = incidents.open(body.title(), body.siteId(), null, body.level(),
                body.alarmIds() == null ? List.of() : body.alarmIds(), SignedIn.name(request));
        return HttpResponse.created(details.of(opened, request));
    }

    @ScopeAware(id = ScopeAware.Id.incident)
    @Patch("/{id}")
    IncidentDetails.Detail edit(@PathVariable long id, @Valid @Body Edit body, HttpRequest<?> request) {
        return details.of(incidents.edit(id, SignedIn.name(request), new IncidentEdit(body.assignee(), body.status(), body.rootCause(),
                body.resolution(), body.securityLevel())), request);
    }

    /**
     * A note on the incident. An operator limited to sites may note an incident that spans more on its part; the note
     * is of that part, read by those who see it (the centre's staff, the same sites), not by the other part's people.
     */
    @ScopeAware(id = ScopeAware.Id.incident_part)
    @Post("/{id}/journal")
    HttpResponse<JournalLine> note(@PathVariable long id, @Valid @Body Note body, HttpRequest<?> request,
                                   @Parameter(hidden = true) Scope scope) {
        return HttpResponse.created(details.line(incidents.addNote(id, SignedIn.name(request), body.text(), scope.agencyId(),
                scope.siteIds()), request));
    }

    /** Art. 13.2 classification by the operator; raising the level escalates it. */
    @ScopeAware(id = ScopeAware.Id.incident)
    @Post("/{id}/level")
    IncidentDetails.Detail classify(@PathVariable long id, @Valid @Body Classification body, HttpRequest<?> request) {
        return details.of(incidents.classify(id, body.level(), SignedIn.name(request), body.why()), request);
    }

    /** Art. 13.3a: data backed up before the fix. */
    @ScopeAware(id = ScopeAware.Id.incident)
    @Post("/{id}/backup")
    IncidentDetails.Detail backup(@PathVariable long id, @Valid @Body Backup body, HttpRequest<?> request) {
        return details.of(incidents.confirmBackup(id, SignedIn.name(request), body.where()), request);
    }

    @ScopeAware(id = ScopeAware.Id.incident)
    @Post("/{id}/close")
    IncidentDetails.Detail close(@PathVariable long id, @Valid @Body Closing body, HttpRequest<?> request) {
        return details.of(incidents.close(id, SignedIn.name(request), body.rootCause(), body.resolution()), request);
    }

    /**
     * A limited account opens an incident it will see: on one of its sites, on alarms inside its scope (another's
     * alarm answers 404 as its id would), and an agency's account on its own alarms, since it sees no site whole.
     */
    private void checkInside(Scope scope, Opening body) {
        if (!scope.limited()) {
            return;
        }
        List<Long> alarmIds = body.alarmIds() == null ? List.of() : body.alarmIds();
        for (Long alarmId : alarmIds) {
            if (alarmId == null || !ids.admits(scope, ScopeAware.Id.alarm, String.valueOf(alarmId))) {
                throw new NotFoundException("alarm", alarmId == null ? 0 : alarmId);
            }
        }
        if (body.siteId() != null && !ids.admits(scope, ScopeAware.Id.site, body.siteId())) {
            throw new NotFoundException("site", body.siteId());
        }
        if (scope.byAgency() ? alarmIds.isEmpty() : body.siteId() == null && alarmIds.isEmpty()) {
            throw new InvalidInputException(scope.byAgency() ? "alarmIds" : "siteId", scope.byAgency()
                    ? "an agency's account opens an incident on alarms of its own equipment"
                    : "name the site of the incident, or its alarms").explained(scope.byAgency()
                    ? "error.incident.scope-alarms" : "error.incident.scope-site");
        }
    }

    private Incident require(long id) {
        return incidents.find(id).orElseThrow(() -> new NotFoundException("incident", id));
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())).explained("error.one-of", field, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    @Serdeable
    record Opening(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 64) String siteId, @NotNull IncidentLevel level,
                   @Nullable List<Long> alarmIds) {
    }

    @Serdeable
    record Edit(@Nullable @Size(max = 100) String assignee, @Nullable IncidentStatus status,
                @Nullable @Size(max = 2000) String rootCause, @Nullable @Size(max = 2000) String resolution,
                @Nullable vn.dcim.core.incident.SecurityLevel securityLevel) {
    }

    @Serdeable
    record Note(@NotBlank @Size(max = 2000) String text) {
    }

    @Serdeable
    record Classification(@NotNull IncidentLevel level, @Nullable @Size(max = 500) String why) {
    }

    @Serdeable
    record Backup(@Nullable @Size(max = 300) String where) {
    }

    @Serdeable
    record Closing(@Nullable @Size(max = 2000) String rootCause,
                   @Nullable @Size(max = 2000) String resolution) {
    }
}
