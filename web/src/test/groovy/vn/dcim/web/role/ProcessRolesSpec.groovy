package vn.dcim.web.role

import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import vn.dcim.core.schedule.SchedulerSettings
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.mqtt.ingest.MqttBridge
import vn.dcim.snmp.poll.SnmpPollingService
import vn.dcim.web.testing.Calls

/** One jar, every part by default, or only the parts named by --only / DCIM_ROLES. */
class ProcessRolesSpec extends MariaDbSpec {

    def "roles '#named' switch the poller #poller, the bridge #bridge and the duties #duties"() {
        when:
        def p = ProcessRoles.parse(named).properties()

        then:
        p['dcim.snmp.enabled'] != false == poller
        p['dcim.mqtt.bridge.enabled'] != false == bridge
        p['dcim.scheduler.enabled'] != false == duties
        p['dcim.roles'] == roles

        where:
        named          || poller | bridge | duties | roles
        null           || true   | true   | true   | 'web,poller,bridge'
        'all'          || true   | true   | true   | 'web,poller,bridge'
        'web'          || false  | false  | true   | 'web'
        'poller'       || true   | false  | false  | 'poller'
        'bridge'       || false  | true   | false  | 'bridge'
        ' Poller,web ' || true   | false  | true   | 'web,poller'
    }

    def "an unknown role (#named) is refused with the list of roles"() {
        when:
        ProcessRoles.parse(named)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains('web, poller, bridge') || e.message.contains('no role')

        where:
        named << ['poler', 'web,ui', ',']
    }

    def "a poller-only process polls, ingests no MQTT, runs no duty and serves only /health and /prometheus"() {
        given:
        def (server, ctx, calls) = started('poller')

        expect:
        ctx.containsBean(SnmpPollingService)
        !ctx.containsBean(MqttBridge)
        !ctx.getBean(SchedulerSettings).enabled
        // UP once the broker connection is made, which a loaded machine takes a moment for
        new spock.util.concurrent.PollingConditions(timeout: 20, delay: 0.2).eventually {
            assert calls.get('/health').status == 200
        }
        calls.get('/api/sites').status == 404
        calls.get('/').status == 404

        cleanup:
        server?.close()
    }

    def "a web-only process serves the API and runs the duties but polls nothing"() {
        given:
        def (server, ctx, calls) = started('web')

        expect:
        !ctx.containsBean(SnmpPollingService)
        !ctx.containsBean(MqttBridge)
        ctx.getBean(SchedulerSettings).enabled
        calls.get('/api/sites').status == 401

        cleanup:
        server?.close()
    }

    /** A process of these roles on a port of its own: [its server, its context, calls to it]. */
    private List started(String roles) {
        def server = ApplicationContext.run(EmbeddedServer, properties + roleProperties(roles))
        [server, server.applicationContext, new Calls(server.URL)]
    }

    /** The spec base keeps duties and the bridge off; a role's own settings decide here. */
    private static Map<String, String> roleProperties(String roles) {
        ['dcim.scheduler.enabled': 'true', 'dcim.mqtt.bridge.enabled': 'true'] +
                ProcessRoles.parse(roles).properties().collectEntries { k, v -> [(k): v.toString()] }
    }
}
