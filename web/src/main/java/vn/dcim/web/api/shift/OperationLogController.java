package vn.dcim.web.api.shift;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.shift.Handovers;
import vn.dcim.web.pdf.OperationLogPdf;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** One month of the operation log (seed 003 Art. 12.1i) as a Vietnamese PDF, times on the center's clock. */
@Tag(name = "Operation log", description = "Shift handovers and the operation log (seed 003 Art. 12.1i)")
@Controller("/api/operation-log")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OperationLogController {
    private final Handovers handovers;
    private final Clock clock;

    @Operation(summary = "The accepted handovers of a month (yyyy-MM, center's zone) as a PDF")
    @Get("/{month}.pdf")
    HttpResponse<byte[]> month(@PathVariable String month) {
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "month is yyyy-MM, e.g. 2026-11").explained("error.handover.month");
        }
        if (m.getYear() < 2000 || m.getYear() > 9999) {
            throw new InvalidInputException("month", "month is yyyy-MM, e.g. 2026-11").explained("error.handover.month");
        }
        byte[] pdf = OperationLogPdf.write(m, handovers.month(m), clock.instant(), clock.getZone());
        return HttpResponse.ok(pdf).contentType(MediaType.APPLICATION_PDF_TYPE)
                .header("Content-Disposition", "attachment; filename=\"nhat-ky-van-hanh-" + m + ".pdf\"");
    }
}
