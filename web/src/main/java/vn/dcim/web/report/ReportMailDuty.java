package vn.dcim.web.report;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.db.DataDirectory;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.notification.RecipientRole;
import vn.dcim.core.notification.channel.PublicUrl;
import vn.dcim.core.report.EquipmentReports;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportMailing;
import vn.dcim.core.report.ReportMailings;
import vn.dcim.core.report.ReportPeriod;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The report e-mails a supervisor scheduled ({@link ReportMailings}, each on its own cron in
 * the center's zone). Every few minutes this duty renders the reports that are due (the last full quarter or
 * year, Art. 7.2, 18.1), keeps the file under {data}/reports/mailings and queues one e-mail per recipient in
 * the outbox, which delivers it over the SMTP settings (DCIM_SMTP_*) and retries. A file larger than
 * dcim.report-mail.max-attachment-bytes is linked instead of attached.
 */
@Singleton
class ReportMailDuty extends RegulationDuty {
    private static final Logger LOG = LoggerFactory.getLogger(ReportMailDuty.class);

    private final ReportMailings mailings;
    private final EquipmentReports reports;
    private final Notifications notifications;
    private final Clock clock;
    private final Path folder;
    private final long maxAttachment;
    // the link of a report too large to attach: over HTTPS when it is on (DCIM_HTTP=off: the plain port does not answer)
    private final PublicUrl publicUrl;

    ReportMailDuty(ReportMailings mailings, EquipmentReports reports, Notifications notifications, Clock clock,
                   DataDirectory data, @Value("${dcim.report-mail.max-attachment-bytes:5242880}") long maxAttachment,
                   PublicUrl publicUrl) {
        super("report-mailings",
                "Art. 7.2, 18.1: scheduled report e-mails (each mailing on its own cron) rendered and sent to their recipients",
                "0 */5 * * * ?");
        this.mailings = mailings;
        this.reports = reports;
        this.notifications = notifications;
        this.clock = clock;
        this.folder = data.resolve("reports", "mailings");
        this.maxAttachment = maxAttachment;
        this.publicUrl = publicUrl;
    }

    @Override
    public DutyOutcome run(Instant now) {
        List<String> sent = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ReportMailing m : mailings.due(now)) {
            if (!mailings.claim(m, now)) {
                continue;
            }
            try {
                String outcome = send(m, now);
                mailings.ran(m.id(), outcome);
                sent.add("#" + m.id() + " " + outcome);
            } catch (RuntimeException e) {
                String why = "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                mailings.ran(m.id(), why);
                failed.add("#" + m.id() + " " + why);
                LOG.warn("Report mailing {} failed", m.id(), e);
            }
        }
        if (!failed.isEmpty()) {
            return DutyOutcome.failed(String.join("; ", failed) + (sent.isEmpty() ? "" : "; sent: " + String.join("; ", sent)));
        }
        return DutyOutcome.ok(sent.isEmpty() ? "No report mailing due" : String.join("; ", sent));
    }

    private String send(ReportMailing m, Instant now) {
        ReportPeriod period = m.report().periodBefore(LocalDate.ofInstant(now, clock.getZone()));
        Report report = reports.build(period, m.lang());
        byte[] bytes = "xlsx".equals(m.format()) ? ReportXlsx.write(report) : ReportPdf.write(report);
        String name = "bao-cao-thiet-bi-" + period.label() + "." + m.format();
        Path file = folder.resolve("mailing-" + m.id() + "-" + now.toEpochMilli()).resolve(name);
        write(file, bytes);
        boolean linked = bytes.length > maxAttachment;
        String link = publicUrl.of("/api/reports/equipment?period=") + period.label() + "&format=" + m.format() + "&lang=" + m.lang();
        String subject = "[DCIM] " + report.title() + " " + period.label();
        String body = report.title() + "\n" + report.subtitle() + "\n\n"
                + (linked ? "Tệp lớn hơn " + maxAttachment + " byte, tải tại / file too large to attach, download at:\n" + link
                : "Tệp đính kèm / attached: " + name)
                + "\n\nGửi theo lịch " + m.cron() + " (" + clock.getZone().getId() + "), lịch số " + m.id() + ".";
        for (String address : m.recipients()) {
            notifications.mail(address, RecipientRole.management_body, subject, body, linked ? null : file);
        }
        return name + (linked ? " linked" : " attached") + " to " + m.recipients().size() + " recipient(s)";
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
