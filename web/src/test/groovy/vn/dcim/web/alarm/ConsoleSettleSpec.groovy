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
import vn.dcim.web.testing.TestUsers

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.CopyOnWriteArrayList

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
        List<List> heard = listen('/api/alarms/stream', token)
        String camera = 'cam-settle-' + UUID.randomUUID().toString().take(6)

        when:
        long raisedAt = System.nanoTime()
        raiser.raise(new AlarmSignal(camera, 'camera-video-loss', '0', Severity.major, 'QĐ 11/2023 Điều 6 khoản 5', 'video lost'))

        then: 'told at once, but not yet a row'
        waitFor { heard.count { it[1].contains(camera) } >= 1 }
        onConsole(calls, token, camera) == 0

        and: 'told again once the settle passed, and a row from then on'
        waitFor { heard.count { it[1].contains(camera) } >= 2 }
        (heard.findAll { it[1].contains(camera) }[1][0] - raisedAt) / 1e9 >= SETTLE_S
        onConsole(calls, token, camera) == 1
    }

    static long onConsole(Calls calls, String token, String camera) {
        def answer = calls.get("/api/alarms?state=console&device=${camera}&limit=10", token)
        assert answer.status == 200
        answer.json.count as long
    }

    /** The stream's lines as they come, each with the time it came. */
    List<List> listen(String path, String token) {
        List<List> lines = new CopyOnWriteArrayList<>()
        def client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        def request = HttpRequest.newBuilder(URI.create("${server.URL}$path")).header('Authorization', "Bearer $token")
                .header('Accept', 'text/event-stream').build()
        Thread.start {
            try {
                client.send(request, HttpResponse.BodyHandlers.ofLines()).body().forEach { lines << [System.nanoTime(), it] }
            } catch (Exception ignored) {
                // the spec ends the stream by ending
            }
        }
        assert waitFor { lines.any { it[1].contains('hello') } }
        lines
    }

    static boolean waitFor(Closure<Boolean> condition) {
        long until = System.nanoTime() + 15_000_000_000L
        while (System.nanoTime() < until) {
            if (condition.call()) return true
            Thread.sleep(50)
        }
        false
    }
}
