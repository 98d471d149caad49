package vn.dcim.web.api.compliance;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.compliance.ComplianceFinding;
import vn.dcim.core.compliance.ComplianceFindings;
import vn.dcim.core.db.Paged;
import vn.dcim.web.api.Page;


/**
 * Compliance findings apart from the alarms: requirements non-compliant or overdue and yearly
 * tasks past their due date, for the supervisor and the head of the center; the alarm console holds
 * only what the shift must act on.
 */
@Tag(name = "Compliance")
@Controller("/api/compliance-findings")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ComplianceFindingController {
    private final ComplianceFindings findings;

    @Operation(summary = "Current compliance findings, oldest first, with their count (findings, not alarms)")
    @Get
    Page<ComplianceFinding> list(HttpRequest<?> request, @QueryValue(defaultValue = "50") int limit,
                                 @QueryValue(defaultValue = "0") int offset) {
        Page.checkLimitUpTo1000(limit, offset);
        Paged<ComplianceFinding> page = findings.current(limit, offset);
        return Page.of(request, page.count(), limit, offset, page.items());
    }
}
