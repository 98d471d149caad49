package vn.dcim.web.report

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import jakarta.mail.Part
import jakarta.mail.internet.MimeMessage
import jakarta.mail.internet.MimeMultipart
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.report.MailedReport
import vn.dcim.core.schedule.Duties
import vn.dcim.core.schedule.RunStatus
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.MailSpec
import vn.dcim.web.testing.TestUsers

import java.nio.file.Files
import java.time.Clock
import java.time.Instant
import java.time.LocalDate

/**
 * A supervisor schedules a report e-mail through the API; when its cron comes, the
 * report-mailings duty renders the report and the e-mail arrives at a real SMTP server (GreenMail) with the file.
 */
@MicronautTest(transactional = false)
class ReportMailDutySpec extends MailSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject Duties duties
    @Inject Clock clock

    @Override
    Map<String, String> extraProperties() {
        smtpProperties() +
        ['dcim.notify.dispatch-interval': '200ms',
         'dcim.data-dir'                : Files.createTempDirectory('report-mail').toString()]
    }

    String supervisor() {
        users.token(EnumSet.of(Role.supervisor))
    }

    def "a scheduled #format report e-mail arrives with the file when its cron comes, once"() {
        given: 'a mailing scheduled at 07:00 every day (center zone)'
        def calls = new Calls(server.URL)
        def made = calls.post('/api/report-mailings', [report: 'equipment_quarter', format: format, lang: 'vi',
                                                       recipients: ["so-tttt-$format@example.gov.vn".toString()], cron: '0 0 7 * * ?', enabled: true], supervisor())
        Instant due = Instant.parse(made.json.nextRunAt as String)
        def period = MailedReport.equipment_quarter.periodBefore(LocalDate.ofInstant(due, clock.zone))

        expect:
        made.status == 201
        due.atZone(clock.zone).hour == 7 && due.atZone(clock.zone).minute == 0

        when: 'the duty runs before the time: nothing goes'
        def early = duties.find('report-mailings').get().run(due.minusSeconds(60))

        then:
        early.message() == 'No report mailing due'

        when: 'the duty runs at the time'
        def outcome = duties.find('report-mailings').get().run(due)
        def again = duties.find('report-mailings').get().run(due)

        then:
        outcome.status() == RunStatus.ok
        outcome.message().contains("bao-cao-thiet-bi-${period.label()}.${format} attached to 1")
        again.message() == 'No report mailing due'
        new PollingConditions(timeout: 20).eventually {
            assert smtp.receivedMessages.count { it.allRecipients*.toString() == ["so-tttt-$format@example.gov.vn".toString()] } == 1
        }
        def mail = smtp.receivedMessages.find { it.allRecipients*.toString() == ["so-tttt-$format@example.gov.vn".toString()] } as MimeMessage
        mail.subject.contains(period.label())
        def file = attachment(mail)
        file.fileName == "bao-cao-thiet-bi-${period.label()}.${format}"
        check(file.inputStream.bytes)
        calls.get("/api/report-mailings/${made.json.id}", supervisor()).json.lastOutcome.contains('attached')

        where:
        format | check
        'pdf'  | { byte[] b -> Loader.loadPDF(b).withCloseable { new PDFTextStripper().getText(it) }.contains('Nhật ký vận hành') }
        'xlsx' | { byte[] b -> new String(b, 0, 2) == 'PK' }
    }

    def "a mailing with #body refused names #field"() {
        when:
        def answer = new Calls(server.URL).post('/api/report-mailings', [report: 'equipment_year', format: 'pdf', lang: 'vi',
                                                                        recipients: ['a@example.vn'], cron: '0 0 7 * * ?', enabled: true] + body, supervisor())

        then:
        answer.status in [400, 422]
        answer.text.contains(field)

        where:
        body                          || field
        [cron: 'every day']           || 'cron'
        [recipients: ['not-an-addr']] || 'recipients'
        [recipients: []]              || 'recipients'
        [format: 'docx']              || 'format'
        [lang: 'fr']                  || 'lang'
        [report: 'weather']           || 'report'
    }

    def "an operator may not schedule report e-mails"() {
        expect:
        new Calls(server.URL).post('/api/report-mailings', [report: 'equipment_year', format: 'pdf', lang: 'vi', recipients: ['a@example.vn'],
                                                            cron: '0 0 7 * * ?', enabled: true], users.token(EnumSet.of(Role.operator))).status == 403
    }

    private static Part attachment(MimeMessage mail) {
        def multipart = mail.content as MimeMultipart
        (0..<multipart.count).collect { multipart.getBodyPart(it) }.find { Part.ATTACHMENT.equalsIgnoreCase(it.disposition) || it.fileName }
    }
}
