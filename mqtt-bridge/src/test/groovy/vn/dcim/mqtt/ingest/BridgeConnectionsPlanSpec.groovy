package vn.dcim.mqtt.ingest

import spock.lang.Specification
import vn.dcim.mqtt.broker.BrokerSettings

/**
 * How many connections the bridge opens and in which group: one unless the operator asks for more, a shared
 * group named after the client id when more are asked without one, and never more than one on the embedded
 * broker (MQTT 3.1.1 only).
 */
class BridgeConnectionsPlanSpec extends Specification {

    def "connections #asked, shared group '#group', embedded #embedded: #count connection(s), #share"() {
        given:
        def broker = new BrokerSettings(clientId: 'dcim-bridge', connections: asked, sharedGroup: group, embedded: embedded)

        when:
        def plan = BridgeConnections.of(broker)

        then:
        plan.count() == count
        plan.share() == share
        (1..count).collect { plan.clientId(it) } == ids

        where:
        asked | group  | embedded || count | share                  | ids
        0     | null   | false    || 1     | ''                     | ['dcim-bridge']
        0     | 'dcim' | false    || 1     | '$share/dcim/'         | ['dcim-bridge']
        1     | null   | false    || 1     | ''                     | ['dcim-bridge']
        3     | null   | false    || 3     | '$share/dcim-bridge/'  | ['dcim-bridge', 'dcim-bridge-2', 'dcim-bridge-3']
        2     | 'dcim' | false    || 2     | '$share/dcim/'         | ['dcim-bridge', 'dcim-bridge-2']
        4     | null   | true     || 1     | ''                     | ['dcim-bridge']
    }
}
