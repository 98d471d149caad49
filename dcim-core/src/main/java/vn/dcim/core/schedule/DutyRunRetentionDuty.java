package vn.dcim.core.schedule;

import vn.dcim.core.text.Phrase;

import io.micronaut.context.annotation.Value;
import vn.dcim.core.db.Jdbc;
import vn.dcim.core.db.SqlTime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the register of duty runs readable: the roll-up duty alone records a run every 15 s, 2.1
 * million rows a year. Runs that went well are kept {@code dcim.retention.duty-runs-days} (90) days;
 * warnings, failures and misfires are kept for good, they are the evidence an auditor asks for
 * (Art. 11.3 backups, Art. 30.7a retention), and so is the last run of every duty whatever its age.
 */
@DutyPlan(id = "duty-run-retention", cron = "0 23 3 * * ?",
        description = "Art. 11.3, 30.7a: the duties' register stays readable: runs that went well kept {0} days; "
                + "every warning, failure and misfire and each duty's last run kept for good (evidence)")
class DutyRunRetentionDuty extends RegulationDuty {
    private static final int BATCH = 10_000;

    private final Jdbc jdbc;
    private final int days;

    DutyRunRetentionDuty(Jdbc jdbc, @Value("${dcim.retention.duty-runs-days:90}") int days) {
        this.jdbc = jdbc;
        this.days = effectiveDays(days);
    }

    private static int effectiveDays(int days) {
        return Math.max(7, days);
    }

    @Override
    protected List<?> figures() {
        return List.of(days);
    }

    @Override
    public DutyOutcome run(Instant now) {
        var cutoff = SqlTime.of(now.minus(Duration.ofDays(days)));
        // in batches, so the table is never locked long while duties record their runs
        long deleted = jdbc.deleteInChunks("purge old duty runs", "DELETE FROM duty_run WHERE status = 'ok' AND started_at < ? "
                + "AND id NOT IN (SELECT last_id FROM (SELECT MAX(id) AS last_id FROM duty_run GROUP BY duty_id) last_runs)", BATCH, cutoff);
        return DutyOutcome.ok(Phrase.of("duty.outcome.runs.purged", "Deleted {0} runs that went well, older than {1} days", deleted, days));
    }
}
