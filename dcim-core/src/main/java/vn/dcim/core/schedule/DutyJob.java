package vn.dcim.core.schedule;

import io.micronaut.context.annotation.Prototype;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dcim.core.text.PhraseArgs;
import vn.dcim.core.text.ColumnText;

import java.time.Clock;
import java.time.Instant;

/** The one Quartz job class: runs the duty named by the job key and records the run. */
@Prototype
@DisallowConcurrentExecution
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DutyJob implements Job {
    static final String MANUAL = "manual";
    private static final Logger LOG = LoggerFactory.getLogger(DutyJob.class);

    private final Duties duties;
    private final DutyRunRepository runs;
    private final Clock clock;
    private final DutyRunCounts counts;
    private final PhraseArgs phraseArgs;

    @Override
    public void execute(JobExecutionContext context) {
        String dutyId = context.getJobDetail().getKey().getName();
        boolean manual = context.getMergedJobDataMap().getBoolean(MANUAL);
        Instant scheduled = context.getScheduledFireTime() == null ? null : context.getScheduledFireTime().toInstant();
        String instance = instanceId(context);
        Instant started = clock.instant();
        DutyRun run = runs.save(new DutyRun(null, dutyId, scheduled, started, null, RunStatus.running, null, instance, manual, null, null));
        DutyOutcome outcome;
        try {
            outcome = duties.find(dutyId)
                    .map(d -> d.run(started))
                    .orElse(DutyOutcome.failed("No duty named " + dutyId + " in this version of the product"));
        } catch (RuntimeException e) {
            LOG.warn("Duty {} failed", dutyId, e);
            outcome = DutyOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        runs.update(new DutyRun(run.id(), dutyId, scheduled, started, clock.instant(), outcome.status(),
                ColumnText.fit(outcome.message(), 2000), instance, manual,
                outcome.phrase() == null ? null : outcome.phrase().key(),
                outcome.phrase() == null ? null : ColumnText.fit(phraseArgs.write(outcome.phrase().args()), 4000)));
        counts.increment(outcome.status());
    }

    private static String instanceId(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (org.quartz.SchedulerException e) {
            return null;
        }
    }
}
