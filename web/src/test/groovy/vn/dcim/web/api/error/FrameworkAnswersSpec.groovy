package vn.dcim.web.api.error

import groovy.json.JsonSlurper
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.nio.charset.StandardCharsets

/**
 * The answers the framework writes itself (refused by the security filter, a body too large, a content type not
 * taken, an address it cannot read) and the paging of every list are the product's: its one error shape, in the
 * reader's language, never the framework's English JSON with its links.
 */
@MicronautTest(transactional = false)
class FrameworkAnswersSpec extends MariaDbSpec {
    static final java.util.regex.Pattern VIETNAMESE = RefusalLanguageSpec.VIETNAMESE

    @Inject EmbeddedServer server
    @Inject TestUsers users

    Calls.Answer ask(String who, String method, String path, Map<String, String> headers, Object body, String lang) {
        String token = who == 'anonymous' ? null : who == 'operator' ? users.token([Role.operator] as Set) : users.token()
        Map<String, String> sent = headers + [Cookie: "lang=$lang".toString()]
        if (token) {
            sent += [Authorization: "Bearer $token".toString()]
        }
        new Calls(server.URL).send(method, path, sent, body)
    }

    def "#what: #status in the product's error shape, in Vietnamese and in English"() {
        when:
        def vi = ask(who, method, path, headers, body, 'vi')
        def en = ask(who, method, path, headers, body, 'en')

        then: 'the product\'s shape, not the framework\'s'
        [vi, en].every { it.status == status && it.json.status == status && it.json.error && !it.json.fields }
        [vi, en].every { !it.text.contains('_links') && !it.text.contains('_embedded') }

        and: 'told in the reader\'s language'
        (vi.json.message =~ VIETNAMESE).find()
        vi.json.message != en.json.message

        where:
        what                            | who         | method | path          | headers                          | body             || status
        'anonymous'                     | 'anonymous' | 'GET'  | '/api/alarms' | [:]                              | null             || 401
        'a role the route does not let' | 'operator'  | 'GET'  | '/api/users'  | [:]                              | null             || 403
        'a content type not taken'      | 'admin'     | 'POST' | '/api/sites'  | ['Content-Type': 'text/csv']     | 'a,b'            || 415
        'a body too large'              | 'admin'     | 'POST' | '/api/sites'  | ['Content-Type': 'application/json'] | 'x' * 18_000_000 || 413
    }

    def "a browser is shown the product's page for a body too large, in its language"() {
        when:
        def page = new Calls(server.URL).send('POST', '/login', ['Content-Type': 'application/x-www-form-urlencoded',
                                                                 Accept: 'text/html', Cookie: 'lang=vi'], 'a=' + 'x' * 18_000_000)

        then:
        page.status == 413
        page.header('Content-Type').startsWith('text/html')
        page.text.contains('id="refused-why"')
        (page.text =~ VIETNAMESE).find()
    }

    static final String BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

    def "a person at a screen is shown a page for #what, in their language; the API keeps its JSON"() {
        when:
        def answer = ask('admin', 'GET', path, [Accept: accept], null, 'vi')

        then:
        answer.status == status
        answer.header('Content-Type').startsWith(page ? 'text/html' : 'application/json')
        page ? answer.text.contains('id="refused-why"') : answer.json.status == status
        (answer.text =~ VIETNAMESE).find()

        where:
        what                                          | path                  | accept      || status | page
        'a thing that is not there (a stale link)'    | '/ui/assets/99999999' | BROWSER     || 404    | true
        'a path no screen serves'                     | '/ui/nothing-here'    | BROWSER     || 404    | true
        'a path no screen serves, HTML alone taken'   | '/ui/nothing-here'    | 'text/html' || 404    | true
        'an API path no route serves'                 | '/api/nothing-here'   | BROWSER     || 404    | false
        'a thing the API does not have'               | '/api/assets/99999999' | BROWSER    || 404    | false
    }

    /** A request written by hand: Java's client refuses to send an address with a broken escape. */
    Map raw(String target, String lang) {
        new Socket('127.0.0.1', server.port).withCloseable { socket ->
            socket.outputStream.write(("GET $target HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${users.token()}\r\n" +
                    "Cookie: lang=$lang\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
            String answer = new String(socket.inputStream.readAllBytes(), StandardCharsets.UTF_8)
            int status = answer.substring(9, 12) as int
            String body = answer.substring(answer.indexOf('\r\n\r\n') + 4)
            [status: status, json: new JsonSlurper().parseText(body)]
        }
    }

    def "an address with a broken %-escape (#target) is a 400 in the product's shape for a signed-in caller, not a 401"() {
        when:
        def vi = raw(target, 'vi')
        def en = raw(target, 'en')

        then:
        vi.status == 400
        vi.json.status == 400
        (vi.json.message =~ VIETNAMESE).find()
        en.status == 400
        en.json.message.contains('%')

        where:
        target << ['/api/sites/%zz', '/api/alarms?q=%zz', '/api/alarms?q=%', '/api/alarms?q=%4']
    }

    def "#path: a list refuses #field out of range, or paging words it does not read, naming it (422)"() {
        when:
        def answer = ask('admin', 'GET', path, [:], null, 'en')

        then:
        answer.status == 422
        answer.json.fields*.field == [field]
        answer.json.message.contains(field)

        where:
        path                                                  || field
        '/api/alarms?page=99999999999999999999&size=-1'       || 'page'
        '/api/assets?size=-1'                                 || 'size'
        '/api/audit-events?page=2'                            || 'page'
        '/api/devices?per_page=10'                            || 'per_page'
        '/api/assets?limit=-1'                                || 'limit'
        '/api/audit-events?limit=0'                           || 'limit'
        '/api/assets?offset=-5'                               || 'offset'
        '/api/audit-events?offset=-5'                         || 'offset'
        '/api/audit-events?limit=99999999999999999999'        || 'limit'
    }

    def "#path: paging within range answers the page"() {
        expect:
        ask('admin', 'GET', path, [:], null, 'en').status == 200

        where:
        path << ['/api/assets?limit=10&offset=0', '/api/audit-events?limit=5&offset=5', '/api/alarms?limit=1000']
    }
}
