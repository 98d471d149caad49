package vn.dcim.web.report;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.dcim.core.db.DataDirectory;
import vn.dcim.core.notification.channel.PublicUrl;
import vn.dcim.core.report.EquipmentReports;
import vn.dcim.core.report.Report;
import vn.dcim.core.report.ReportMailing;
import vn.dcim.core.report.ReportPeriod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The e-mail of a scheduled report mailing: the report of the last full period rendered (PDF or XLSX), kept under
 * {data}/reports/mailings, and the letter that carries it. A file larger than dcim.report-mail.max-attachment-bytes is
 * linked instead of attached.
 */
@Singleton
class ReportLetters {
    private final EquipmentReports reports;
    private final Clock clock;
    private final Path folder;
    private final long maxAttachment;
    // the link of a report too large to attach: over HTTPS when it is on (DCIM_HTTP=off: the plain port does not answer)
    private final PublicUrl publicUrl;

    ReportLetters(EquipmentReports reports, Clock clock, DataDirectory data,
                  @Value("${dcim.report-mail.max-attachment-bytes:5242880}") long maxAttachment, PublicUrl publicUrl) {
        this.reports = reports;
        this.clock = clock;
        this.folder = data.resolve("reports", "mailings");
        this.maxAttachment = maxAttachment;
        this.publicUrl = publicUrl;
    }

    /** What each recipient is sent: the subject, the text, the file attached (null when it is linked), and the file's name. */
    record Letter(String subject, String body, @Nullable Path attachment, String name) {
        boolean linked() {
            return attachment == null;
        }
    }

    /** The letter of mailing {@code m} run at {@code now}, its report rendered and kept. */
    Letter of(ReportMailing m, Instant now) {
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
        return new Letter(subject, body, linked ? null : file, name);
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
