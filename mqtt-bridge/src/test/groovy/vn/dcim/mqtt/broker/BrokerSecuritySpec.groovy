package vn.dcim.mqtt.broker

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.util.concurrent.PollingConditions
import vn.dcim.mqtt.testing.BridgeSpec
import vn.dcim.mqtt.testing.Mosquitto
import vn.dcim.mqtt.testing.TlsBroker

/** Art. 25.3: the bridge reaches a broker that accepts only TLS with a username and password. */
@MicronautTest(transactional = false)
class BrokerSecuritySpec extends BridgeSpec {

    @Override
    Mosquitto newBroker() {
        TlsBroker.start()
    }

    @Override
    Map<String, String> bridgeProperties() {
        ['dcim.mqtt.username'           : TlsBroker.USER,
         'dcim.mqtt.password'           : TlsBroker.PASSWORD,
         'dcim.mqtt.truststore'         : TlsBroker.truststore(broker()),
         'dcim.mqtt.truststore-password': TlsBroker.TRUST_PASSWORD]
    }

    def "an access event published over TLS with credentials is logged"() {
        expect:
        broker.url().startsWith('ssl://')

        when:
        broker.publish('dcim/demo/door/door-1/access', '{"id":"tls-1","ts":"2026-11-22T08:15:02Z","result":"granted","person":"Phạm Thị D"}')

        then:
        new PollingConditions(timeout: 20).eventually {
            assert count("SELECT COUNT(*) FROM access_event WHERE message_id = 'tls-1'") == 1
        }
    }
}
