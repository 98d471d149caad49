package vn.dcim.core.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;

/** A report mailing as report_mailing holds it: the recipients joined by commas. */
@MappedEntity("report_mailing")
record ReportMailingRow(@Id @GeneratedValue @Nullable Long id, MailedReport report, String format, String lang, String recipients,
                        String cron, boolean enabled, @Nullable Instant nextRunAt, @Nullable Instant lastRunAt,
                        @Nullable String lastOutcome, String createdBy, Instant createdAt) {

    ReportMailing mailing() {
        return new ReportMailing(id, report, format, lang, Arrays.stream(recipients.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList(),
                cron, enabled, nextRunAt, lastRunAt, lastOutcome, createdBy, createdAt);
    }
}
