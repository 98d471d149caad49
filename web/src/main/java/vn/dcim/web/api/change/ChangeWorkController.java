package vn.dcim.web.api.change;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import vn.dcim.core.change.ChangeRequest;
import vn.dcim.core.change.ChangeWork;
import vn.dcim.core.change.Changes;
import vn.dcim.core.change.StepScan;
import vn.dcim.web.api.maintenance.Workers;
import vn.dcim.web.scope.ScopeAware;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * An approved change's work (QĐ 11/2023 Điều 18): the crew confirms each checklist step by the labels it scans, and a
 * supervisor other than the crew signs it off, the registry becoming what was approved in one transaction.
 */
@Tag(name = "Changes")
@Controller("/api/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChangeWorkController {
    private final Changes changes;
    private final ChangeWork work;
    private final ChangeViews views;
    private final Workers workers;

    @Operation(summary = "Confirm one checklist step by the scanned labels (the work order's crew); a scanId sent again is "
            + "stored once; differs + difference records what the floor is instead")
    @ScopeAware(id = ScopeAware.Id.change, agencies = false)
    @Post("/{id}/steps/{stepId}/confirm")
    public ChangeViews.StepView confirm(@PathVariable long id, @PathVariable long stepId, @Body StepScan scan,
                                        HttpRequest<?> request) {
        if (scan.difference() != null && scan.difference().length() > 1000 || scan.scanId() != null && scan.scanId().length() > 64) {
            throw new vn.dcim.core.error.InvalidInputException("difference", "at most 1000 characters, a scan id at most 64")
                    .explained("error.change.scan-long");
        }
        var step = work.confirm(id, stepId, scan, workers.of(request));
        ChangeRequest c = changes.get(id);
        return views.step(c, step, changes.linksOf(id), request);
    }

    @Operation(summary = "Sign the change off (a supervisor other than the crew, every step confirmed, work order done): the "
            + "registry, power connections and cables become what was approved in one transaction; differences stay recorded")
    @ScopeAware(id = ScopeAware.Id.change, agencies = false)
    @Post("/{id}/sign-off")
    public ChangeViews.ChangeView signOff(@PathVariable long id, HttpRequest<?> request) {
        return views.of(work.signOff(id, workers.of(request)), request);
    }
}
