package vn.dcim.web.alarm

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.EventStream
import vn.dcim.web.testing.TestUsers


/**
 * The console's on-delay for an alarm waiting for its cause (DCIM_ALARM_CONSOLE_SETTLE_S, ISA-18.2): a video loss
 * is off the console and the dashboard's counts until the settle passed, then on both, and the live console is told
 * again at that moment, since nothing else changes then. Read as an operator's browser reads it.
 */
@MicronautTest(transactional = false)
class ConsoleSettleSpec extends MariaDbSpec {
    static final int SETTLE_S = 2

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject AlarmRaiser raiser

    @Override
    Map<String, String> extraProperties() {
        ['dcim.alarm.console-settle-s': SETTLE_S as String]
    }

    def "a video loss joins the console #SETTLE_S s after it is raised, and the live console hears of it then"() {
        given: 'an operator\'s console listening'
        def calls = new Calls(server.URL)
        String token = users.token(EnumSet.of(Role.operator))
        List<List> heard = EventStream.open(server.URL, '/api/alarms/stream', token).heard
        String camera = 'cam-settle-' + UUID.randomUUID().toString().take(6)

        when:
        long raisedAt = System.nanoTime()
        raiser.raise(new AlarmSignal(camera, 'camera-video-loss', '0', Severity.major, 'QĐ 11/2023 Điều 6 khoản 5', 'video lost'))

        then: 'told at once, but not yet a row'
        EventStream.waitFor { heard.count { it[1].contains(camera) } >= 1 }
        onConsole(calls, token, camera) == 0

        and: 'told again once the settle passed, and a row from then on'
        EventStream.waitFor { heard.count { it[1].contains(camera) } >= 2 }
        (heard.findAll { it[1].contains(camera) }[1][0] - raisedAt) / 1e9 >= SETTLE_S
        onConsole(calls, token, camera) == 1
    }

    static long onConsole(Calls calls, String token, String camera) {
        def answer = calls.get("/api/alarms?state=console&device=${camera}&limit=10", token)
        assert answer.status == 200
        answer.json.count as long
    }
}
