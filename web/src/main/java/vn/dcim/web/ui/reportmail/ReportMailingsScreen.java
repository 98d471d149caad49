package vn.dcim.web.ui.reportmail;

import java.util.List;
import vn.dcim.web.ui.ScreenView;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.report.MailedReport;
import vn.dcim.core.report.ReportMailing;
import vn.dcim.core.report.ReportMailings;
import vn.dcim.core.schedule.DutyScheduler;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.ui.HtmlScreen;
import vn.dcim.web.ui.Navigation;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;

/** Reports e-mailed on a schedule, kept by a supervisor or the administrator (through {@link ReportMailings}). */
@Hidden
@Controller("/ui/report-mailings")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportMailingsScreen {
    private final ReportMailings mailings;
    private final DutyScheduler scheduler;

    /** The reports mailed on a schedule, the reports that can be, and the zone their times are in. */
    @Introspected
    record Page(Navigation.Frame frame, List<ReportMailing> mailings, MailedReport[] reports, String zone) implements ScreenView {
    }
    @HtmlScreen
    @View("reportmail/list")
    @Get
    public Page list(HttpRequest<?> request) {
        return new Page(Navigation.frame(request, "report-mailings"), mailings.all(), MailedReport.values(), scheduler.zone().getId());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(@Body Map<String, String> form, HttpRequest<?> request) {
        MailedReport report = Arrays.stream(MailedReport.values()).filter(r -> r.name().equals(form.get("report"))).findFirst()
                .orElseThrow(() -> new InvalidInputException("report", "report is equipment_quarter or equipment_year").explained("error.mailing.report"));
        String recipients = form.getOrDefault("recipients", "");
        ReportMailing made = mailings.create(new ReportMailing.Settings(report, form.getOrDefault("format", "pdf"), form.getOrDefault("lang", "vi"),
                Arrays.stream(recipients.split("[,;\\s]+")).filter(a -> !a.isBlank()).toList(), form.getOrDefault("cron", ""),
                form.containsKey("enabled")), SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/report-mailings?made=" + made.id()));
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(@PathVariable long id, HttpRequest<?> request) {
        mailings.delete(id, SignedIn.name(request));
        return HttpResponse.seeOther(URI.create("/ui/report-mailings"));
    }
}
