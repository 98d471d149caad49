package vn.dcim.web.api.shift;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.shift.Handover;
import vn.dcim.core.shift.HandoverFilter;
import vn.dcim.core.shift.Handovers;
import vn.dcim.web.api.Page;
import vn.dcim.web.security.SignedIn;


/**
 * Shift handovers (QĐ 11/2023 Art. 12.1i, the operation log): the outgoing operator opens a pre-filled draft
 * and writes notes, the incoming operator, another person, accepts it; accepted, it never changes.
 * <p>
 * Not scope-aware on purpose: a handover is the duty shift's record of the whole centre (every site's alarms,
 * incidents, work and notes in one signed text), not of a site, and cutting lines out of a signed record would falsify
 * it. An account limited to sites or to an agency is not on that shift; it reads its own alarms, incidents and work
 * orders, each cut by its scope. The gate answers it 404 here.
 */
@Tag(name = "Operation log", description = "Shift handovers and the operation log (QĐ 11/2023 Art. 12.1i)")
@Controller("/api/handovers")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HandoverController {
    private final Handovers handovers;

    @Serdeable
    record Notes(@Nullable @Size(max = Handovers.NOTES_MAX) String notes) {
    }

    @Operation(summary = "The operation log: handovers, newest shift first; text, shift days (yyyy-MM-dd, center's zone), operator; drafts with drafts=true")
    @Get
    Page<Handover> list(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                        @Nullable @QueryValue String operator, @QueryValue(defaultValue = "false") boolean drafts,
                        @QueryValue(defaultValue = "50") int limit, @QueryValue(defaultValue = "0") int offset) {
        Page.checkLimitUpTo500(limit, offset);
        if (q != null && q.length() > 200) {
            throw new InvalidInputException("q", "the search text is at most 200 characters").explained("error.handover.query-long");
        }
        var page = handovers.search(new HandoverFilter(q, HandoverDay.parse(from, "from"), HandoverDay.parse(to, "to"), operator, drafts), Pageable.from(offset / limit, limit));
        return Page.of(request, page.getTotalSize(), limit, offset, page.getContent());
    }

    @Get("/{id}")
    Handover get(@PathVariable long id) {
        return handovers.find(id);
    }

    @Operation(summary = "Open (or refresh) the signed-in outgoing operator's draft, pre-filled with what is open and what happened in the shift")
    @Post
    HttpResponse<Handover> open(HttpRequest<?> request) {
        return HttpResponse.created(handovers.open(SignedIn.name(request)));
    }

    @Operation(summary = "The outgoing operator's notes on their draft; an accepted handover is refused (409)")
    @Put("/{id}/notes")
    Handover notes(@PathVariable long id, @Valid @Body Notes body, HttpRequest<?> request) {
        return handovers.notes(id, SignedIn.name(request), body.notes());
    }

    @Operation(summary = "The signed-in incoming operator accepts the shift; the outgoing operator cannot (409), nor twice")
    @Post("/{id}/accept")
    Handover accept(@PathVariable long id, HttpRequest<?> request) {
        return handovers.accept(id, SignedIn.name(request));
    }
}
