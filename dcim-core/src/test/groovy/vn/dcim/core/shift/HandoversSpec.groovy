package vn.dcim.core.shift

import io.micronaut.data.model.Pageable
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.MaintenanceWindows
import vn.dcim.core.alarm.Severity
import vn.dcim.core.error.ConflictException
import vn.dcim.core.error.NotAllowedException
import vn.dcim.core.incident.IncidentLevel
import vn.dcim.core.incident.Incidents
import vn.dcim.core.report.EquipmentReports
import vn.dcim.core.report.ReportPeriod
import vn.dcim.core.roster.DutyRoster
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Clock
import java.time.Duration
import java.time.LocalDate
import java.time.temporal.ChronoUnit

/** QĐ 11/2023 Art. 12.1i: the shift handover, pre-filled, accepted by another person, immutable; the operation log searched. */
@MicronautTest(transactional = false)
class HandoversSpec extends MariaDbSpec {
    @Inject Handovers handovers
    @Inject AlarmRaiser alarms
    @Inject Incidents incidents
    @Inject MaintenanceWindows windows
    @Inject DutyRoster roster
    @Inject EquipmentReports reports
    @Inject DataSource dataSource
    @Inject Clock clock

    def "the outgoing operator's handover is pre-filled with what is open, maintenance running and the shift's events"() {
        given: 'an alarm raised, an incident with a journal line, a maintenance window and a work order in progress'
        // stored as the rules engine stores it: the rule's English description
        alarms.raise(new AlarmSignal('ups-h3-1', 'ups-on-battery', '0', Severity.major, 'Art. 6.4', 'Art. 6.4: UPS output on battery (grid lost)'))
        def incident = incidents.open('Mất điện lưới tầng 2', null, null, IncidentLevel.ordinary, [], 'op-prefill')
        incidents.addNote(incident.id(), 'op-prefill', 'Đã gọi điện lực, chờ khôi phục')
        def now = clock.instant()
        windows.open('crac-h3-1', now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), 'Vệ sinh dàn lạnh')
        new Sql(dataSource).update("INSERT INTO work_order (plan_id, due_date, status, crew, started_at, title, kind) VALUES (NULL, ?, 'in_progress', 'Tổ bảo trì 1', ?, 'Thay ắc quy UPS', 'corrective')",
                [LocalDate.now(clock), java.sql.Timestamp.from(now.minus(Duration.ofMinutes(30)))])

        when:
        def h = handovers.open('op-prefill')

        then:
        !h.accepted()
        h.outgoing() == 'op-prefill'
        // the operation log is a Vietnamese record: a rule's alarm reads in its rule's Vietnamese words
        h.summary().openAlarms()*.text().any { it.contains('ups-h3-1') && it.contains('Điều 6 khoản 4: UPS đang chạy bằng ắc quy (mất điện lưới)') }
        h.summary().openIncidents()*.text().any { it.contains('Mất điện lưới tầng 2') }
        h.summary().maintenance()*.text().any { it.contains('crac-h3-1') && it.contains('Vệ sinh dàn lạnh') }
        h.summary().workOrders()*.text().any { it.contains('Thay ắc quy UPS') && it.contains('Tổ bảo trì 1') }
        h.summary().events().find { it.kind() == 'alarm-raised' && it.text().contains('ups-h3-1') }
        h.summary().events().find { it.kind() == 'incident-opened' && it.text().contains('Mất điện lưới tầng 2') }
        h.summary().events().find { it.kind() == 'journal' && it.text().contains('Đã gọi điện lực') }

        when: 'opened again, the same draft is refreshed and keeps its notes'
        handovers.notes(h.id(), 'op-prefill', 'Theo dõi UPS tầng 2')
        def again = handovers.open('op-prefill')

        then:
        again.id() == h.id()
        again.notes() == 'Theo dõi UPS tầng 2'
        !again.shiftEnd().isBefore(h.shiftEnd())
    }

    def "an operator on the duty roster hands over the shift the roster gave them"() {
        given:
        def start = clock.instant().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS)
        roster.add(start, start.plus(Duration.ofHours(8)), 'op-roster', null, 'supervisor')

        when:
        def h = handovers.open('op-roster')

        then:
        h.spanSource() == 'roster'
        h.shiftStart() == start
    }

    def "off the roster, the shift starts when the last handover was accepted"() {
        given:
        def first = handovers.accept(handovers.open('op-span-1').id(), 'op-span-2')

        when:
        def h = handovers.open('op-span-2')

        then:
        h.spanSource() == 'handover'
        h.shiftStart() == first.acceptedAt()
    }

    def "the incoming operator #incoming accepting the handover of op-out is #outcome"() {
        given:
        def draft = handovers.open('op-out')

        when:
        def accepted = null
        def refused = null
        try {
            accepted = handovers.accept(draft.id(), incoming)
        } catch (ConflictException e) {
            refused = e
        }

        then:
        (accepted != null) == (outcome == 'accepted')
        refused == null || (refused.field() == 'incoming' && refused.explanation().key() == 'error.handover.same-person')
        accepted == null || (accepted.incoming() == incoming && accepted.acceptedAt() != null && accepted.outgoing() == 'op-out')
        new Sql(dataSource).count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'handover' AND entity_id = ? AND action = 'accept'",
                [String.valueOf(draft.id())]) == (outcome == 'accepted' ? 1 : 0)

        cleanup: 'the draft of op-out makes way for the next row'
        new Sql(dataSource).update("DELETE FROM shift_handover WHERE outgoing = 'op-out' AND accepted_at IS NULL")

        where:
        incoming || outcome
        'op-out' || 'refused'
        'op-in'  || 'accepted'
    }

    def "an accepted handover cannot change: #change"() {
        given:
        def h = handovers.open('op-sealed')
        handovers.notes(h.id(), 'op-sealed', 'Ghi chú gốc')
        def accepted = handovers.accept(h.id(), 'op-next')

        when:
        action(handovers, h.id())

        then:
        def e = thrown(ConflictException)
        e.explanation().key() == 'error.handover.accepted'
        handovers.find(h.id()) == accepted

        where:
        change               | action
        'notes rewritten'    | { Handovers s, long id -> s.notes(id, 'op-sealed', 'Sửa sau khi giao') }
        'accepted again'     | { Handovers s, long id -> s.accept(id, 'op-third') }
    }

    def "only the outgoing operator writes the draft's notes"() {
        given:
        def h = handovers.open('op-owner')

        when:
        handovers.notes(h.id(), 'op-stranger', 'Không phải của tôi')

        then:
        thrown(NotAllowedException)
        handovers.find(h.id()).notes() == null
    }

    def "the operation log is searched in SQL: #text, days #from to #to, operator #operator finds #count, a page holds #onPage"() {
        given: 'five accepted handovers with a word of their own'
        if (new Sql(dataSource).count("SELECT COUNT(*) FROM shift_handover WHERE notes LIKE '%zeta-h3%'") == 0) {
            (1..5).each { i ->
                def h = handovers.open("op-search-$i")
                handovers.notes(h.id(), "op-search-$i", "Máy phát số $i chạy thử, mã zeta-h3")
                handovers.accept(h.id(), i % 2 == 0 ? 'op-even' : 'op-odd')
            }
        }
        def today = LocalDate.now(clock)

        when:
        def page = handovers.search(new HandoverFilter(text, from == null ? null : today.plusDays(from), to == null ? null : today.plusDays(to),
                operator, false), Pageable.from(0, 2))

        then:
        page.totalSize == count
        page.content.size() == onPage
        page.content.every { it.accepted() }

        where:
        text        | from | to   | operator      || count | onPage
        'zeta-h3'   | null | null | null          || 5     | 2
        'zeta-h3'   | null | null | 'op-even'     || 2     | 2
        'zeta-h3'   | null | null | 'op-search-3' || 1     | 1
        'zeta-h3'   | 0    | 0    | null          || 5     | 2
        'zeta-h3'   | 1    | null | null          || 0     | 0
        'zeta-h3'   | null | -1   | null          || 0     | 0
        'số 4 chạy' | null | null | null          || 1     | 1
        '100%'      | null | null | null          || 0     | 0
    }

    def "the quarterly report has the operation log as a section"() {
        given:
        def h = handovers.open('op-report')
        handovers.notes(h.id(), 'op-report', 'Bàn giao cho báo cáo quý')
        handovers.accept(h.id(), 'op-report-in')
        def today = LocalDate.now(clock)
        def period = ReportPeriod.parse("${today.year}-Q${(today.monthValue - 1).intdiv(3) + 1}")

        when:
        def section = reports.build(period, 'vi').sections().find { it.title().contains('Nhật ký vận hành') }

        then:
        section != null
        section.title() == '11. Nhật ký vận hành — các lần giao ca (Điều 12 khoản 1 điểm i)'
        section.rows().find { it[2] == 'op-report' && it[3] == 'op-report-in' && it[8] == 'Bàn giao cho báo cáo quý' }
    }
}
