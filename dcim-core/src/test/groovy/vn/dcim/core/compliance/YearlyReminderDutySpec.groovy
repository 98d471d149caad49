package vn.dcim.core.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.schedule.DutyOutcome
import vn.dcim.core.schedule.RunStatus
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.LocalDate
import java.time.ZoneOffset

@MicronautTest(transactional = false)
class YearlyReminderDutySpec extends MariaDbSpec {

    @Inject YearlyReminderDuty duty
    @Inject ComplianceTaskRepository tasks
    @Inject DataSource dataSource

    def "two years of daily runs open one task per duty and year; an undone task past its due date is named by the run, and is no alarm"() {
        given: 'a daily run from 1 Jan 2026 to 31 Mar 2027, done in seconds'
        def day = LocalDate.of(2026, 1, 1)
        DutyOutcome last = null

        when:
        while (day <= LocalDate.of(2027, 3, 31)) {
            if (day == LocalDate.of(2026, 6, 1)) {
                def scan = tasks.findAllOrderByDueDateDesc().find { it.kind() == 'malware_scan' && it.period() == 2026 }
                tasks.update(new ComplianceTask(scan.id(), scan.kind(), scan.period(), scan.title(), scan.article(),
                        scan.dueDate(), day.atStartOfDay().toInstant(ZoneOffset.UTC), 'Nguyễn Văn B', 'Quét toàn hệ thống'))
            }
            last = duty.run(day.atTime(8, 0).toInstant(ZoneOffset.UTC))
            day = day.plusDays(1)
        }

        then:
        tasks.findAllOrderByDueDateDesc().collect { "${it.kind()} ${it.period()}".toString() }.sort() == [
                'malware_scan 2026', 'malware_scan 2027', 'security_training 2026', 'security_training 2027',
                'vulnerability_assessment 2026', 'vulnerability_assessment 2027']
        tasks.findAll().every { it.dueDate().monthValue == 12 && it.dueDate().dayOfMonth == 31 }

        and: 'the undone 2026 tasks are overdue; the done one is not'
        last.status() == RunStatus.warning
        last.message().endsWith('overdue: vulnerability_assessment 2026, security_training 2026')
                || last.message().endsWith('overdue: security_training 2026, vulnerability_assessment 2026')
        !last.message().contains('malware_scan 2026')

        and: 'no alarm: a compliance finding is not an alarm'
        new Sql(dataSource).count("SELECT COUNT(*) FROM alarm WHERE rule_id LIKE 'task.%' AND closed_at IS NULL") == 0
    }
}
