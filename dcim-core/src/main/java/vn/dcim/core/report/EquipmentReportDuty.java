package vn.dcim.core.report;

import io.micronaut.context.annotation.Requires;
import vn.dcim.core.db.DataDirectory;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.text.Phrase;
import vn.dcim.core.notification.RecipientRole;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.DutyPlan;
import vn.dcim.core.schedule.RegulationDuty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Art. 7.2: every quarter and every year the operator reports the management and use of equipment
 * to the management body; Art. 18.1: yearly. On the first days of a quarter this duty writes the
 * report of the quarter just ended (and in January of the year just ended) as XLSX and PDF under
 * {data}/reports and e-mails them to the management body and the leaders. A report already written
 * is not written or sent again, so a re-run or a second instance does no harm. It runs where a
 * {@link ReportRenderer} is (the entry point, web): core alone renders no documents.
 */
@Requires(beans = ReportRenderer.class)
@DutyPlan(id = "equipment-reports", cron = "0 0 6 1 1,4,7,10 ?",
        description = "Art. 7.2, 18.1: quarterly and yearly equipment report (XLSX, PDF) stored and sent to the management body")
public class EquipmentReportDuty extends RegulationDuty {
    private final EquipmentReports reports;
    private final ReportRenderer renderer;
    private final Notifications notifications;
    private final Path folder;
    private final Clock clock;

    EquipmentReportDuty(EquipmentReports reports, ReportRenderer renderer, Notifications notifications, Clock clock,
                        DataDirectory data) {
        this.reports = reports;
        this.renderer = renderer;
        this.notifications = notifications;
        this.clock = clock;
        this.folder = data.resolve("reports");
    }

    @Override
    public DutyOutcome run(java.time.Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate lastQuarterDay = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).minusDays(1);
        List<ReportPeriod> due = new ArrayList<>();
        due.add(ReportPeriod.parse(lastQuarterDay.getYear() + "-Q" + ((lastQuarterDay.getMonthValue() - 1) / 3 + 1)));
        if (lastQuarterDay.getMonthValue() == 12) {
            due.add(ReportPeriod.parse(String.valueOf(lastQuarterDay.getYear())));
        }
        List<String> done = new ArrayList<>();
        for (ReportPeriod period : due) {
            Path xlsx = folder.resolve("bao-cao-thiet-bi-" + period.label() + ".xlsx");
            if (Files.exists(xlsx)) {
                continue;
            }
            Report report = reports.build(period, "vi");
            Path pdf = xlsx.resolveSibling("bao-cao-thiet-bi-" + period.label() + ".pdf");
            write(pdf, renderer.pdf(report));
            write(xlsx, renderer.xlsx(report));
            int sent = notifications.tell(EnumSet.of(RecipientRole.management_body, RecipientRole.leader),
                    "[DCIM] Báo cáo tình hình quản lý, sử dụng thiết bị " + period.label() + " (Điều 7 khoản 2)",
                    report.title() + "\n" + report.subtitle() + "\nTệp đính kèm / attached: " + xlsx.getFileName(), xlsx);
            done.add(period.label() + " → " + xlsx + " (sent to " + sent + ")");
        }
        return done.isEmpty() ? DutyOutcome.ok(Phrase.of("duty.outcome.reports.written", "Reports of {0} already written", due.get(0).label()))
                : sentOrWarn(done);
    }

    private static DutyOutcome sentOrWarn(List<String> done) {
        return done.stream().anyMatch(d -> d.endsWith("(sent to 0)"))
                ? DutyOutcome.warning(Phrase.of("duty.outcome.reports.unsent",
                        "Written: {0}. No management-body or leader recipient is configured (Art. 7.2)", String.join("; ", done)))
                : DutyOutcome.ok(Phrase.of("duty.outcome.reports", "Written: {0}", String.join("; ", done)));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
