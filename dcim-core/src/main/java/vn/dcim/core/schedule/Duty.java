package vn.dcim.core.schedule;

import java.time.Instant;

/**
 * A periodic duty of the integration-center regulation (backups, link checks, retention...). Duties
 * are beans in their own feature; the scheduler runs them on the cron of their schedule, which
 * operators may change, and records every run.
 */
public interface Duty {
    /** Stable id, used as the Quartz job name and in the API, e.g. "database-backup". */
    String id();

    /** What the duty does and why, naming the article, e.g. "Art. 11.3: ...". */
    String description();

    /** Quartz cron expression used until an operator changes the schedule. */
    String defaultCron();

    DutyOutcome run(Instant now);
}
