package vn.dcim.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.yaml.snakeyaml.Yaml
import vn.dcim.core.account.Role
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import static vn.dcim.core.account.Role.*

/**
 * Art. 16.1, least privilege: every role against every endpoint group of the OpenAPI document, and
 * every screen. The expectations are written here, apart from security/access.yml, so a change of
 * the table is a visible change of this spec; a group the document gains without a row here fails.
 */
@MicronautTest(transactional = false)
class RoleAccessSpec extends CallsSpec {
    static final List<Role> EVERYONE = Role.values().toList()
    static final List<Role> WATCH = [operator, supervisor, auditor, admin]
    /** The centre's own people: everyone but a hosted agency's person. */
    static final List<Role> STAFF = EVERYONE - agency

    @Inject TestUsers users

    /** Every operation of the published OpenAPI document, with its group (tag). */
    static List<Map> operations() {
        def doc = new Yaml().load(RoleAccessSpec.getResourceAsStream('/META-INF/swagger/dcim-api.yml')) as Map
        doc.paths.collectMany { String path, Map ops ->
            ops.findAll { it.key in ['get', 'post', 'put', 'patch', 'delete'] }.collect { String method, Map op ->
                [method: method.toUpperCase(), path: path, concrete: path.replaceAll(/\{[^}]+}/, '999999999'),
                 group : (op.tags ?: ['none']).first()]
            }
        }
    }

    static final Map<String, List<List<Role>>> EXPECTED = [
            // group                  : [readers, writers]
            'Locations'              : [[operator, supervisor, asset_manager, maintenance, auditor, admin], [asset_manager]],
            'Assets'                 : [[operator, supervisor, asset_manager, maintenance, auditor, admin, agency], [asset_manager]],
            'Software assets'        : [[asset_manager, supervisor, auditor, admin], [asset_manager]],
            'Readings'               : [[operator, supervisor, asset_manager, maintenance, auditor, admin, agency], []],
            'Dashboard'              : [[operator, supervisor, asset_manager, maintenance, auditor, admin], []],
            'Power chain'            : [[operator, supervisor, asset_manager, maintenance, auditor, admin], [asset_manager]],
            'Findings'               : [[asset_manager, supervisor, auditor, admin], []],
            'Reports'                : [[asset_manager, supervisor, auditor, admin], []],
            'Report mailings'        : [[supervisor, auditor, admin], [supervisor, admin]],
            'Operation log'          : [WATCH, [operator, supervisor]],
            'Audit'                  : [[supervisor, auditor, admin], []],
            'Alarms'                 : [[operator, supervisor, maintenance, auditor, admin, agency], [operator, supervisor]],
            'Alarm rules'            : [WATCH, [supervisor]],
            'Incidents'              : [WATCH + agency, [operator, supervisor]],
            'Notifications'          : [WATCH, [admin]],
            'Notification recipients': [[supervisor, auditor, admin], [admin]],
            // The people the roster's escalation tells, kept like the recipients
            'Notified people'        : [[supervisor, auditor, admin], [admin]],
            'Outbound hosts'         : [[auditor, admin], [admin]],
            'Schedules'              : [WATCH, [supervisor]],
            'ISP links'              : [WATCH, [supervisor]],
            'Maintenance'            : [[maintenance, operator, supervisor, auditor, admin, agency], [maintenance, supervisor]],
            // A window holds notifications back: the shift leader puts it
            'Maintenance windows'    : [[maintenance, operator, supervisor, auditor, admin], [supervisor]],
            'Backups'                : [[supervisor, auditor, admin], [admin]],
            'Compliance'             : [[supervisor, asset_manager, auditor, admin], [supervisor, admin]],
            'Duty roster'            : [WATCH, [supervisor]],
            'Staff'                  : [[supervisor, auditor, admin], [supervisor]],
            'Visits'                 : [WATCH, [operator, supervisor]],
            'Vulnerabilities'        : [WATCH, [supervisor]],
            'Records'                : [[supervisor, asset_manager, auditor, admin], [supervisor, admin]],
            'Documents'              : [[supervisor, asset_manager, auditor, admin, agency], [supervisor, admin, agency]],
            'Accounts'               : [[auditor, admin], [admin]],
            'Users'                  : [[auditor, admin], [admin]],
            'access-events'          : [WATCH, []],
            'dead-letters'           : [WATCH, []],
            'MQTT credentials'       : [[auditor, admin], [admin]],
            'Push credentials'       : [[auditor, admin], [admin]],
            'Monitored devices'      : [WATCH, [supervisor, admin]],
            'Remote collectors'      : [WATCH, [admin]],
            'Discovered sources'     : [WATCH, [supervisor, admin]],
            // teaching a device writes a file the bridge loads: the administrator's alone, previews too (a POST)
            'Taught dialects'        : [[admin], [admin]],
            // What devices sent by themselves, read by the shift and the crews, written by nobody
            'Device log'             : [[operator, supervisor, maintenance, auditor, admin], []],
            'My account'             : [EVERYONE, EVERYONE],
            'Second factor'          : [EVERYONE, EVERYONE],
            'Cabling'                : [[operator, supervisor, asset_manager, maintenance, auditor, admin, agency], [asset_manager, maintenance]],
            'Stock-takes'            : [[asset_manager, maintenance, supervisor, auditor, admin], [asset_manager]],
            'Stock-take scans'       : [[asset_manager, maintenance, supervisor, auditor, admin], [asset_manager, maintenance]],
            'Capacity planning'      : [[asset_manager, supervisor, auditor, admin], []],
            // battery health and run hours: the planners read, the asset manager keeps the battery's register
            'Battery health'         : [[asset_manager, supervisor, maintenance, auditor, admin], [asset_manager]],
            // change requests: requested by staff or an agency's people (agency), decided by a supervisor, stepped by the crew, read by the auditor
            'Changes'                : [[asset_manager, supervisor, maintenance, auditor, admin, agency], [asset_manager, supervisor, maintenance, agency]],
            // Centres of a merged province: who runs which site is everyone's to read; the register is the administrator's
            'Centres'                : [[operator, supervisor, asset_manager, maintenance, auditor, admin], [admin]],
            // hosted agencies: the asset manager keeps the register; an agency's own people (agency) read theirs, scoped
            'Agencies'               : [[asset_manager, supervisor, auditor, admin, agency], [asset_manager]],
            // rated capacity of feeds, UPSs and PDUs: registry data the asset manager keeps, the planners read
            'Power ratings'          : [[asset_manager, supervisor, auditor, admin], [asset_manager]],
            // Personal data (Law 91/2025/QH15): the supervisor answers data subjects, the auditor checks; face pictures are
            // sensitive data, seen by these two alone (the administrator reads the requests, never a picture)
            'Personal data'          : [[supervisor, auditor, admin], [supervisor]],
            'Face pictures'          : [[supervisor, auditor], []],
            // teaching an SNMP device from a walk: a profile file the poller reads, the administrator's alone
            'Taught profiles'        : [[admin], [admin]],
            // a hosted agency's notes on the incidents that touched its equipment: its own people's, in its name
            'Agency notes'           : [[agency], [agency]],
    ]

    def "every endpoint group of the OpenAPI document has a row here (a new group needs its access decided)"() {
        expect:
        operations()*.group.toSet() == EXPECTED.keySet()
    }

    def "anonymous callers get 401 on every API operation"() {
        when:
        def answers = operations().collect { op -> [op, calls.send(op.method, op.concrete, [:], op.method == 'GET' ? null : [:])] }

        then:
        answers.findAll { it[1].status != 401 }.collect { "${it[0].method} ${it[0].path}: ${it[1].status}" } == []
    }

    def "#group: read by #readers, changed by #writers; every other role is refused every operation"() {
        given:
        def ops = operations().findAll { it.group == group }

        when:
        def wrong = []
        for (Role role in Role.values()) {
            String token = users.token(EnumSet.of(role))
            for (op in ops) {
                boolean writing = op.method != 'GET'
                boolean allowed = role in (writing ? writers : readers)
                if (!allowed) {
                    def answer = op.path.endsWith('/import')
                            ? calls.send(op.method, op.concrete, [Authorization: "Bearer $token", 'Content-Type': 'text/csv'], 'name\n')
                            : calls.send(op.method, op.concrete, [Authorization: "Bearer $token"], writing ? [:] : null)
                    if (answer.status != 403) wrong << "$role ${op.method} ${op.path}: ${answer.status} (expected 403)"
                } else if (!writing && !op.path.contains('{') && !op.path.endsWith('/stream')) {
                    def answer = calls.send('GET', op.concrete, [Authorization: "Bearer $token"])
                    if (answer.status in [401, 403]) wrong << "$role GET ${op.path}: ${answer.status} (expected access)"
                }
            }
        }

        then:
        wrong == []

        where:
        group << EXPECTED.keySet().toList()
        readers = EXPECTED[group][0]
        writers = EXPECTED[group][1]
    }

    def "screen #path: #readers open it, every other role is sent to the forbidden page, anonymous to sign-in"() {
        when:
        def anonymous = calls.get(path, null, [Accept: 'text/html,*/*;q=0.8'])
        def wrong = Role.values().collect { role ->
            def answer = calls.get(path, users.token(EnumSet.of(role)), [Accept: 'text/html,*/*;q=0.8'])
            // an agency's person has no site-wide dashboard: its home is its agency's page
            boolean home = role == agency && path == '/' && answer.status == 303 && answer.header('Location').endsWith('/ui/agency')
            boolean ok = role in readers ? answer.status == 200 || home
                    : (answer.status in [302, 303] && answer.header('Location').contains('/ui/forbidden'))
            ok ? null : "$role: ${answer.status} ${answer.header('Location')}"
        }.findAll()

        then:
        anonymous.status in [302, 303] && anonymous.header('Location').endsWith('/login')
        wrong == []

        where:
        path              | readers
        '/'               | EVERYONE
        '/ui/alarms'      | [operator, supervisor, maintenance, auditor, admin, agency]
        '/ui/alarms/rules'| WATCH
        '/ui/incidents'   | WATCH + agency
        '/ui/assets'      | [operator, supervisor, asset_manager, maintenance, auditor, admin, agency]
        '/ui/racks'       | [operator, supervisor, asset_manager, maintenance, auditor, admin]
        '/ui/devices'     | [operator, supervisor, asset_manager, maintenance, auditor, admin]
        '/ui/licences'    | [asset_manager, supervisor, auditor, admin]
        '/ui/reports'     | [asset_manager, supervisor, auditor, admin]
        '/ui/workorders'  | [maintenance, operator, supervisor, auditor, admin, agency]
        '/ui/changes'     | [asset_manager, supervisor, maintenance, auditor, admin, agency]
        '/ui/maintenance-windows' | [maintenance, operator, supervisor, auditor, admin]
        '/ui/schedules'   | WATCH
        '/ui/handover'    | WATCH
        '/ui/duty-roster' | WATCH
        '/ui/operation-log' | WATCH
        '/ui/report-mailings' | [supervisor, auditor, admin]
        '/ui/compliance'  | [supervisor, asset_manager, auditor, admin]
        '/ui/records'     | [supervisor, asset_manager, auditor, admin]
        '/ui/admin'       | [supervisor, auditor, admin]
        '/ui/accounts'    | [auditor, admin]
        '/ui/mqtt-credentials' | [auditor, admin]
        '/ui/push-credentials' | [auditor, admin]
        '/ui/personal-data' | [supervisor, auditor, admin]
        '/ui/me'          | EVERYONE
        '/ui/cabling'     | [operator, supervisor, asset_manager, maintenance, auditor, admin]
        '/ui/stocktakes'  | [asset_manager, maintenance, supervisor, auditor, admin]
        '/ui/capacity'    | [asset_manager, supervisor, auditor, admin]
        '/ui/batteries'   | [asset_manager, maintenance, supervisor, auditor, admin]
        '/ui/agencies'    | [asset_manager, supervisor, auditor, admin]
        '/ui/centres'     | STAFF
    }

    def "open without sign-in: health (status only), sign-in page, static assets and the API documentation"() {
        expect:
        calls.get(path).status == 200

        where:
        path << ['/health', '/login', '/static/dcim.css', '/webjars/uplot/1.6.30/dist/uPlot.iife.min.js', '/swagger/dcim-api.yml', '/swagger-ui/index.html', '/redoc/index.html']
    }

    def "anonymous health shows the status and nothing of the database or broker"() {
        when:
        def health = calls.get('/health')

        then:
        health.status == 200
        health.json.status == 'UP' || health.json.status == 'DOWN'
        !health.text.contains('jdbc') && !health.text.contains('details')
    }
}
