package vn.dcim.web.report;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.notification.Notifications;
import vn.dcim.core.notification.RecipientRole;
import vn.dcim.core.report.ReportMailing;
import vn.dcim.core.report.ReportMailings;
import vn.dcim.core.schedule.DutyOutcome;
import vn.dcim.core.schedule.RegulationDuty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The report e-mails a supervisor scheduled ({@link ReportMailings}, each on its own cron in
 * the center's zone). Every few minutes this duty renders the reports that are due (the last full quarter or
 * year, Art. 7.2, 18.1), keeps the file under {data}/reports/mailings and queues one e-mail per recipient in
 * the outbox, which delivers it over the SMTP settings (DCIM_SMTP_*) and retries; {@link ReportLetters} writes the
 * letter and keeps the file.
 */
@Singleton
class ReportMailDuty extends RegulationDuty {
    private static final Logger LOG = LoggerFactory.getLogger(ReportMailDuty.class);

    private final ReportMailings mailings;
    private final ReportLetters letters;
    private final Notifications notifications;

    ReportMailDuty(ReportMailings mailings, ReportLetters letters, Notifications notifications) {
        super("report-mailings",
                "Art. 7.2, 18.1: scheduled report e-mails (each mailing on its own cron) rendered and sent to their recipients",
                "0 */5 * * * ?");
        this.mailings = mailings;
        this.letters = letters;
        this.notifications = notifications;
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
        ReportLetters.Letter letter = letters.of(m, now);
        for (String address : m.recipients()) {
            notifications.mail(address, RecipientRole.management_body, letter.subject(), letter.body(), letter.attachment());
        }
        return letter.name() + (letter.linked() ? " linked" : " attached") + " to " + m.recipients().size() + " recipient(s)";
    }
}
