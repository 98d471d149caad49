package vn.dcim.core.notification

import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.ServerSetup
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.outbound.OutboundHosts
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource

/**
 * E-mail notifications (Art. 30.8c) through a real SMTP server (GreenMail) and the outbox in MariaDB:
 * recipients by role and severity, escalation by incident level, retried until delivered.
 */
@MicronautTest(transactional = false)
class NotificationDeliverySpec extends MariaDbSpec {
    static final int SMTP_PORT = new ServerSocket(0).withCloseable { it.localPort }

    @Inject AlarmRaiser raiser
    @Inject RecipientRepository recipients
    @Inject NotificationRepository outbox
    @Inject NotificationDispatcher dispatcher
    @Inject DataSource dataSource
    @Inject OutboundHosts outboundHosts

    GreenMail smtp

    @Override
    Map<String, String> extraProperties() {
        ['dcim.notify.smtp.host': '127.0.0.1', 'dcim.notify.smtp.port': "$SMTP_PORT".toString(),
         'dcim.notify.smtp.from': 'dcim@ttdl.example.vn', 'dcim.notify.dispatch-interval': '1h']
    }

    def setup() {
        new Sql(dataSource).update('DELETE FROM notification')
        recipients.deleteAll()
        recipients.save(new Recipient(null, 'Trực ca', RecipientRole.operator, Channel.email, 'truc-ca@ttdl.example.vn', Severity.major, true))
        recipients.save(new Recipient(null, 'Ca trưởng (chỉ critical)', RecipientRole.operator, Channel.email, 'truong-ca@ttdl.example.vn', Severity.critical, true))
        recipients.save(new Recipient(null, 'Sở TTTT', RecipientRole.management_body, Channel.email, 'so-tttt@example.gov.vn', Severity.info, true))
        recipients.save(new Recipient(null, 'UBND tỉnh', RecipientRole.people_committee, Channel.email, 'ubnd@example.gov.vn', Severity.info, true))
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, '127.0.0.1', 'smtp'))
    }

    def cleanup() {
        smtp?.stop()
    }

    def "recipients get the alarms at or above their severity"() {
        given:
        smtp.start()
        def device = 'ups-' + UUID.randomUUID().toString().take(6)

        when:
        raiser.raise(new AlarmSignal(device, 'ups-on-battery', '0', Severity.major, 'Art. 6.4', 'Art. 6.4: UPS output on battery'))
        dispatcher.dispatch()

        then: 'the operator on shift gets it; the one who wants only critical does not'
        def mails = smtp.receivedMessages
        mails*.allRecipients.flatten()*.toString() == ['truc-ca@ttdl.example.vn']
        mails[0].subject == "[DCIM][Cao] ${device}: Điều 6 khoản 4: UPS output on battery"
        mails[0].content.toString().contains('Mức độ: Cao')
        outbox.findAll().every { it.deliveredAt() != null && it.attempts() == 1 }
    }

    def "a #lang recipient reads the alarm's subject and body in #lang, with the severity named as on the console"() {
        given:
        smtp.start()
        recipients.deleteAll()
        recipients.save(new Recipient(null, 'Trực ca', RecipientRole.operator, Channel.email, 'truc-ca@ttdl.example.vn', Severity.info, true, null, lang))
        def device = 'ups-' + UUID.randomUUID().toString().take(6)

        when: 'a rule raises its shipped (English) description'
        raiser.raise(new AlarmSignal(device, 'ups-on-battery', '0', Severity.major, 'Art. 6.4', 'Art. 6.4: UPS output on battery (grid lost)'))
        dispatcher.dispatch()

        then:
        def mail = smtp.receivedMessages.find { it.allRecipients*.toString() == ['truc-ca@ttdl.example.vn'] }
        mail.subject == "[DCIM][${severity}] ${device}: ${said}"
        mail.content.toString().contains(line)
        !mail.content.toString().contains(notLine)

        where:
        lang | severity | said                                                    | line             | notLine
        'vi' | 'Cao'    | 'Điều 6 khoản 4: UPS đang chạy bằng ắc quy (mất điện lưới)'   | 'Mức độ: Cao'    | 'Severity'
        'en' | 'Major'  | 'Art. 6.4: UPS output on battery (grid lost)'           | 'Severity: Major'| 'Mức độ'
    }

    def "an SMTP outage loses nothing: the attempt is recorded and the mail is sent once the server is back"() {
        given: 'the mail server is down'
        def device = 'door-' + UUID.randomUUID().toString().take(6)

        when:
        raiser.raise(new AlarmSignal(device, 'door-forced', '0', Severity.critical, 'Art. 6.6', 'Art. 6.6: door forced open'))
        dispatcher.dispatch()

        then: 'both operators\' mails and the report to the management body (a critical alarm is a serious incident) wait, each with its failure and a retry time'
        def waiting = outbox.findAll().toList()
        waiting*.address().sort() == ['so-tttt@example.gov.vn', 'truc-ca@ttdl.example.vn', 'truong-ca@ttdl.example.vn']
        waiting.every { it.deliveredAt() == null && it.attempts() == 1 && it.lastError() != null && it.nextAttemptAt() > it.createdAt() }

        when: 'the server is back and the retry is due'
        smtp.start()
        new Sql(dataSource).update('UPDATE notification SET next_attempt_at = NOW(3) - INTERVAL 1 SECOND')
        dispatcher.dispatch()

        then:
        smtp.receivedMessages.size() == 3
        outbox.findAll().every { it.deliveredAt() != null && it.attempts() == 2 }
    }

    def "a serious incident is reported to the management body, an especially serious one also to the People's Committee"() {
        given:
        smtp.start()
        def site = 's-' + UUID.randomUUID().toString().take(6)
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [site, site])
        ['ups', 'gen'].each { sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES (?, ?, ?, 'snmp')", ["$site-$it".toString(), site, it]) }
        and: 'the generator feeds the UPS: one cause, one incident'
        ['ups', 'gen'].each { sql.update("INSERT INTO power_node (site_id, kind, name, device_id) VALUES (?, ?, ?, ?)", [site, it == 'gen' ? 'generator' : 'ups', it, "$site-$it".toString()]) }
        sql.update("INSERT INTO power_link (upstream_id, downstream_id) VALUES ((SELECT id FROM power_node WHERE site_id = ? AND name = 'gen'), "
                + "(SELECT id FROM power_node WHERE site_id = ? AND name = 'ups'))", [site, site])
        def journal = { ->
            sql.rows("SELECT j.text_key, j.text FROM incident_journal j JOIN incident i ON i.id = j.incident_id WHERE i.site_id = ? AND j.kind = 'escalation' ORDER BY j.id", [site])
        }

        when:
        raiser.raise(new AlarmSignal("$site-ups", 'ups-battery-low', '0', Severity.critical, 'Art. 6.4', 'UPS battery low'))
        dispatcher.dispatch()

        then:
        def first = smtp.receivedMessages.findAll { it.allRecipients*.toString() == ['so-tttt@example.gov.vn'] }
        first.size() == 1
        first[0].subject.contains('[Nghiêm trọng] Báo cáo sự cố nghiêm trọng')
        smtp.receivedMessages.every { it.allRecipients*.toString() != ['ubnd@example.gov.vn'] }

        and: 'Art. 13.2b: "reported" is journaled only once delivered, with its recipient'
        journal()*.text_key == ['journal.escalation.due', 'journal.report.queued', 'journal.report.sent']
        journal().last().text.contains('so-tttt@example.gov.vn')

        when:
        raiser.raise(new AlarmSignal("$site-gen", 'generator-fault', '0', Severity.critical, 'Art. 6.4', 'Generator fault'))
        dispatcher.dispatch()

        then:
        def quick = smtp.receivedMessages.findAll { it.allRecipients*.toString() == ['ubnd@example.gov.vn'] }
        quick.size() == 1
        quick[0].subject.contains('[Đặc biệt nghiêm trọng]')
        quick[0].content.toString().contains('Điều 13 khoản 2 điểm c')
    }

    def "a webhook gets the alarm as JSON; an error answer is retried until it is accepted"() {
        given: 'a receiver that fails its first call'
        def bodies = Collections.synchronizedList([])
        def calls = new java.util.concurrent.atomic.AtomicInteger()
        def server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
        server.createContext('/hook') { ex ->
            bodies << new groovy.json.JsonSlurper().parse(ex.requestBody)
            int code = calls.incrementAndGet() == 1 ? 503 : 204
            ex.sendResponseHeaders(code, -1)
            ex.close()
        }
        server.start()
        // a receiver on this machine: on the allow-list, explicitly allowed to be internal (Art. 25)
        outboundHosts.add('127.0.0.1', server.address.port, true, 'spec receiver', 'spec')
        recipients.deleteAll()
        recipients.save(new Recipient(null, 'Chat trực ca', RecipientRole.operator, Channel.webhook,
                "http://127.0.0.1:${server.address.port}/hook", Severity.warning, true))
        def cam = 'cam-' + UUID.randomUUID().toString().take(6)

        when:
        raiser.raise(new AlarmSignal(cam, 'camera-offline', '0', Severity.major, 'Art. 6.5', 'Art. 6.5: camera offline'))
        dispatcher.dispatch()

        then:
        def first = outbox.findAll().toList()
        first.size() == 1
        first[0].deliveredAt() == null
        first[0].lastError().contains('HTTP 503')

        when:
        new Sql(dataSource).update('UPDATE notification SET next_attempt_at = NOW(3) - INTERVAL 1 SECOND')
        dispatcher.dispatch()

        then:
        outbox.findAll().first().deliveredAt() != null
        bodies.size() == 2
        bodies[1].event == 'alarm.raised'
        bodies[1].alarm.source == cam
        bodies[1].alarm.article == 'Art. 6.5'

        cleanup:
        server?.stop(0)
    }

    def "retries back off from 10 s, doubling, to at most an hour"() {
        expect:
        NotificationDispatcher.backoff(attempts).seconds == seconds

        where:
        attempts | seconds
        1        | 10
        2        | 20
        3        | 40
        9        | 2560
        10       | 3600
        40       | 3600
    }
}
