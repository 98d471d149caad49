package vn.dcim.core.schedule;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dcim.core.audit.AuditLog;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.error.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Keeps one Quartz job and cron trigger per duty. A schedule an operator changed is kept across
 * restarts: only missing duties get their default cron. Crons are read in the center's zone (the
 * injected {@link Clock}'s, DCIM_TIME_ZONE): the nightly backup's "0 30 1 * * ?" is 01:30 at the center,
 * not in the JVM's UTC. A trigger stored in the job store under another zone is rescheduled on start.
 */
@Singleton
// not in a remote collector: it has no database
@io.micronaut.context.annotation.Requires(property = "dcim.collector.enabled", notEquals = "true")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DutyScheduler implements ApplicationEventListener<StartupEvent> {
    static final String GROUP = "duties";
    private static final Logger LOG = LoggerFactory.getLogger(DutyScheduler.class);

    private final Scheduler scheduler;
    private final Duties duties;
    private final DutyRunRepository runs;
    private final SchedulerSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    /** With dcim.scheduler.enabled=false this instance runs no duty (another instance may). */
    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!settings.enabled()) {
            LOG.info("Scheduler disabled on this instance (dcim.scheduler.enabled=false)");
            return;
        }
        try {
            for (Duty duty : duties.all()) {
                ensureScheduled(duty);
            }
            scheduler.getListenerManager().addTriggerListener(new MisfireRecorder(runs, clock));
            scheduler.start();
            LOG.info("Scheduler {} started with {} duties", scheduler.getSchedulerInstanceId(), duties.all().size());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Scheduler did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the duties running now and for Quartz's own scheduling thread: without the wait the job store
     * was shut while that thread still released a trigger, an ERROR ("JobStore is shutdown - aborting retry")
     * in every other clean stop. The product's stop bounds the wait (cli/ProductStop).
     */
    @jakarta.annotation.PreDestroy
    void stop() throws SchedulerException {
        if (!scheduler.isShutdown()) {
            scheduler.shutdown(true);
        }
    }

    /**
     * Runs and misfires, newest first, of one duty and status where given; paged in SQL by whole pages
     * (the offset is read as the page {@code offset / limit}, as the API has always answered).
     */
    public Page<DutyRun> runs(@Nullable String dutyId, @Nullable String status, int limit, int offset) {
        return runs.search(dutyId, status, Pageable.from(offset / limit, limit, Sort.UNSORTED));
    }

    /**
     * When the latest run of a duty still recorded as running began, on whichever instance of the cluster runs it;
     * empty when none is. A run whose instance died stays recorded as running: the caller bounds how old a run it
     * believes.
     */
    public Optional<Instant> runningSince(String dutyId) {
        return runs.findFirstByDutyIdAndStatusOrderByIdDesc(dutyId, RunStatus.running).map(DutyRun::startedAt);
    }

    public List<Schedule> schedules() {
        return duties.all().stream().map(this::scheduleOf).toList();
    }

    public Schedule schedule(String dutyId) {
        return scheduleOf(duty(dutyId));
    }

    /** Changes the cron and/or switches the duty on or off; the change is shared by every instance and audited. */
    public Schedule update(String dutyId, String cron, boolean enabled, String actor) {
        Duty duty = duty(dutyId);
        Schedule before = scheduleOf(duty);
        if (cron != null && !CronExpression.isValidExpression(cron)) {
            throw new InvalidInputException("cron", "Not a valid Quartz cron expression: " + cron).explained("error.schedule.cron", cron);
        }
        try {
            TriggerKey key = triggerKey(dutyId);
            if (cron != null) {
                scheduler.rescheduleJob(key, trigger(duty, cron));
            }
            if (enabled) {
                scheduler.resumeTrigger(key);
            } else {
                scheduler.pauseTrigger(key);
            }
            Schedule after = scheduleOf(duty);
            audit.record(actor, "schedule", dutyId, "update", settingsOf(before), settingsOf(after));
            return after;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not change the schedule of " + dutyId + ": " + e.getMessage(), e);
        }
    }

    /** Runs the duty now, on whichever instance picks it up; recorded as a manual run, and who asked for it. */
    public void runNow(String dutyId, String actor) {
        duty(dutyId);
        audit.record(actor, "schedule", dutyId, "run-now", null, null);
        try {
            JobDataMap data = new JobDataMap();
            data.put(DutyJob.MANUAL, true);
            scheduler.triggerJob(JobKey.jobKey(dutyId, GROUP), data);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not run " + dutyId + ": " + e.getMessage(), e);
        }
    }

    private static java.util.Map<String, Object> settingsOf(Schedule s) {
        return java.util.Map.of("cron", String.valueOf(s.cron()), "enabled", s.enabled());
    }

    private void ensureScheduled(Duty duty) throws SchedulerException {
        JobKey jobKey = JobKey.jobKey(duty.id(), GROUP);
        if (scheduler.checkExists(jobKey) && scheduler.checkExists(triggerKey(duty.id()))) {
            inCenterZone(duty);
            return;
        }
        JobDetail job = JobBuilder.newJob(DutyJob.class).withIdentity(jobKey)
                .withDescription(duty.description()).storeDurably().requestRecovery().build();
        scheduler.addJob(job, true);
        if (!scheduler.checkExists(triggerKey(duty.id()))) {
            scheduler.scheduleJob(trigger(duty, duty.defaultCron()));
        }
    }

    /** Every duty's stored trigger read in the center's zone (done on start; the spec calls it after changing a trigger). */
    public void keepInCenterZone() throws SchedulerException {
        for (Duty duty : duties.all()) {
            inCenterZone(duty);
        }
    }

    /**
     * A trigger stored before the center's zone was honoured (or under another DCIM_TIME_ZONE) fires at the
     * same wall-clock hour of the wrong zone: it is rescheduled with its own cron in the center's zone,
     * keeping a pause an operator set.
     */
    private void inCenterZone(Duty duty) throws SchedulerException {
        TriggerKey key = triggerKey(duty.id());
        if (scheduler.getTrigger(key) instanceof CronTrigger stored && !stored.getTimeZone().getID().equals(cronZone().getID())) {
            boolean paused = scheduler.getTriggerState(key) == Trigger.TriggerState.PAUSED;
            scheduler.rescheduleJob(key, trigger(duty, stored.getCronExpression()));
            if (paused) {
                scheduler.pauseTrigger(key);
            }
            LOG.info("Duty {}: cron '{}' moved from zone {} to the center's zone {}", duty.id(), stored.getCronExpression(),
                    stored.getTimeZone().getID(), cronZone().getID());
        }
    }

    private Trigger trigger(Duty duty, String cron) {
        return TriggerBuilder.newTrigger().withIdentity(triggerKey(duty.id())).forJob(duty.id(), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(cronZone()).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** The zone the crons are read in (the center's). */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The center's zone as Quartz reads a cron in it. */
    private TimeZone cronZone() {
        return TimeZone.getTimeZone(clock.getZone());
    }

    private Schedule scheduleOf(Duty duty) {
        try {
            Trigger t = scheduler.getTrigger(triggerKey(duty.id()));
            String cron = t instanceof CronTrigger c ? c.getCronExpression() : duty.defaultCron();
            boolean enabled = t != null && scheduler.getTriggerState(t.getKey()) != Trigger.TriggerState.PAUSED;
            return new Schedule(duty.id(), duty.description(), cron, enabled,
                    t == null ? null : instant(t.getNextFireTime()), t == null ? null : instant(t.getPreviousFireTime()),
                    runs.findFirstByDutyIdOrderByIdDesc(duty.id()).orElse(null));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not read the schedule of " + duty.id() + ": " + e.getMessage(), e);
        }
    }

    private Duty duty(String dutyId) {
        return duties.find(dutyId).orElseThrow(() -> new NotFoundException("Duty", dutyId));
    }

    private static TriggerKey triggerKey(String dutyId) {
        return TriggerKey.triggerKey(dutyId, GROUP);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
