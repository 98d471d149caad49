package vn.dcim.core.notification.channel

import groovy.json.JsonSlurper
import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.notification.NotificationDispatcher
import vn.dcim.core.notification.NotificationRepository
import vn.dcim.core.notification.RecipientRepository
import vn.dcim.core.notification.escalation.AlarmSteps
import vn.dcim.core.outbound.OutboundHosts
import vn.dcim.core.roster.DutyRoster
import vn.dcim.core.testing.LoopbackReceiver
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.LocalTime

/**
 * Part 4: the channels people read, each a type of notifications/channel-types.yml, rendered into one
 * request to the type's service (here a loopback server, on the outbound allow-list), in the person's language,
 * with a signed acknowledgement link; retried with back-off and dead-lettered; held back by quiet hours.
 */
@MicronautTest(transactional = false)
class ChannelDeliverySpec extends MariaDbSpec {
    static final Instant T0 = Instant.parse('2026-11-25T03:00:00Z') // 10:00 in the center
    static final MutableClock clock = new MutableClock(T0)
    static final LoopbackReceiver receiver = new LoopbackReceiver()

    @Inject AlarmRaiser raiser
    @Inject Alarms alarms
    @Inject DutyRoster roster
    @Inject NotifiedPersonRepository people
    @Inject PersonContactRepository contacts
    @Inject RecipientRepository recipients
    @Inject NotificationRepository outbox
    @Inject NotificationDispatcher dispatcher
    @Inject OutboundHosts allowList
    @Inject AckLinks ackLinks
    @Inject AlarmSteps steps
    @Inject PersonMessages messages
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() {
        def endpoint = "http://127.0.0.1:${receiver.port}".toString()
        ['dcim.notify.dispatch-interval'    : '1h',
         'dcim.public-url'                  : 'https://dcim.ttdl.example.vn',
         'dcim.channels.telegram.endpoint'  : endpoint,
         'dcim.channels.ntfy.endpoint'      : endpoint,
         'dcim.channels.sms.endpoint'       : endpoint,
         'dcim.channels.zalo.endpoint'      : endpoint,
         'dcim.channels.zalo.template-id'   : '301122']
    }

    @MockBean(Clock)
    Clock clock() { clock }

    def setup() {
        clock.now = T0
        receiver.status = 200
        receiver.requests.clear()
        new Sql(dataSource).empty(['notification', 'alarm_step', 'ack_link', 'alarm', 'duty_shift', 'person_contact', 'notified_person', 'outbound_host'])
        recipients.deleteAll()
        // the loopback server is internal: its entry allows that explicitly, the allow-list stays on
        allowList.add('127.0.0.1', receiver.port, true, 'the spec receiver', 'spec')
        roster.add(T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(6)), 'an', null, 'spec')
    }

    def cleanupSpec() {
        receiver.close()
    }

    private PersonContact onDuty(String type, String address, String secret, String language = 'vi', LocalTime quietFrom = null, LocalTime quietTo = null) {
        def p = people.save(new NotifiedPerson(null, 'an', 'operator', language, quietFrom, quietTo, true))
        contacts.save(new PersonContact(null, p.id(), type, address, secret, true, true))
    }

    private long raise(Severity severity = Severity.critical) {
        def device = 'ups-' + UUID.randomUUID().toString().take(6)
        raiser.raise(new AlarmSignal(device, 'ups-on-battery', '0', severity, 'Art. 6.4', 'Art. 6.4: UPS output on battery'))
        alarms.list('open', 10, 0).find { it.source() == device }.id()
    }

    /** The alarm's id, raised while An is on duty by SMS. */
    private long raisedWithAnOnDutyBySms() {
        onDuty('sms', '+84912345678', 'k')
        raise()
    }

    def "a #type message reaches its service as the type's request, in Vietnamese, with the acknowledgement link"() {
        given:
        onDuty(type, address, secret)

        when:
        long id = raise()
        dispatcher.dispatch()

        then: 'one request, as the type renders it'
        receiver.requests.size() == 1
        def r = receiver.requests[0]
        r.method == 'POST'
        r.path == path
        r.headers[header.toLowerCase()] == headerValue
        def body = new JsonSlurper().parseText(r.body)
        body[addressField] == address

        and: 'the Vietnamese text and a signed link to acknowledge'
        def text = r.body
        text.contains(said)
        text =~ /https:\/\/dcim\.ttdl\.example\.vn\/ack\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+/

        and: 'delivered, and the secret is nowhere in the outbox'
        def sent = outbox.findByAlarmIdOrderById(id)
        sent.size() == 1 && sent[0].deliveredAt() != null
        !sent[0].body().contains(secret)

        where:
        type       | address            | secret            || path                          | header          | headerValue                       | addressField | said
        'telegram' | '123456789'        | '42:bot-token'    || '/bot42%3Abot-token/sendMessage' | 'Content-Type'  | 'application/json; charset=utf-8' | 'chat_id'    | 'Cảnh báo mới #'
        'ntfy'     | 'ttdl-truc-ca'     | 'tk_ntfy'         || '/'                             | 'Authorization' | 'Bearer tk_ntfy'                  | 'topic'      | 'Cảnh báo mới #'
        'sms'      | '+84912345678'     | 'sms-key'         || '/api/send'                     | 'Authorization' | 'Bearer sms-key'                  | 'to'         | 'Cảnh báo mới #'
        'zalo'     | '84912345678'      | 'zalo-oa-token'   || '/message/template'             | 'access_token'  | 'zalo-oa-token'                   | 'phone'      | '301122'
    }

    def "Telegram's message carries an inline button whose callback names the link"() {
        given:
        onDuty('telegram', '123456789', 'tok')

        when:
        long id = raise()
        dispatcher.dispatch()

        then:
        def body = new JsonSlurper().parseText(receiver.requests[0].body)
        def button = body.reply_markup.inline_keyboard[0][0]
        button.text == 'Xác nhận'
        String linkId = button.callback_data.substring('ack:'.length())
        ackLinks.find(linkId).alarmId() == id
        ackLinks.find(linkId).person() == 'an'
    }

    def "a service that keeps failing: retried with a growing delay, dead-lettered after #attempts attempts"() {
        given:
        onDuty('ntfy', 'ttdl-truc-ca', 'tk')
        receiver.status = 503
        long id = raise()
        List<Instant> retries = []

        when:
        (1..attempts + 2).each {
            dispatcher.dispatch()
            def n = outbox.findByAlarmIdOrderById(id)[0]
            retries << n.nextAttemptAt()
            clock.now = n.nextAttemptAt()
        }

        then: 'every attempt reached the service until the dead letter, none after'
        receiver.requests.size() == attempts
        def n = outbox.findByAlarmIdOrderById(id)[0]
        n.attempts() == attempts
        n.deadAt() != null
        n.deliveredAt() == null
        n.lastError().contains('ntfy answered HTTP 503')

        and: 'the delay doubled: 10 s, 20 s, 40 s...'
        Duration.between(T0, retries[0]) == Duration.ofSeconds(10)
        Duration.between(retries[0], retries[1]) == Duration.ofSeconds(20)
        Duration.between(retries[1], retries[2]) == Duration.ofSeconds(40)

        where:
        attempts = 6 // channel-types.yml delivery.dead-letter-after
    }

    def "quiet hours 22:00-06:00: a #severity alarm at #at is sent at #sentAt (center time)"() {
        given:
        onDuty('sms', '+84912345678', 'k', 'vi', LocalTime.of(22, 0), LocalTime.of(6, 0))
        clock.now = Instant.parse("2026-11-25T${at}:00+07:00".toString().replace('+07:00', 'Z')).minus(Duration.ofHours(7))
        roster.add(clock.now.minus(Duration.ofHours(1)), clock.now.plus(Duration.ofHours(8)), 'an', null, 'spec')

        when:
        long id = raise(severity)

        then:
        def n = outbox.findByAlarmIdOrderById(id)[0]
        n.nextAttemptAt().atZone(clock.zone).toLocalTime().toString() == sentAt

        where:
        severity          | at      || sentAt
        Severity.major    | '23:10' || '06:00'
        Severity.major    | '02:30' || '06:00'
        Severity.critical | '23:10' || '23:10'
        Severity.major    | '10:00' || '10:00'
    }

    def "an acknowledgement link: #what"() {
        given:
        long id = raisedWithAnOnDutyBySms()
        String token = ackLinks.issue(id, 'an')

        when:
        prepare(ackLinks, token)
        ackLinks.acknowledge(mangle(token), 'link')

        then:
        def e = thrown(AckLinks.AckRefused)
        e.refusal().name() == refusal
        e.refusal().status == status

        where:
        what                        | prepare                                           | mangle                                           || refusal     | status
        'used twice'                | { l, t -> l.acknowledge(t, 'link') }              | { t -> t }                                       || 'used'      | 409
        'expired after 24 h'        | { l, t -> clock.advance(Duration.ofHours(24)) }   | { t -> t }                                       || 'expired'   | 410
        'signature tampered'        | { l, t -> }                                       | { t -> t.substring(0, t.length() - 2) + (t.endsWith('AA') ? 'BB' : 'AA') } || 'tampered' | 403
        'id changed, signature kept' | { l, t -> }                                      | { t -> (t[0] == 'A' ? 'B' : 'A') + t.substring(1) } || 'tampered' | 403
        'not a token'               | { l, t -> }                                       | { t -> 'abc' }                                   || 'malformed' | 400
    }

    def "an acknowledgement link used once acknowledges the alarm as its person, in the alarm's history"() {
        given:
        long id = raisedWithAnOnDutyBySms()
        String token = ackLinks.issue(id, 'an')

        when:
        ackLinks.acknowledge(token, 'link')

        then:
        def a = alarms.find(id).get()
        a.acknowledgedBy() == 'an'
        a.acknowledgedAt() == T0
        steps.of(id).find { it.kind() == 'acknowledged' }.byPerson() == 'an'
    }

    def "send a test: the contact's channel gets a test message"() {
        given:
        def c = onDuty('telegram', '987', 'tok', 'en')

        when:
        messages.test(c.id())
        dispatcher.dispatch()

        then:
        receiver.requests.size() == 1
        new JsonSlurper().parseText(receiver.requests[0].body).text.startsWith('A test message from DCIM to an over telegram')
    }
}
