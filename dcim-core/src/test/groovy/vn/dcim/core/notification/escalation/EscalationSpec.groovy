package vn.dcim.core.notification.escalation

import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.compliance.ComplianceCheck
import vn.dcim.core.compliance.PolicyProfiles
import vn.dcim.core.notification.Channel
import vn.dcim.core.notification.Recipient
import vn.dcim.core.notification.RecipientRepository
import vn.dcim.core.notification.RecipientRole

import org.slf4j.LoggerFactory

import java.time.Clock
import java.time.Duration

/**
 * Art. 36.3 / 30.8c: the first notice of an alarm goes to whoever the roster has on duty; unacknowledged
 * after its severity's time (escalation.yml) it goes to the shift leader, then to the head of the center, each step
 * in the alarm's history; nobody on duty sends it to the fallback recipients and is a compliance finding.
 */
@MicronautTest(transactional = false)
class EscalationSpec extends EscalatingSpec {
    @Inject AlarmSteps steps
    @Inject RecipientRepository recipients
    @Inject List<ComplianceCheck> checks
    @Inject PolicyProfiles profiles

    @MockBean(Clock)
    Clock clock() { clock }

    def setup() {
        recipients.deleteAll()
        recipients.save(new Recipient(null, 'Hộp thư chung', RecipientRole.operator, Channel.email, 'truc-ca@ttdl.example.vn', Severity.info, true))
        person('an', 'operator')
        person('binh', 'shift_leader')
        person('chi', 'head')
    }

    private long raise(Severity severity) {
        def device = 'ups-' + UUID.randomUUID().toString().take(6)
        raiser.raise(new AlarmSignal(device, 'ups-on-battery', '0', severity, 'Art. 6.4', 'Art. 6.4: UPS output on battery'))
        alarms.list('open', 10, 0).find { it.source() == device }.id()
    }

    private List<String> toldAddresses(long alarmId) {
        outbox.findByAlarmIdOrderById(alarmId)*.address()
    }

    def "a #severity alarm goes to the one on duty, after #minutes min to the shift leader, then to the head"() {
        given: 'an on duty from 08:00 to 16:00'
        roster.add(T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(6)), 'an', null, 'spec')

        when:
        long id = raise(severity)

        then: 'the first notice goes to an alone, not to the role list'
        toldAddresses(id) == ['an@ttdl.example.vn']
        steps.of(id)*.kind == ['notified']

        when: 'one minute short of its time'
        clock.advance(Duration.ofMinutes(minutes - 1))

        then:
        escalation.escalate() == 0

        when: 'its time is up'
        clock.advance(Duration.ofMinutes(1))

        then: 'the shift leader is told, once however often the round runs'
        escalation.escalate() == 1
        escalation.escalate() == 0
        toldAddresses(id) == ['an@ttdl.example.vn', 'binh@ttdl.example.vn']
        outbox.findByAlarmIdOrderById(id)[1].body().contains("chưa được xác nhận sau $minutes phút")

        when: 'still nobody acknowledges'
        clock.advance(Duration.ofMinutes(minutes))

        then: 'the head of the center, and there the escalation ends'
        escalation.escalate() == 1
        toldAddresses(id) == ['an@ttdl.example.vn', 'binh@ttdl.example.vn', 'chi@ttdl.example.vn']
        steps.of(id).collect { [it.kind(), it.level()] } == [['notified', 0], ['escalated', 1], ['escalated', 2]]

        when:
        clock.advance(Duration.ofHours(1))

        then:
        escalation.escalate() == 0

        where:
        severity          | minutes
        Severity.critical | 5
        Severity.major    | 15
    }

    def "an alarm that reached the last level (#rounds rounds later) is no longer tried: no step, no notice, no failed attempt"() {
        given: 'an alarm escalated up to the head of the center'
        roster.add(T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(6)), 'an', null, 'spec')
        long id = raise(Severity.critical)
        clock.advance(Duration.ofMinutes(5))
        escalation.escalate()
        clock.advance(Duration.ofMinutes(5))
        escalation.escalate()
        assert steps.of(id)*.level() == [0, 1, 2]
        def logger = (Logger) LoggerFactory.getLogger(Escalation)
        def written = new ListAppender<ILoggingEvent>()
        written.start()
        logger.addAppender(written)

        when: 'the rounds go on, the alarm still unacknowledged'
        def escalated = (1..rounds).collect {
            clock.advance(Duration.ofMinutes(5))
            escalation.escalate()
        }

        then: 'the last level is where it ends: nothing is attempted above it'
        escalated.every { it == 0 }
        steps.of(id)*.level() == [0, 1, 2]
        toldAddresses(id) == ['an@ttdl.example.vn', 'binh@ttdl.example.vn', 'chi@ttdl.example.vn']
        written.list.findAll { it.formattedMessage.contains("alarm $id ") }.isEmpty()

        cleanup:
        logger?.detachAppender(written)

        where:
        rounds << [1, 3]
    }

    def "an alarm acknowledged in time, or of a severity without a time, is not escalated"() {
        given:
        roster.add(T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(6)), 'an', null, 'spec')
        long acknowledged = raise(Severity.critical)
        long minor = raise(Severity.minor)
        alarms.acknowledge(acknowledged, 'an', 'on it')

        when:
        clock.advance(Duration.ofHours(2))

        then:
        escalation.escalate() == 0
        toldAddresses(acknowledged) == ['an@ttdl.example.vn']
        toldAddresses(minor) == ['an@ttdl.example.vn']
    }

    def "nobody on duty (#what): the fallback recipients are told and the roster check finds it (Art. 36.3)"() {
        given: 'the next eight days are covered, by someone'
        def start = T0.minus(Duration.ofMinutes(1))
        (0..7).each { roster.add(start.plus(Duration.ofDays(it)), start.plus(Duration.ofDays(it + 1)), onDuty, null, 'spec') }
        def check = checks.find { it.key() == 'duty-roster-24-7' }

        expect: 'before any alarm, the roster holds'
        check.judge(clock.instant(), profiles.selected()).state().name() == 'compliant'

        when:
        long id = raise(Severity.critical)

        then: 'the role list gets the first notice, the gap is in the alarm history'
        toldAddresses(id) == ['truc-ca@ttdl.example.vn']
        steps.of(id)*.kind == ['fallback']
        steps.of(id)[0].told() == told

        and:
        def j = check.judge(clock.instant(), profiles.selected())
        j.state().name() == 'non_compliant'
        j.said().key() == 'compliance.s.roster.fallback'

        when: 'unacknowledged, it still escalates to the shift leader'
        clock.advance(Duration.ofMinutes(5))

        then:
        escalation.escalate() == 1
        toldAddresses(id) == ['truc-ca@ttdl.example.vn', 'binh@ttdl.example.vn']

        where:
        what                           | onDuty || told
        'a name with no notified person' | 'dung' || 'no contact of dung'
    }
}
