package vn.dcim.web.api

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.EventLoopWatch
import vn.dcim.web.testing.OpenApi
import vn.dcim.web.testing.TestUsers

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/**
 * item 7: no handler runs blocking JDBC on Netty's event loop, where it stalls every other
 * connection of that loop. Every operation of the OpenAPI document is called with a valid-ish
 * request (and every screen is opened); the pool reports each connection taken on a loop thread.
 */
@MicronautTest(transactional = false)
class EventLoopSpec extends CallsSpec {
    static final List<String> SCREENS = ['/', '/ui/alarms', '/ui/alarms/rules', '/ui/incidents', '/ui/assets', '/ui/licences',
                                         '/ui/reports', '/ui/workorders', '/ui/schedules', '/ui/compliance', '/ui/admin',
                                         '/ui/accounts', '/ui/me', '/ui/admin/accounts']
    /** A backup run takes minutes; signing oneself out or enrolling a second factor would end the walk. */
    static final List<String> NOT_CALLED = ['POST /api/backups', 'POST /api/me/password', 'POST /api/me/second-factor',
                                            'POST /api/me/second-factor/enrolment', 'POST /api/me/second-factor/enrolment/confirm']

    @Inject TestUsers users
    @Inject EventLoopWatch watch

    def "no operation of the API and no screen takes a database connection on an event-loop thread"() {
        given:
        String token = users.token()
        Map known = OpenApi.knownRows(calls, token)
        watch.onEventLoop.clear()

        when: 'every operation is called once, read operations on a real row where there is one'
        List<String> called = []
        OpenApi.operations().findAll { !(it.toString() in NOT_CALLED) }.sort { it.method == 'DELETE' ? 1 : 0 }.each { op ->
            String id = op.path.contains('{') ? firstId(op, token) : null
            String path = op.path.replaceAll(/\{[^}]+}/, id ?: '999999999')
            if (op.path.endsWith('/stream')) {
                openAndLeave(path, token)
            } else if (op.contentType == 'application/json') {
                calls.send(op.method, path, [Authorization: "Bearer $token".toString(), 'Content-Type': 'application/json'],
                        OpenApi.json(OpenApi.example(op.body, '', known)))
            } else if (op.contentType) {
                calls.send(op.method, path, [Authorization: "Bearer $token".toString(), 'Content-Type': op.contentType], 'name\n')
            } else {
                calls.send(op.method, path, [Authorization: "Bearer $token".toString()])
            }
            called << op.toString()
        }
        SCREENS.each { calls.get(it, token, [Accept: 'text/html,*/*;q=0.8']) }

        then: 'the walk covered the document'
        called.size() >= OpenApi.operations().size() - NOT_CALLED.size()

        and:
        watch.onEventLoop.toList().unique() == []
    }

    /** The SSE stream never ends: open it, let its handler run, hang up. */
    void openAndLeave(String path, String token) {
        def http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
        def response = http.send(HttpRequest.newBuilder(URI.create(calls.base + path)).header('Authorization', "Bearer $token")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofInputStream())
        response.body().close()
    }

    String firstId(OpenApi.Operation op, String token) {
        if (op.path.startsWith('/api/users/') || op.path.startsWith('/api/accounts/') || op.method != 'GET') return null
        def answer = calls.get(op.path.substring(0, op.path.indexOf('/{')), token)
        def rows = answer.status == 200 ? (answer.json instanceof Map ? answer.json.results : answer.json) : null
        rows instanceof List && rows ? rows.first().id?.toString() : null
    }
}
