package vn.dcim.web.api

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.OpenApi
import vn.dcim.web.testing.OpenApi.Operation
import vn.dcim.web.testing.OpenApi.Raw
import vn.dcim.web.testing.TestUsers

/**
 * item 5: bad input never costs a screen. Every operation of the product's own OpenAPI
 * document, every parameter and every body field, gets malformed, oversized, wrong-type, null,
 * NaN/Infinity, out-of-range, far-past/far-future and Vietnamese values from a signed-in person holding
 * every role; no answer may be a 5xx, and an answer refusing the value as invalid names the field.
 * The rows come from the document, so a new operation is walked without touching this spec.
 */
@MicronautTest(transactional = false)
class ApiFuzzSpec extends MariaDbSpec {
    static final String VI = 'Cảm biến nhiệt độ phòng máy'
    static final String HUGE = 'x' * 100_000
    static final String LONG = 'y' * 300
    static final String NONE = '999999999'
    /** What the database's own words look like in an answer: never shown to a client. */
    static final java.util.regex.Pattern SQL_TEXT = ~/(?i)\(conn=\d+\)|SQLState|\bSELECT\s+\S+\s+FROM\b|\bINSERT INTO\b|Data too long for column|Incorrect \w+ value/
    static final String HTML = 'text/html,*/*;q=0.8'
    /** The safety net's words (ApiErrorHandlers.Unexpected): a value that reached the database unchecked. */
    static final String DATABASE_REFUSED = 'A value does not fit its field'
    static final String DATABASE_REFUSED_VI = 'Một giá trị vượt quá giới hạn của trường'

    /** Operations that act on the signed-in person or on the whole installation: walked with ids that name nothing. */
    static final List<String> NO_REAL_ID = ['POST /api/schedules/{id}/run', 'POST /api/users/{id}/lock',
                                            'POST /api/users/{id}/password', 'DELETE /api/users/{id}/second-factor',
                                            'PUT /api/users/{id}']
    /** Not walked at all: a backup run takes minutes and the SSE stream never ends (both have no input). */
    static final List<String> SKIPPED = ['POST /api/backups', 'GET /api/alarms/stream']

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Shared Calls calls
    /** Real rows the valid-ish bodies refer to, so a broken field reaches the database. */
    @Shared Map<String, Object> known = [:]

    def setup() {
        calls = new Calls(server.URL)
        if (known.isEmpty()) {
            known = OpenApi.knownRows(calls, users.token())
        }
    }

    static List<Operation> walked() {
        // deletions last, so the other operations still find the rows they need
        OpenApi.operations().findAll { !(it.toString() in SKIPPED) }.sort { it.method == 'DELETE' ? 1 : 0 }
    }

    /** Bad values for one schema, each with what it is (for the report). */
    static List<List> badValues(Map raw) {
        Map schema = OpenApi.resolve(raw)
        List<List> values = [['null', null]]
        if (schema.enum) return values + [['unknown', 'nope'], ['vi', VI], ['number', 42], ['huge', HUGE]]
        switch (schema.type) {
            case 'integer':
                return values + [['-1', -1], ['0', 0], ['int overflow', 2_147_483_648L], ['long overflow', new Raw('92233720368547758070')],
                                 ['text', 'abc'], ['fraction', 1.5], ['-1e308', new Raw('-1e308')], ['1e309', new Raw('1e309')], ['vi', VI]]
            case 'number':
                return values + [['"NaN"', 'NaN'], ['"Infinity"', 'Infinity'], ['"-Infinity"', '-Infinity'], ['NaN', new Raw('NaN')],
                                 ['1e309', new Raw('1e309')], ['-1e308', new Raw('-1e308')], ['1e308', new Raw('1e308')],
                                 ['-1', -1], ['text', 'abc']]
            case 'boolean':
                return values + [['text', 'maybe'], ['number', 2]]
            case 'array':
                return values + [['text', 'x'], ['huge item', [HUGE]], ['vi item', [VI]], ['object', [a: 1]]]
            case 'object':
                return values + [['text', 'x'], ['array', [1]]]
            default:
                if (schema.format == 'date') {
                    return values + [['9999-12-31', '9999-12-31'], ['1970-01-01', '1970-01-01'], ['2039-01-01', '2039-01-01'],
                                     ['0000-00-00', '0000-00-00'], ['text', 'not-a-date'], ['number', -1]]
                }
                if (schema.format == 'date-time') {
                    return values + [['9999-12-31', '9999-12-31T23:59:59Z'], ['1970-01-01', '1970-01-01T00:00:00Z'],
                                     ['2039-01-01', '2039-01-01T00:00:00Z'], ['text', 'not-a-time']]
                }
                return values + [['empty', ''], ['blank', '   '], ['300 chars', LONG], ['100,000 chars', HUGE], ['vi', VI],
                                 ['number', 42], ['object', [a: 1]], ['-1', '-1']]
        }
    }

    /** Query and path values as text: the same spirit, written in a URL. */
    static List<List> badParams(Map raw) {
        Map schema = OpenApi.resolve(raw)
        List<List> values = [['empty', ''], ['vi', VI], ['300 chars', LONG], ['-1', '-1'], ['text', 'abc'],
                             ['long overflow', '92233720368547758070'], ['NaN', 'NaN'], ['1e309', '1e309']]
        if (schema.type == 'integer') values << ['int overflow', '2147483648'] << ['huge number', '1' * 400]
        if (schema.format in ['date', 'date-time'] || schema.type == 'string') {
            values += [['9999-12-31', '9999-12-31'], ['1970-01-01', '1970-01-01'], ['2039-01-01', '2039-01-01T00:00:00Z']]
        }
        values
    }

    static String enc(String s) { URLEncoder.encode(s, 'UTF-8') }

    def "#op: no value of any parameter or body field answers 5xx, and a refused value is named"() {
        given: 'a token for this operation: the person\'s own account is only ever changed by someone else than the walker'
        String token = op.path.startsWith('/api/me') ? users.token(EnumSet.of(Role.operator)) : users.token()
        String id = realId(op, token)
        // a fresh valid-ish body for each request: unique columns would otherwise answer 409 before the database is reached
        Closure<Map> fresh = { op.body ? OpenApi.example(op.body, '', known) as Map : null }
        Map baseline = fresh()
        boolean baselinePasses = false
        List<String> failures = []

        when: 'every path value, every query value and every body field is broken in turn'
        Closure<Calls.Answer> send = { String path, Object body ->
            Map headers = [Authorization: "Bearer $token".toString()]
            if (op.contentType && op.contentType != 'application/json') {
                return again { calls.send(op.method, path, headers + ['Content-Type': op.contentType], body instanceof String ? body : 'x,y\n1,2\n') }
            }
            again {
                calls.send(op.method, path, headers + (body == null ? [:] : ['Content-Type': 'application/json']),
                        body == null ? null : OpenApi.json(body))
            }
        }
        Closure<String> pathWith = { Map<String, String> values ->
            op.path.replaceAll(/\{([^}]+)}/) { all, name -> values[name] ?: (id ?: NONE) }
        }
        Closure check = { String what, String field, Calls.Answer answer ->
            if (answer.status >= 500) {
                failures << "$what -> ${answer.status} ${answer.text?.take(300)}".toString()
            } else if (answer.text && (answer.text =~ SQL_TEXT).find()) {
                failures << "$what -> ${answer.status} echoes SQL text: ${answer.text?.take(300)}".toString()
            } else if (answer.text?.contains(DATABASE_REFUSED) || answer.text?.contains(DATABASE_REFUSED_VI)) {
                failures << "$what -> ${answer.status} refused by the database, not checked at the edge: ${answer.text?.take(200)}".toString()
            } else if (answer.status == 422 && field && baselinePasses && !answer.text?.contains(field)) {
                failures << "$what -> 422 without naming '$field': ${answer.text?.take(300)}".toString()
            }
        }

        op.pathParams().each { Map p ->
            badParams(p.schema as Map).each { String label, String value ->
                String path = pathWith([(p.name as String): enc(value)])
                check("path ${p.name}=$label", null, send(path, baseline))
            }
            // a 100,000-character id is past Netty's request-line limit: refused before any handler, and
            // the server may close the connection while a body is still being sent
            try {
                check("path ${p.name}=100,000 chars", null, send(pathWith([(p.name as String): HUGE]), baseline))
            } catch (IOException ignored) {
            }
        }
        op.query().each { Map p ->
            badParams(p.schema as Map).each { String label, String value ->
                String path = pathWith([:]) + '?' + p.name + '=' + enc(value)
                check("query ${p.name}=$label", null, send(path, baseline))
            }
        }
        if (op.contentType == 'application/json' && baseline != null) {
            def answer = send(pathWith([:]), baseline)
            check('valid-ish body', null, answer)
            baselinePasses = answer.status < 300
            walkBody(op.body, fresh, []) { List<String> at, String label, Object broken ->
                check("body ${at.join('.')}=$label", at.last(), send(pathWith([:]), broken))
            }
            check('body not JSON', null, calls.send(op.method, pathWith([:]), [Authorization: "Bearer $token".toString(), 'Content-Type': 'application/json'], '{"a":'))
            check('body a JSON array', null, calls.send(op.method, pathWith([:]), [Authorization: "Bearer $token".toString(), 'Content-Type': 'application/json'], '[]'))
        } else if (op.contentType) {
            [['empty', ''], ['vi', "name\n$VI\n".toString()], ['formula', "name\n=1+2\n"], ['binary', '\u0000\u0001PK\u0003\u0004'],
             ['huge', 'a,b\n' + HUGE + ',1\n']].each { String label, String text ->
                check("body $label", null, send(pathWith([:]), text))
            }
        }

        then:
        failures == []

        where:
        op << walked()
    }

    def "after the walk every list and every screen still answers: nothing stored broke a reader"() {
        given:
        String token = users.token()
        List<String> lists = OpenApi.operations().findAll { it.method == 'GET' && !it.path.contains('{') && !(it.toString() in SKIPPED) }*.path
        List<String> screens = ['/', '/ui/alarms', '/ui/alarms/rules', '/ui/incidents', '/ui/assets', '/ui/licences', '/ui/reports',
                                '/ui/workorders', '/ui/schedules', '/ui/compliance', '/ui/admin', '/ui/accounts', '/ui/me']

        when:
        def broken = (lists + screens).collect { path -> [path, calls.get(path, token, [Accept: path.startsWith('/api') ? 'application/json' : HTML])] }
                .findAll { it[1].status >= 500 }.collect { "${it[0]}: ${it[1].status}" }

        then:
        broken == []
    }

    /*
     * The screens' forms as java.net.http sends them (the body after the headers), from a script's
     * bearer token and from a browser session with the page's CSRF token in the form. It found the
     * 500 that CookieSessionCsrf now avoids: the CSRF module read the form after the legacy security
     * filter, and Micronaut lost its filter context there when the body came late.
     */
    def "the screen form #form never answers 5xx to a bad #field (#credentials)"() {
        given: 'a person the forms may change, who is neither the walker nor the administrator'
        String token = users.token()
        def person = calls.post('/api/users', [username: 'form-' + OpenApi.unique(), fullName: 'Đỗ Văn E', roles: ['operator'],
                                               password: 'Form-Person-Pass#2026'], token).json
        String path = form.replace('{id}', person.id.toString())
        Map<String, String> who = credentials == 'bearer' ? [Authorization: "Bearer $token".toString()] : browserSession()
        List<String> broken = []

        when:
        [['300 chars', LONG], ['100,000 chars', HUGE], ['vi', VI], ['empty', ''], ['formula', '=1+2'], ['date-ish', '9999-12-31'],
         ['bad date', '0000-00-00']].each { String label, String value ->
            Map<String, String> fields = [username: 'form-' + OpenApi.unique(), fullName: 'Ngô Thị F', roles: 'operator',
                                          password: 'Form-Person-Pass#2026', why: 'nghỉ phép', request: 'đơn 12', name: 'key-' + OpenApi.unique(),
                                          crew: 'Tổ 1', notes: 'ghi chú', checklist: 'ok', csrfToken: who.csrf ?: ''] + [(field): value]
            String body = fields.collect { k, v -> "${enc(k)}=${enc(v)}" }.join('&')
            def answer = again { calls.send('POST', path, who.findAll { it.key != 'csrf' } + [Accept: HTML,
                                                           'Content-Type': 'application/x-www-form-urlencoded'], body) }
            if (answer.status >= 500) broken << "$field=$label -> ${answer.status} ${answer.text?.take(200)}".toString()
        }

        then:
        broken == []

        where:
        [form, field, credentials] << [['/ui/accounts', ['username', 'fullName', 'roles', 'password', 'validUntil', 'birthDate', 'phone', 'email', 'crew']],
                          ['/ui/accounts/{id}/lock', ['why']],
                          ['/ui/accounts/{id}/unlock', ['request']],
                          ['/ui/accounts/{id}/profile', ['roles', 'fullName', 'validUntil', 'phone', 'email', 'crew']],
                          ['/ui/accounts/{id}/password', ['password']],
                          ['/ui/me/api-keys', ['name']],
                          ['/ui/workorders/999999999/in_progress', ['crew', 'notes', 'checklist']]]
                .collectMany { f, names -> names.collectMany { n -> ['bearer', 'browser session'].collect { [f, n, it] } } }
    }

    def "a form whose %-escapes are broken is a #status, not a 500: #path (#credentials)"() {
        given:
        Map<String, String> who = credentials == 'anonymous' ? [:] : credentials == 'bearer'
                ? [Authorization: "Bearer ${users.token()}".toString()] : browserSession()

        when: 'a form field ends in a lone %, as a hand-written script sends it'
        def answer = calls.send('POST', path, who.findAll { it.key != 'csrf' } + ['Content-Type': 'application/x-www-form-urlencoded'],
                "csrfToken=${enc(who.csrf ?: '')}&username=x&why=%%%&password=%")

        then: 'a browser session without a readable CSRF token is refused as such'
        answer.status == status

        where:
        path                   | credentials       || status
        '/login'               | 'anonymous'       || 400
        '/ui/accounts/1/lock'  | 'bearer'          || 400
        '/ui/accounts/1/lock'  | 'browser session' || 403
        '/ui/accounts'         | 'bearer'          || 400
    }

    /** One browser session for the whole walk (sign-ins are limited to 20 a minute per address). */
    @Shared Map<String, String> browserSession

    /** A browser's session: signed in with the form, its cookies, and the page's CSRF token. */
    Map<String, String> browserSession() {
        if (browserSession) {
            return browserSession
        }
        String name = users.account(TestUsers.EVERY_ROLE)
        def signIn = calls.send('POST', '/login', ['Content-Type': 'application/x-www-form-urlencoded'],
                "username=${enc(name)}&password=${enc(TestUsers.PASSWORD)}")
        List<String> pairs = signIn.cookies().collect { it.split(';')[0] }
        String csrf = pairs.find { it.startsWith('csrfToken=') }?.substring('csrfToken='.length())
        assert pairs.any { it.startsWith('JWT=') } && csrf
        browserSession = [Cookie: pairs.join('; '), csrf: csrf]
    }

    def "a site posted without province or address keeps the site list and the dashboard answering"() {
        given:
        String token = users.token()

        when:
        def created = calls.post('/api/sites', [id: 'NO-PROVINCE', name: 'Trạm không tỉnh'], token)

        then:
        created.status == 201
        calls.get('/api/sites?limit=500', token).status == 200
        calls.get('/api/sites?limit=500', token).json.results.find { it.id == 'NO-PROVINCE' }.province == null
        calls.get('/', token, [Accept: HTML]).status == 200
    }

    def "the language switch returns only to a path of this site: #back -> #target"() {
        when:
        def answer = calls.get('/lang/en?back=' + back, users.token(), [Accept: HTML])

        then:
        answer.status == 303
        answer.header('Location') == target

        where:
        back                       || target
        '%2Fui%2Falarms'           || '/ui/alarms'
        '%2Fui%2Fassets%3Fq%3Dups' || '/ui/assets?q=ups'
        '%2F%5Cevil'               || '/'
        '%2F%255Cevil'             || '/'
        '%2F%2Fevil.example'       || '/'
        'https%3A%2F%2Fevil'       || '/'
        '%2F%20bad%20uri%7C%5E'    || '/'
        '%2Fa%0D%0ASet-Cookie%3Ax' || '/'
    }

    /** Once more when the connection the client reused was one the server had closed after refusing a huge request line. */
    static Calls.Answer again(Closure<Calls.Answer> call) {
        try {
            return call()
        } catch (IOException closed) {
            return call()
        }
    }

    /** Calls back with the baseline body with one field (at any depth) replaced by each bad value. */
    static void walkBody(Map schema, Closure<Map> fresh, List<String> at, Closure visit) {
        Map resolved = OpenApi.resolve(schema)
        (resolved.properties ?: [:]).each { String name, Map fieldSchema ->
            List<String> here = at + [name]
            badValues(fieldSchema).each { String label, Object value ->
                visit(here, label, replaced(fresh(), here, value))
            }
            Map inner = OpenApi.resolve(fieldSchema)
            if (inner.type == 'object' && inner.properties) {
                walkBody(inner, fresh, here, visit)
            }
        }
    }

    static Map replaced(Map body, List<String> at, Object value) {
        Map copy = new LinkedHashMap(body)
        if (at.size() == 1) {
            copy[at.first()] = value
        } else {
            copy[at.first()] = replaced((copy[at.first()] ?: [:]) as Map, at.tail(), value)
        }
        copy
    }

    /**
     * An id of a row that exists, so a broken body reaches the database and not just a 404: the last
     * row the collection lists (rows the walk itself made), or none.
     */
    String realId(Operation op, String token) {
        if (!op.path.contains('{') || op.toString() in NO_REAL_ID) return null
        String collection = op.path.substring(0, op.path.indexOf('/{'))
        if (op.path.startsWith('/api/users/') || op.path.startsWith('/api/accounts/')) {
            // never the walker or the administrator
            def list = calls.get(collection, token).json
            def rows = list instanceof Map ? list.results : list
            def other = rows?.find { !(it.username in ['admin']) && !(it.username as String)?.startsWith('spec-') }
            return other?.id?.toString()
        }
        def answer = calls.get(collection, token)
        if (answer.status != 200) return null
        def list = answer.json
        def rows = list instanceof Map ? list.results : list
        rows instanceof List && rows ? rows.last().id?.toString() : null
    }
}
