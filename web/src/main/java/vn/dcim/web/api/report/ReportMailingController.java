package vn.dcim.web.api.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.report.MailedReport;
import vn.dcim.core.report.ReportMailing;
import vn.dcim.core.report.ReportMailings;
import vn.dcim.web.security.SignedIn;

import java.util.Arrays;
import java.util.List;

/**
 * Reports e-mailed on a schedule. A supervisor or the administrator chooses the report
 * (equipment report of the last quarter or year), format, language, recipients and a Quartz cron read in
 * the center's zone; the report-mailings duty sends them.
 */
@Tag(name = "Report mailings", description = "Reports e-mailed on a schedule (Art. 7.2, 18.1)")
@Controller("/api/report-mailings")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportMailingController {
    private final ReportMailings mailings;

    @Serdeable
    record MailingCommand(@NotBlank String report, @NotBlank String format, @NotBlank String lang,
                          @NotNull @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> recipients,
                          @NotBlank @Size(max = 120) String cron, @NotNull Boolean enabled) {

        ReportMailing.Settings settings() {
            MailedReport r = Arrays.stream(MailedReport.values()).filter(v -> v.name().equals(report.replace('-', '_'))).findFirst()
                    .orElseThrow(() -> new InvalidInputException("report", "report is equipment_quarter or equipment_year").explained("error.mailing.report"));
            return new ReportMailing.Settings(r, format, lang, recipients.stream().map(String::trim).toList(), cron, enabled);
        }
    }

    @Get
    List<ReportMailing> list() {
        return mailings.all();
    }

    @Get("/{id}")
    ReportMailing get(@PathVariable long id) {
        return mailings.find(id);
    }

    @Operation(summary = "Schedule a report e-mail: report, format (pdf, xlsx), lang (vi, en), recipients, cron in the center's zone")
    @Post
    HttpResponse<ReportMailing> create(@Valid @Body MailingCommand body, HttpRequest<?> request) {
        return HttpResponse.created(mailings.create(body.settings(), SignedIn.name(request)));
    }

    @Put("/{id}")
    ReportMailing update(@PathVariable long id, @Valid @Body MailingCommand body, HttpRequest<?> request) {
        return mailings.update(id, body.settings(), SignedIn.name(request));
    }

    @Delete("/{id}")
    HttpResponse<?> delete(@PathVariable long id, HttpRequest<?> request) {
        mailings.delete(id, SignedIn.name(request));
        return HttpResponse.noContent();
    }
}
