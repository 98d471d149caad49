package vn.dcim.web.api.device

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.alarm.AlarmFilter
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.AlarmView
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.testing.Sql
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import javax.sql.DataSource

/**
 * The monitoring set-up says what a device is reached through (a gateway, a switch); a
 * sensor behind a silent gateway is then a symptom of the gateway's alarm, not an alarm of its own.
 * The supervisor sets it, the shift reads it, a loop or an unknown device is refused naming the field.
 */
@MicronautTest(transactional = false)
class ReachedThroughApiSpec extends CallsSpec {
    @Inject TestUsers users
    @Inject DataSource dataSource
    @Inject AlarmRaiser raiser
    @Inject Alarms alarms

    String site = 'rt-' + UUID.randomUUID().toString().take(6)

    def setup() {
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?)", [site, site])
        ['gw', 'sensor', 'cam'].each {
            sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES (?, ?, ?, 'mqtt')", [dev(it), site, it])
        }
    }

    String dev(String name) { site + '-' + name }

    String token(Role role) { users.token(EnumSet.of(role)) }

    AlarmView raise(String device, String rule) {
        raiser.raise(new AlarmSignal(dev(device), rule, '0', Severity.major, 'Art. 25.1', rule))
        alarms.list(new AlarmFilter('active', dev(device), rule, null, null), 1, 0)[0]
    }

    Calls.Answer put(String device, List via, Role role) {
        calls.send('PUT', "/api/devices/${device}/reached-through", [Authorization: "Bearer ${token(role)}"], [via: via])
    }

    def "the supervisor says the sensor is reached through the gateway; the shift reads it; the change is audited"() {
        when:
        def set = put(dev('sensor'), [dev('gw')], Role.supervisor)

        then:
        set.status == 200
        set.json.via == [dev('gw')]
        calls.get("/api/devices/${dev('sensor')}/reached-through", token(Role.operator)).json.via == [dev('gw')]
        new Sql(dataSource).rows("SELECT actor, action FROM audit_event WHERE entity_id = ? AND action = 'reached-through'",
                [dev('sensor')])*.action == ['reached-through']
    }

    def "the sensor's silence while the gateway is unreachable is a symptom of the gateway's alarm"() {
        given:
        put(dev('sensor'), [dev('gw')], Role.supervisor)

        when:
        def root = raise('gw', 'device-unreachable')
        def child = raise('sensor', 'device-stale')
        def alone = raise('cam', 'device-stale')

        then: 'the sensor is reached through the gateway, the camera is not'
        child.suppressed()
        child.rootAlarmId() == root.id()
        !alone.suppressed()
    }

    def "#what is refused naming via"() {
        given:
        put(dev('sensor'), [dev('gw')], Role.supervisor)

        when:
        def answer = put(dev(device), via.collect { it.startsWith('x-') ? it : dev(it) }, Role.supervisor)

        then:
        answer.status == 422
        answer.text.contains('via')

        where:
        what                               | device   | via
        'an unknown device'                | 'sensor' | ['x-nothing']
        'the device itself'                | 'sensor' | ['sensor']
        'a loop (gateway through sensor)'  | 'gw'     | ['sensor']
    }

    def "#role may not change it (#status); an unknown device answers 404"() {
        expect:
        put(dev('sensor'), [dev('gw')], role).status == status
        calls.get("/api/devices/${site}-none/reached-through", token(Role.operator)).status == 404

        where:
        role               || status
        Role.operator      || 403
        Role.auditor       || 403
        Role.maintenance   || 403
    }
}
