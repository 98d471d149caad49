package vn.dcim.core.schedule

import io.micronaut.context.annotation.Requires
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant

/**
 * A duty's id, default cron and description are declared once, on its class; a configured figure the description names
 * is the duty's own figure, as the schedules screen and the Quartz job show it.
 */
@MicronautTest(transactional = false)
class RegulationDutySpec extends MariaDbSpec {
    @Inject Duties duties

    // a plan makes its class a bean; these two stay out of every context (the test-jar carries them to web's too)
    @Requires(property = 'spec.regulation-duty.beans')
    @DutyPlan(id = 'spec-plain', cron = '0 0 1 * * ?', description = 'Art. 1.1: a plain duty')
    static class Plain extends RegulationDuty {
        DutyOutcome run(Instant now) { DutyOutcome.ok('done') }
    }

    @Requires(property = 'spec.regulation-duty.beans')
    @DutyPlan(id = 'spec-figures', cron = '0 0 2 * * ?', description = 'Art. 1.2: keep {0} days, then {1} more, never {0}{1}')
    static class Figures extends RegulationDuty {
        protected List<?> figures() { [30, 'six'] }

        DutyOutcome run(Instant now) { DutyOutcome.ok('done') }
    }

    static class Unplanned extends RegulationDuty {
        DutyOutcome run(Instant now) { DutyOutcome.ok('done') }
    }

    def "the class's plan gives the duty its id, cron and description, the figures filled in"() {
        expect:
        [duty.id(), duty.defaultCron(), duty.description()] == [id, cron, description]

        where:
        duty          || id             | cron            | description
        new Plain()   || 'spec-plain'   | '0 0 1 * * ?'   | 'Art. 1.1: a plain duty'
        new Figures() || 'spec-figures' | '0 0 2 * * ?'   | 'Art. 1.2: keep 30 days, then six more, never 30six'
    }

    def "a duty whose class names no plan is refused when it is made"() {
        when:
        new Unplanned()

        then:
        IllegalStateException e = thrown()
        e.message.contains('Unplanned')
    }

    // every duty of core (equipment-reports needs web's renderer)
    def "a planned class is a duty of the context unless it is kept out"() {
        expect:
        duties.find(id).isPresent() == present

        where:
        id                        || present
        'access-log-continuity'   || true
        'account-inactivity'      || true
        'alarm-escalation'        || true
        'backup-register-check'   || true
        'battery-replacement'     || true
        'camera-retention-check'  || true
        'capacity-snapshot'       || true
        'compliance-evaluation'   || true
        'database-backup'         || true
        'device-log-retention'    || true
        'device-staleness'        || true
        'duty-run-retention'      || true
        'expiry-warnings'         || true
        'grid-loss-root'          || true
        'held-alarm-release'      || true
        'incident-symptom-settle' || true
        'isp-link-check'          || true
        'maintenance-planning'    || true
        'personal-data-retention' || true
        'reading-chunks'          || true
        'reading-partitions'      || true
        'reading-retention'       || true
        'reading-rollups'         || true
        'yearly-reminders'        || true
        'spec-plain'              || false
        'spec-figures'            || false
    }

    def "#id tells its configured figure in its description"() {
        expect:
        duties.find(id).orElseThrow().description() == description

        where:
        id                        || description
        'device-staleness'        || 'Art. 25.1: alarm on a device that sent no data for 3 polling intervals'
        'account-inactivity'      || 'Art. 16.3: suspend accounts idle 30 days or more and accounts whose registration expired'
        'expiry-warnings'         || 'Art. 21.1e: warn of warranties and software licences ending within 60 days, and of those already ended'
        'personal-data-retention' || 'Law 91/2025/QH15; QĐ 11/2023 Điều 30 khoản 7 điểm a, Điều 6 khoản 5 (Art. 30.7a, 6.5): face pictures kept 30 days, ' +
                'the access log 400 days (at least 6 months), then erased unless under a legal hold'
        'access-log-continuity'   || 'Art. 6.6: access control runs 24/7 with a complete log; alarm when a door controller is silent over 15 minutes'
        'duty-run-retention'      || "Art. 11.3, 30.7a: the duties' register stays readable: runs that went well kept 90 days; " +
                "every warning, failure and misfire and each duty's last run kept for good (evidence)"
        'reading-retention'       || 'Art. 30.7a: keep monitoring data at least 6 months (here 400 days), drop older days'
        'device-log-retention'    || 'Art. 30.7a: keep the device log (traps, syslog) at least 6 months (here 400 days), drop older days'
    }
}
