package vn.dcim.core.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A report e-mailed on a schedule: which report, in which format and language, to whom, on
 * which Quartz cron (read in the center's zone, as every duty's), when it is next due and how its last run went.
 */
@Serdeable
public record ReportMailing(long id, MailedReport report, String format, String lang, List<String> recipients, String cron, boolean enabled,
                            @Nullable Instant nextRunAt, @Nullable Instant lastRunAt, @Nullable String lastOutcome, String createdBy,
                            Instant createdAt) {

    /** What is asked for when a mailing is made or changed. */
    public record Settings(MailedReport report, String format, String lang, List<String> recipients, String cron, boolean enabled) {
    }
}
