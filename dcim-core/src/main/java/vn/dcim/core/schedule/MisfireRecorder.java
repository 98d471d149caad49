package vn.dcim.core.schedule;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.Trigger.CompletedExecutionInstruction;
import org.quartz.TriggerListener;

import java.time.Clock;
import java.time.Instant;

/** Records a misfire (the product was down or busy when a duty was due) so operators see it. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MisfireRecorder implements TriggerListener {
    static final String MISSED = "Missed its time (the product was down or all workers busy); fired once on recovery";
    private final DutyRunRepository runs;
    private final Clock clock;

    @Override
    public String getName() {
        return "dcim-misfire-recorder";
    }

    @Override
    public void triggerMisfired(Trigger trigger) {
        Instant due = trigger.getNextFireTime() == null ? null : trigger.getNextFireTime().toInstant();
        runs.save(new DutyRun(null, trigger.getJobKey().getName(), due, null, clock.instant(), RunStatus.misfired,
                MISSED, null, false, "duty.outcome.misfired", null));
    }

    @Override
    public void triggerFired(Trigger trigger, JobExecutionContext context) {
        // runs are recorded by DutyJob
    }

    @Override
    public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context) {
        return false;
    }

    @Override
    public void triggerComplete(Trigger trigger, JobExecutionContext context, CompletedExecutionInstruction instruction) {
        // runs are recorded by DutyJob
    }
}
