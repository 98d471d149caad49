package vn.dcim.core.schedule

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.quartz.CronScheduleBuilder
import org.quartz.CronTrigger
import org.quartz.Scheduler
import org.quartz.Trigger
import org.quartz.TriggerBuilder
import org.quartz.TriggerKey
import vn.dcim.core.testing.MariaDbSpec

import java.time.ZoneId

/**
 * The duties' crons are the center's wall clock (DCIM_TIME_ZONE), not the JVM's UTC: the nightly
 * backup at "0 30 1 * * ?" runs at 01:30 in Hà Nội, not at 08:30. Triggers a previous release stored in the
 * JDBC job store in UTC are moved to the center's zone on start, keeping an operator's pause.
 */
@MicronautTest(transactional = false)
class DutySchedulerZoneSpec extends MariaDbSpec {
    static final ZoneId CENTER = ZoneId.of('Asia/Ho_Chi_Minh')

    @Inject DutyScheduler duties
    @Inject Scheduler quartz

    @Override
    Map<String, String> extraProperties() { ['dcim.scheduler.enabled': 'true', 'dcim.time-zone': CENTER.id] }

    def "#duty (#cron) fires next at #time in the center's zone"() {
        when:
        def next = duties.schedule(duty).nextFire().atZone(CENTER)
        def trigger = quartz.getTrigger(TriggerKey.triggerKey(duty, DutyScheduler.GROUP)) as CronTrigger

        then:
        trigger.cronExpression == cron
        trigger.timeZone.getID() == CENTER.id
        next.toLocalTime().toString() == time

        where:
        duty                | cron            || time
        'database-backup'   | '0 30 1 * * ?'  || '01:30'
        'reading-retention' | '0 15 3 * * ?'  || '03:15'
    }

    def "a trigger stored in UTC by an earlier release is moved to the center's zone, still paused"() {
        given: 'the nightly backup as the job store held it before: UTC, paused by an operator'
        def key = TriggerKey.triggerKey('database-backup', DutyScheduler.GROUP)
        quartz.rescheduleJob(key, TriggerBuilder.newTrigger().withIdentity(key).forJob('database-backup', DutyScheduler.GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule('0 30 1 * * ?').inTimeZone(TimeZone.getTimeZone('UTC'))).build())
        quartz.pauseTrigger(key)
        assert duties.schedule('database-backup').nextFire().atZone(CENTER).toLocalTime().toString() == '08:30'

        when: 'the product starts again'
        duties.keepInCenterZone()

        then:
        (quartz.getTrigger(key) as CronTrigger).timeZone.getID() == CENTER.id
        duties.schedule('database-backup').nextFire().atZone(CENTER).toLocalTime().toString() == '01:30'
        quartz.getTriggerState(key) == Trigger.TriggerState.PAUSED

        cleanup:
        quartz.resumeTrigger(key)
    }
}
