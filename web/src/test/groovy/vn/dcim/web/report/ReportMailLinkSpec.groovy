package vn.dcim.web.report

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.schedule.Duties
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.MailSpec
import vn.dcim.web.testing.TestUsers

import java.nio.file.Files
import java.time.Instant

/** A report larger than dcim.report-mail.max-attachment-bytes is linked in the e-mail, not attached. */
@MicronautTest(transactional = false)
class ReportMailLinkSpec extends MailSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject Duties duties

    @Override
    Map<String, String> extraProperties() {
        smtpProperties() +
        ['dcim.notify.dispatch-interval'            : '200ms',
         'dcim.public-url'                          : 'https://dcim.ttdl.example.vn',
         'dcim.report-mail.max-attachment-bytes'    : '1000',
         'dcim.data-dir'                            : Files.createTempDirectory('report-link').toString()]
    }

    def "a report over the size limit arrives as a download link"() {
        given:
        def made = new Calls(server.URL).post('/api/report-mailings', [report: 'equipment_year', format: 'xlsx', lang: 'en',
                                                                      recipients: ['lanh-dao@example.gov.vn'], cron: '0 30 8 ? * MON', enabled: true],
                users.token(EnumSet.of(Role.supervisor)))
        Instant due = Instant.parse(made.json.nextRunAt as String)

        when:
        def outcome = duties.find('report-mailings').get().run(due)

        then:
        outcome.message().contains('linked to 1')
        new PollingConditions(timeout: 20).eventually {
            assert smtp.receivedMessages.size() == 1
        }
        def mail = smtp.receivedMessages[0]
        !(mail.content instanceof jakarta.mail.Multipart)
        String body = mail.content as String
        body.contains('https://dcim.ttdl.example.vn/api/reports/equipment?period=')
        body.contains('format=xlsx&lang=en')
    }
}
