package vn.dcim.web.schedule

import io.micronaut.context.annotation.Requires
import jakarta.inject.Singleton
import vn.dcim.core.schedule.Duty
import vn.dcim.core.schedule.DutyOutcome

import java.time.Instant

/** A duty due every second, switched on only by the specs that watch the scheduler fire. */
@Singleton
@Requires(property = 'dcim.test.tick-duty', value = 'true')
class TickDuty implements Duty {
    String id() { 'tick' }

    String description() { 'Spec duty: fires every second' }

    String defaultCron() { '* * * * * ?' }

    DutyOutcome run(Instant now) { DutyOutcome.ok("tick at ${now}") }
}
