package vn.dcim.web.api.incident;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.NotFoundException;
import vn.dcim.core.incident.Incidents;
import vn.dcim.core.scope.Scope;
import vn.dcim.web.scope.ScopeAware;
import vn.dcim.web.security.SignedIn;

/**
 * A hosted agency's note on an incident that touched its equipment (QĐ 11/2023 Điều 17 khoản 3: the agency administers
 * its own content and applications): what it found or did on its servers. The note is the agency's: its own people and
 * the centre's staff read it, marked as the agency's; another agency, and an operator of another site, do not. Its own
 * group of operations, because the incident's other writes are the shift's alone.
 */
@Tag(name = "Agency notes", description = "A hosted agency's notes on the incidents that touched its equipment (QĐ 11/2023 Điều 17 khoản 3)")
@Controller("/api/incidents")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyNoteController {
    private final Incidents incidents;
    private final IncidentDetails details;

    /** Notes the incident as the caller's agency; an incident that did not touch its equipment answers 404. */
    @ScopeAware(id = ScopeAware.Id.incident_part)
    @Post("/{id}/agency-notes")
    HttpResponse<JournalLine> note(@PathVariable long id, @Valid @Body IncidentController.Note body, HttpRequest<?> request,
                                   @Parameter(hidden = true) Scope scope) {
        if (!scope.byAgency()) {
            // only an account limited to its agency writes in an agency's name; the centre's staff note the journal
            throw new NotFoundException("incident", id);
        }
        return HttpResponse.created(details.line(incidents.addNote(id, SignedIn.name(request), body.text(), scope.agencyId(),
                scope.siteIds()), request));
    }
}
