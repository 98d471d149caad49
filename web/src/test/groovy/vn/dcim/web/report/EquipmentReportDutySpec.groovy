package vn.dcim.web.report

import vn.dcim.core.report.*

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import jakarta.mail.internet.MimeMultipart
import vn.dcim.core.alarm.Severity
import vn.dcim.core.notification.Channel
import vn.dcim.core.notification.NotificationDispatcher
import vn.dcim.core.notification.Recipient
import vn.dcim.core.notification.RecipientRepository
import vn.dcim.core.notification.RecipientRole
import vn.dcim.web.testing.MailSpec

import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant

/** Art. 7.2 / 18.1: the quarter's and the year's reports are written once and e-mailed with the XLSX attached. */
@MicronautTest(transactional = false)
class EquipmentReportDutySpec extends MailSpec {
    static final Path DATA = Files.createTempDirectory('report-duty')

    @Inject EquipmentReportDuty duty
    @Inject RecipientRepository recipients
    @Inject NotificationDispatcher dispatcher

    @Override
    Map<String, String> extraProperties() {
        smtpProperties() + ['dcim.data-dir': DATA.toString(), 'dcim.notify.dispatch-interval': '1h']
    }

    def "on 1 January the Q4 and the yearly reports are stored and sent to the management body, once"() {
        given:
        recipients.save(new Recipient(null, 'Sở TTTT', RecipientRole.management_body, Channel.email, 'so-tttt@example.gov.vn', Severity.info, true))

        when:
        def outcome = duty.run(Instant.parse('2027-01-01T06:00:00Z'))
        dispatcher.dispatch()

        then:
        outcome.status().name() == 'ok'
        Files.exists(DATA.resolve('reports/bao-cao-thiet-bi-2026-Q4.xlsx'))
        Files.exists(DATA.resolve('reports/bao-cao-thiet-bi-2026-Q4.pdf'))
        Files.exists(DATA.resolve('reports/bao-cao-thiet-bi-2026.xlsx'))
        def mails = smtp.receivedMessages
        mails.size() == 2
        mails*.subject.sort() == ['[DCIM] Báo cáo tình hình quản lý, sử dụng thiết bị 2026 (Điều 7 khoản 2)',
                                  '[DCIM] Báo cáo tình hình quản lý, sử dụng thiết bị 2026-Q4 (Điều 7 khoản 2)']
        def parts = mails.find { it.subject.contains('2026-Q4') }.content as MimeMultipart
        parts.count == 2
        parts.getBodyPart(1).fileName == 'bao-cao-thiet-bi-2026-Q4.xlsx'

        when: 'the duty runs again (re-run by hand, or on another instance)'
        duty.run(Instant.parse('2027-01-01T06:05:00Z'))
        dispatcher.dispatch()

        then:
        smtp.receivedMessages.size() == 2
    }
}
