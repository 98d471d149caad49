package vn.dcim.core.compliance

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.RecordingAlarms
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset

@MicronautTest(transactional = false)
class YearlyReminderDutySpec extends MariaDbSpec {

    @Inject YearlyReminderDuty duty
    @Inject ComplianceTaskRepository tasks
    @Inject ComplianceFindings findings
    @Inject DataSource dataSource
    RecordingAlarms alarms = new RecordingAlarms()

    @MockBean(AlarmRaiser)
    AlarmRaiser recordingAlarms() { alarms }

    def "two years of daily runs open one task per duty and year; an undone task past its due date is a finding told once, not an alarm"() {
        given: 'a supervisor and the head of the center to be told'
        def sql = new Sql(dataSource)
        ['supervisor', 'leader'].each {
            sql.update("INSERT INTO notification_recipient (name, role, channel, address) VALUES (?, ?, 'email', ?)", [it, it, "$it@so.vn".toString()])
        }

        and: 'a daily run from 1 Jan 2026 to 31 Mar 2027, done in seconds'
        def day = LocalDate.of(2026, 1, 1)

        when:
        while (day <= LocalDate.of(2027, 3, 31)) {
            if (day == LocalDate.of(2026, 6, 1)) {
                def scan = tasks.findAllOrderByDueDateDesc().find { it.kind() == 'malware_scan' && it.period() == 2026 }
                tasks.update(new ComplianceTask(scan.id(), scan.kind(), scan.period(), scan.title(), scan.article(),
                        scan.dueDate(), day.atStartOfDay().toInstant(ZoneOffset.UTC), 'Nguyễn Văn B', 'Quét toàn hệ thống'))
            }
            duty.run(day.atTime(8, 0).toInstant(ZoneOffset.UTC))
            day = day.plusDays(1)
        }

        then:
        tasks.findAllOrderByDueDateDesc().collect { "${it.kind()} ${it.period()}".toString() }.sort() == [
                'malware_scan 2026', 'malware_scan 2027', 'security_training 2026', 'security_training 2027',
                'vulnerability_assessment 2026', 'vulnerability_assessment 2027']
        tasks.findAll().every { it.dueDate().monthValue == 12 && it.dueDate().dayOfMonth == 31 }

        and: 'the undone 2026 tasks are findings with their articles; the done one is not'
        findings.current(LocalDate.of(2027, 3, 31)).findAll { it.id().startsWith('task.') }.collect { "${it.id()} ${it.article()} ${it.state()}".toString() }.sort() == [
                'task.security_training.2026 Art. 32.2 overdue', 'task.vulnerability_assessment.2026 Art. 27.6 overdue']

        and: 'no alarm: findings are not alarms (issue 31)'
        alarms.active.isEmpty()

        and: 'the supervisor and the head of the center are told once of each, on its first day overdue'
        sql.rows("SELECT role, subject FROM notification WHERE subject LIKE '%task.%'").collect { "${it.role} ${it.subject.find(/task\.[a-z_]+\.\d+/)}".toString() }.sort() == [
                'leader task.security_training.2026', 'leader task.vulnerability_assessment.2026',
                'supervisor task.security_training.2026', 'supervisor task.vulnerability_assessment.2026']
    }
}
