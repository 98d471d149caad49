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
import vn.dcim.core.shift.HandoverItem;
import vn.dcim.web.i18n.Shown;
import vn.dcim.web.i18n.ShownModel;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.pdf.OperationLogPdf;
import io.micronaut.http.HttpRequest;

import java.util.Arrays;
import java.util.Locale;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * One month of the operation log (QĐ 11/2023 Điều 12 khoản 1 điểm i) as a PDF in the reader's language, times on the
 * center's clock. Like the handovers it is made of, the centre's whole record: not offered to a limited account
 * (see {@link HandoverController}).
 */
@Tag(name = "Operation log", description = "Shift handovers and the operation log (QĐ 11/2023 Art. 12.1i)")
@Controller("/api/operation-log")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OperationLogController {
    private final Handovers handovers;
    private final Clock clock;
    private final ShownModel shown;
    private final HandoverLines lines;
    private final Texts texts;

    @Operation(summary = "The accepted handovers of a month (yyyy-MM, center's zone) as a PDF")
    @Get("/{month}.pdf")
    HttpResponse<byte[]> month(@PathVariable String month, HttpRequest<?> request) {
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "month is yyyy-MM, e.g. 2026-11").explained("error.handover.month");
        }
        if (m.getYear() < 2000 || m.getYear() > 9999) {
            throw new InvalidInputException("month", "month is yyyy-MM, e.g. 2026-11").explained("error.handover.month");
        }
        byte[] pdf = OperationLogPdf.write(m, handovers.month(m), clock.instant(), clock.getZone(), words(request));
        return HttpResponse.ok(pdf).contentType(MediaType.APPLICATION_PDF_TYPE)
                .header("Content-Disposition", "attachment; filename=\"nhat-ky-van-hanh-" + m + ".pdf\"");
    }

    /** The document's words for the reader of this request (the lang cookie, Vietnamese by default). */
    private OperationLogPdf.Words words(HttpRequest<?> request) {
        Locale locale = texts.locale(request);
        Shown reader = shown.of(locale);
        HandoverLines.Reader told = lines.of(reader);
        return new OperationLogPdf.Words() {
            @Override
            public String text(String key, Object... args) {
                return texts.get(locale, key, key, Arrays.stream(args).map(String::valueOf).toArray());
            }

            @Override
            public String line(HandoverItem item) {
                return told.line(item);
            }

            @Override
            public String person(String login) {
                return told.person(login);
            }

            @Override
            public String reference(String ref) {
                return reader.reference(ref);
            }
        };
    }
}
