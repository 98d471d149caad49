package vn.dcim.web.api.device

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.audit.AuditEventRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.core.testing.SharedData
import vn.dcim.core.testing.Sql
import vn.dcim.snmp.testing.Snmpsim
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import javax.sql.DataSource

/**
 * Monitoring set-up through the API: devices are created, changed and removed by the
 * supervisor or the administrator, read by the shift and the auditor; the community and SNMPv3 pass
 * phrases are write-only and stored encrypted; bad settings are refused by field; every change is
 * audited with its author; the poller takes a new device up without a restart; a test polls once.
 */
@MicronautTest(transactional = false)
class DeviceApiSpec extends CallsSpec {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([SharedData.devices().resolve('huaweiups_ups2000.snmprec')])

    @Inject TestUsers users
    @Inject SiteRepository sites
    @Inject AuditEventRepository auditEvents
    @Inject LatestReadings latest
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() {
        ['dcim.snmp.tick-ms': '100', 'dcim.snmp.device-refresh-ms': '600000']
    }

    def setup() {
        if (!sites.existsById('dev-site')) {
            sites.save(new Site('dev-site', 'TTDL Thái Nguyên', 'Thái Nguyên', null))
        }
    }

    String token(Role... roles) { users.token(EnumSet.copyOf(roles as List)) }

    Map ups(String id, Map extra = [:]) {
        [id: id, siteId: 'dev-site', name: 'UPS ' + id, protocol: 'snmp', host: '127.0.0.1', port: sim.port,
         snmpVersion: '2c', community: 'huaweiups_ups2000', intervalS: 5, timeoutMs: 1000, retries: 0] + extra
    }

    Calls.Answer put(String path, Object body, String token) {
        calls.send('PUT', path, [Authorization: "Bearer $token"], body)
    }

    def "a supervisor adds an SNMP device; the community is never answered, only that one is stored"() {
        when:
        def created = calls.post('/api/devices', ups('ups-a1'), token(Role.supervisor))

        then:
        created.status == 201
        created.json.id == 'ups-a1'
        created.json.hasCommunity == true
        !created.json.containsKey('community')
        !created.text.contains('huaweiups_ups2000')

        and: 'the shift reads it back without the secret; in the database it is ciphertext'
        def read = calls.get('/api/devices/ups-a1', token(Role.operator))
        read.status == 200
        !read.text.contains('huaweiups_ups2000')
        calls.get('/api/devices?site=dev-site', token(Role.auditor)).json.results*.id.contains('ups-a1')
        new Sql(dataSource).rows("SELECT community FROM monitored_device WHERE id = 'ups-a1'")[0].community.startsWith('enc:v1:')
    }

    def "a change without a secret keeps the stored one; an empty one removes it (and then v2c is refused)"() {
        given:
        calls.post('/api/devices', ups('ups-a2'), token(Role.admin))
        def body = ups('ups-a2', [name: 'UPS phòng máy 2', intervalS: 30])
        body.remove('community')

        when:
        def changed = put('/api/devices/ups-a2', body, token(Role.supervisor))

        then:
        changed.status == 200
        changed.json.name == 'UPS phòng máy 2'
        changed.json.intervalS == 30
        changed.json.hasCommunity == true
        calls.post('/api/devices/ups-a2/test', null, token(Role.supervisor)).json.ok == true

        when:
        def emptied = put('/api/devices/ups-a2', body + [community: ''], token(Role.supervisor))

        then:
        emptied.status == 422
        emptied.json.fields[0].field == 'community'
    }

    def "SNMPv3 settings are stored with their pass phrases write-only"() {
        when:
        def created = calls.post('/api/devices', [id: 'pdu-v3', siteId: 'dev-site', name: 'PDU v3', protocol: 'snmp',
                                                  host: '10.0.0.9', snmpVersion: '3', v3User: 'dcim', v3AuthProto: 'SHA256',
                                                  v3AuthPass: 'auth-pass-1', v3PrivProto: 'AES128', v3PrivPass: 'priv-pass-1'],
                token(Role.admin))

        then:
        created.status == 201
        created.json.v3User == 'dcim'
        created.json.hasV3AuthPass && created.json.hasV3PrivPass
        !created.text.contains('auth-pass-1') && !created.text.contains('priv-pass-1')
        !calls.get('/api/devices', token(Role.admin)).text.contains('pass-1')
    }

    def "an MQTT device needs only its id (its MQTT device id), site and name"() {
        when:
        def created = calls.post('/api/devices', [id: 'door-7', siteId: 'dev-site', name: 'Cửa phòng máy', protocol: 'mqtt',
                                                  community: 'ignored'], token(Role.supervisor))

        then:
        created.status == 201
        created.json.protocol == 'mqtt'
        created.json.hasCommunity == false
        created.json.host == null
    }

    def "refused with the field at fault: #why"() {
        when:
        def answer = calls.post('/api/devices', ups('bad-' + UUID.randomUUID().toString().take(6)) + change, token(Role.admin))

        then:
        answer.status in [400, 422]
        answer.json.fields*.field.any { it.contains(field) }

        where:
        why                                | change                                              || field
        'no host'                          | [host: null]                                        || 'host'
        'a host with a slash'              | [host: 'x/../y']                                    || 'host'
        'a port above 65535'               | [port: 70000]                                       || 'port'
        'an unknown version'               | [snmpVersion: '4']                                  || 'snmpVersion'
        'an interval of 1 s'               | [intervalS: 1]                                      || 'intervalS'
        'an unknown site'                  | [siteId: 'nowhere']                                 || 'siteId'
        'an unknown asset'                 | [assetId: 999999999]                                || 'assetId'
        'an unknown profile'               | [profile: 'no-such-profile']                        || 'profile'
        'a control character'              | [community: 'pub\nlic']                             || 'community'
        'v3 without user'                  | [snmpVersion: '3']                                  || 'v3User'
        'a short v3 pass phrase'           | [snmpVersion: '3', v3User: 'u', v3AuthProto: 'SHA', v3AuthPass: 'short'] || 'v3AuthPass'
        'privacy without authentication'   | [snmpVersion: '3', v3User: 'u', v3PrivProto: 'AES128', v3PrivPass: 'longenough'] || 'v3PrivProto'
        'an id with a slash (MQTT topics)' | [id: 'a/b']                                         || 'id'
    }

    def "a device id is taken once (409)"() {
        given:
        calls.post('/api/devices', ups('ups-dup'), token(Role.admin))

        expect:
        calls.post('/api/devices', ups('ups-dup'), token(Role.admin)).status == 409
    }

    def "the shift and the auditor only read; the asset manager and maintenance see nothing"() {
        expect:
        calls.post('/api/devices', ups('ups-r-' + role), token(role)).status == 403
        calls.get('/api/devices', token(role)).status == status

        where:
        role               || status
        Role.operator      || 200
        Role.auditor       || 200
        Role.asset_manager || 403
        Role.maintenance   || 403
    }

    def "every change is in the audit log with its author and never with the secret"() {
        given:
        def who = users.account(EnumSet.of(Role.admin))

        when:
        calls.post('/api/devices', ups('ups-audit'), token(Role.admin))
        put('/api/devices/ups-audit', ups('ups-audit', [community: 'new-secret-7']), token(Role.admin))
        calls.send('DELETE', '/api/devices/ups-audit', [Authorization: "Bearer ${token(Role.admin)}"])
        def events = auditEvents.findByEntityTypeAndEntityIdOrderById('monitored-device', 'ups-audit')

        then:
        events*.action() == ['create', 'update', 'delete']
        events.every { it.actor() == who }
        events.every { !String.valueOf(it.beforeJson()).contains('huaweiups_ups2000') && !String.valueOf(it.afterJson()).contains('new-secret-7') }
        calls.get('/api/devices/ups-audit', token(Role.admin)).status == 404
    }

    def "the test polls the agent once: the detected profile and the values read"() {
        when:
        def outcome = calls.post('/api/devices/test', [host: '127.0.0.1', port: sim.port, snmpVersion: '2c',
                                                       community: 'huaweiups_ups2000', timeoutMs: 1000, retries: 0],
                token(Role.supervisor))

        then:
        outcome.status == 200
        outcome.json.ok == true
        outcome.json.sysDescr == 'SNMP Card for HUAWEI UPS2000'
        !outcome.json.profiles.isEmpty()
        outcome.json.values.any { it.metric == 'ups.battery.charge' }
    }

    def "a test that reads nothing says why: #why"() {
        when:
        def outcome = calls.post('/api/devices/test', probe, token(Role.admin))

        then:
        outcome.status == 200
        outcome.json.ok == false
        outcome.json.failure == failure

        where:
        why                  | probe                                                                                                  || failure
        'a wrong community'  | [host: '127.0.0.1', port: sim.port, community: 'wrong', timeoutMs: 300, retries: 0]                    || 'silent_agent'
        'no agent on a port' | [host: '127.0.0.1', port: 9, community: 'public', timeoutMs: 300, retries: 0]                          || 'port_unreachable'
        'an unknown host'    | [host: 'no-such-host.invalid', community: 'public', timeoutMs: 300, retries: 0]                        || 'unknown_host'
    }

    def "a new device is polled within seconds, without a restart (the poller's list is reloaded on change)"() {
        when: 'the poller would reload its list only every 10 minutes (set above)'
        calls.post('/api/devices', ups('ups-live'), token(Role.supervisor))

        then:
        new PollingConditions(timeout: 20).eventually {
            assert latest.ofDevice('ups-live').any { it.metric() == 'ups.battery.charge' }
        }
    }

    def "a scan of a range proposes the agents that answer, with what they say they are"() {
        when:
        def found = calls.post('/api/devices/scan', [cidr: '127.0.0.1/32', port: sim.port, community: 'huaweiups_ups2000', timeoutMs: 500],
                token(Role.supervisor))

        then:
        found.status == 200
        found.json*.host == ['127.0.0.1']
        found.json[0].sysDescr == 'SNMP Card for HUAWEI UPS2000'

        expect: 'a wrong community finds no one'
        calls.post('/api/devices/scan', [cidr: '127.0.0.1/32', port: sim.port, community: 'wrong', timeoutMs: 300],
                token(Role.supervisor)).json == []
    }

    def "a scan range is refused unless it is an IPv4 block of at most 256 addresses: #cidr"() {
        expect:
        calls.post('/api/devices/scan', [cidr: cidr, community: 'public'], token(Role.admin)).status in [400, 422]

        where:
        cidr << ['10.0.0.0/16', '10.0.0.0/23', '10.0.0.0', '300.1.1.1/30', 'host.example/30', '10.0.0.0/33', '']
    }

    def "the addresses of a block leave out the network and broadcast addresses"() {
        expect:
        AgentScan.addresses('192.168.5.77/30') == ['192.168.5.77', '192.168.5.78']
        AgentScan.addresses('10.1.2.3/32') == ['10.1.2.3']
        AgentScan.addresses('10.1.2.0/24').size() == 254
    }
}
