package vn.dcim.web.api.channel

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.notification.NotificationDispatcher
import vn.dcim.core.notification.NotificationRepository
import vn.dcim.core.notification.channel.AckLinks
import vn.dcim.core.notification.escalation.AlarmSteps
import vn.dcim.core.outbound.OutboundHosts
import vn.dcim.core.roster.DutyRoster
import vn.dcim.core.testing.LoopbackReceiver
import vn.dcim.core.testing.MutableClock
import vn.dcim.core.testing.Sql
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import javax.sql.DataSource
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * The reviewer's demo: a person on duty with a Telegram contact pointed at a loopback server gets the
 * Vietnamese message with an acknowledgement link; GET shows a confirm page and acknowledges nothing (chat apps
 * prefetch links), POST acknowledges as that person; the link used twice, expired or tampered gets a 4xx page.
 * Telegram's inline button comes back through the webhook. The people and contacts are set up through the API
 * by a signed-in administrator, with "send a test".
 */
@MicronautTest(transactional = false)
class AcknowledgeFromMessageSpec extends CallsSpec {
    static final Instant T0 = Instant.parse('2026-11-25T03:00:00Z')
    static final MutableClock clock = new MutableClock(T0)
    static final LoopbackReceiver telegram = new LoopbackReceiver()
    static final String WEBHOOK_SECRET = 'spec-webhook-secret-0123456789'

    @Inject TestUsers users
    @Inject AlarmRaiser raiser
    @Inject Alarms alarms
    @Inject AlarmSteps steps
    @Inject AckLinks ackLinks
    @Inject DutyRoster roster
    @Inject NotificationDispatcher dispatcher
    @Inject NotificationRepository outbox
    @Inject OutboundHosts allowList
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() {
        ['dcim.notify.dispatch-interval'         : '1h',
         'dcim.channels.telegram.endpoint'       : "http://127.0.0.1:${telegram.port}".toString(),
         'dcim.channels.telegram.webhook-secret' : WEBHOOK_SECRET]
    }

    @MockBean(Clock)
    Clock clock() { clock }

    def setup() {
        clock.now = T0
        telegram.requests.clear()
        new Sql(dataSource).empty(['notification', 'alarm_step', 'ack_link', 'alarm', 'duty_shift', 'person_contact', 'notified_person', 'outbound_host'])
        allowList.add('127.0.0.1', telegram.port, true, 'the spec Telegram', 'spec')
        roster.add(T0.minus(Duration.ofHours(1)), T0.plus(Duration.ofHours(7)), 'an', null, 'spec')
        String admin = users.token(EnumSet.of(Role.admin))
        def person = calls.post('/api/notified-people', [name: 'an', position: 'operator', language: 'vi'], admin)
        assert person.status == 201
        def contact = calls.post("/api/notified-people/${person.json.id}/contacts", [channelType: 'telegram', address: '5550001',
                                                                                      secret: '42:tok', preferred: true], admin)
        assert contact.status == 201
    }

    def cleanupSpec() {
        telegram.close()
    }

    /** Raises a critical alarm, delivers its message to the loopback Telegram; the link's path and the button's data. */
    private Map raiseAndDeliver() {
        def device = 'ups-' + UUID.randomUUID().toString().take(6)
        raiser.raise(new AlarmSignal(device, 'ups-on-battery', '0', Severity.critical, 'Art. 6.4', 'Art. 6.4: UPS output on battery'))
        long id = alarms.list('open', 10, 0).find { it.source() == device }.id()
        dispatcher.dispatch()
        def body = new groovy.json.JsonSlurper().parseText(telegram.requests.last().body)
        String path = (body.text =~ /https?:\/\/[^\/\s]+(\/ack\/[A-Za-z0-9_.-]+)/)[0][1]
        [id: id, text: body.text, path: path, data: body.reply_markup.inline_keyboard[0][0].callback_data]
    }

    def "the message in Vietnamese carries a link: GET asks, POST acknowledges as the person, once"() {
        when:
        def m = raiseAndDeliver()

        then: 'the Vietnamese message reached the loopback Telegram'
        m.text.contains("Cảnh báo mới #${m.id}")
        m.text.contains('Xác nhận đã tiếp nhận:')

        when: 'the chat app fetches the link (preview), and the person opens it'
        def page = calls.get(m.path)
        def again = calls.get(m.path)

        then: 'a confirm page in Vietnamese, and nothing acknowledged'
        page.status == 200 && again.status == 200
        page.text.contains('id="ack-form"')
        page.text.contains('Xác nhận cảnh báo')
        alarms.find(m.id).get().acknowledgedAt() == null

        when:
        def done = calls.send('POST', m.path, ['Content-Type': 'application/x-www-form-urlencoded'], '')

        then:
        done.status == 200
        done.text.contains('id="ack-done"')
        alarms.find(m.id).get().acknowledgedBy() == 'an'
        steps.of(m.id)*.kind == ['notified', 'acknowledged']

        when: 'used a second time'
        def twice = calls.send('POST', m.path, ['Content-Type': 'application/x-www-form-urlencoded'], '')

        then:
        twice.status == 409
        twice.text.contains('đã được dùng')
    }

    def "a link #what gets a #status page and acknowledges nothing"() {
        given:
        def m = raiseAndDeliver()
        clock.advance(Duration.ofHours(hoursLater))
        String path = mangle(m.path)

        when:
        def get = calls.get(path)
        def post = calls.send('POST', path, ['Content-Type': 'application/x-www-form-urlencoded'], '')

        then:
        get.status == status
        post.status == status
        get.text.contains('id="ack-refused"')
        alarms.find(m.id).get().acknowledgedAt() == null

        where:
        what              | hoursLater | mangle                                                                 || status
        'expired (24 h)'  | 24         | { String p -> p }                                                      || 410
        'tampered'        | 0          | { String p -> p.substring(0, p.length() - 3) + (p.endsWith('AAA') ? 'BBB' : 'AAA') } || 403
        'not a token'     | 0          | { String p -> '/ack/nonsense' }                                        || 400
    }

    def "Telegram's button: #what"() {
        given:
        def m = raiseAndDeliver()

        when:
        def answer = calls.post("/api/channels/telegram/${secret}", [update_id: 1, callback_query: [id: 'q1', data: m.data,
                                                                                                      message: [chat: [id: chat]]]])

        then:
        answer.status == status
        (alarms.find(m.id).get().acknowledgedBy() == 'an') == acknowledged
        !acknowledged || steps.of(m.id).find { it.kind() == 'acknowledged' }.told() == 'telegram'

        and: 'the button is answered (answerCallbackQuery in the webhook reply) in the person\'s language'
        status != 200 || answer.json.method == 'answerCallbackQuery'
        status != 200 || answer.json.callback_query_id == 'q1'
        status != 200 || answer.json.text == told.replace('#ID', "#${m.id}")

        where:
        what                                 | secret          | chat      || status | acknowledged | told
        'from the person\'s chat'            | WEBHOOK_SECRET  | 5550001   || 200    | true         | 'Đã xác nhận cảnh báo #ID (an)'
        'from another chat'                  | WEBHOOK_SECRET  | 5550002   || 200    | false        | 'Không thể xác nhận từ cuộc trò chuyện này'
        'to a wrong webhook secret'          | 'wrong-secret-0123456789' | 5550001 || 404 | false  | null
    }

    def "posts to a wrong webhook secret, many at once, are each answered 404 and the product keeps answering"() {
        given: 'a callback as Telegram sends it, to a secret that is not ours, from eight callers at once'
        Map update = [update_id: 1, callback_query: [id: 'q1', data: 'x', message: [chat: [id: 5550001]]]]
        def callers = Executors.newFixedThreadPool(8)

        when:
        List<Integer> statuses = (1..80).collect {
            callers.submit({ calls.post('/api/channels/telegram/wrong-secret-0123456789', update).status } as Callable<Integer>)
        }.collect { it.get(30, TimeUnit.SECONDS) }

        then:
        statuses.every { it == 404 }
        calls.get('/health').status == 200

        cleanup:
        callers.shutdownNow()
    }

    def "the alarm console shows under the alarm who was told and the acknowledgement from the message"() {
        given:
        def m = raiseAndDeliver()
        calls.post("/api/channels/telegram/${WEBHOOK_SECRET}", [update_id: 1, callback_query: [id: 'q3', data: m.data,
                                                                                              message: [chat: [id: 5550001]]]])

        when: 'the operator opens the console (in Vietnamese)'
        def console = calls.get('/ui/alarms', users.token(EnumSet.of(Role.operator)))
        String block = (console.text =~ /(?s)<details\s+class="notices"[^>]*data-alarm="${m.id}".*?<\/details>/)[0]

        then: 'the first notice, then the acknowledgement by an from Telegram, in Vietnamese'
        console.status == 200
        block =~ /Đã báo người đang trực|Không ai trực/
        block.contains('Đã xác nhận từ tin nhắn: an · telegram')
        !block.contains('nobody')
    }

    def "a second press of the same button says it was already acknowledged"() {
        given:
        def m = raiseAndDeliver()
        Map press = [update_id: 1, callback_query: [id: 'q2', data: m.data, message: [chat: [id: 5550001]]]]
        calls.post("/api/channels/telegram/${WEBHOOK_SECRET}", press)

        when:
        def again = calls.post("/api/channels/telegram/${WEBHOOK_SECRET}", press)

        then:
        again.status == 200
        again.json.handled == false
        again.json.refused == 'used'
        again.json.text == 'Cảnh báo này đã được xác nhận từ tin nhắn này'
    }

    def "send a test from the contact; refusals name their field"() {
        given:
        String admin = users.token(EnumSet.of(Role.admin))
        def entry = calls.get('/api/notified-people', admin).json[0]

        when:
        def test = calls.post("/api/notified-people/contacts/${entry.contacts[0].id}/test", [:], admin)
        dispatcher.dispatch()

        then:
        test.status == 202
        telegram.requests.last().body.contains('Tin nhắn thử từ DCIM tới an qua kênh telegram')
        !calls.get('/api/notified-people', admin).text.contains('42:tok')

        when:
        def refused = calls.post("/api/notified-people/${entry.person.id}/contacts", body, admin, ['Accept-Language': 'vi'])

        then:
        refused.status == 422
        refused.text.contains(field)

        where:
        body                                                    || field
        [channelType: 'pigeon', address: 'x']                   || 'channelType'
        [channelType: 'email', address: 'not-an-address']      || 'address'
    }
}
