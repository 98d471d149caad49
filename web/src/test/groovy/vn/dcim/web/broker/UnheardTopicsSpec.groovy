package vn.dcim.web.broker

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.deadletter.DeadLetterReason
import vn.dcim.core.deadletter.DeadLetterStore
import vn.dcim.mqtt.ingest.MqttBridge
import vn.dcim.mqtt.ingest.UnheardTopics
import vn.dcim.mqtt.testing.FreePort
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import java.nio.file.Files

/**
 * A device nobody described, publishing on the embedded broker on a topic no dialect reads: the bridge does not
 * subscribe there, yet its message is listed on the screen Dạy thiết bị to be taught from (a dead letter of reason
 * topic), once a minute per topic; a dialect's own topic and the product's contract are left to the bridge.
 */
@MicronautTest(transactional = false)
class UnheardTopicsSpec extends CallsSpec {
    static final String BRIDGE = 'dcim-bridge'
    static final String BRIDGE_PASSWORD = 'bridge-secret-unheard'
    static EmbeddedBroker broker

    @Inject UnheardTopics unheard
    @Inject MqttBridge bridge
    @Inject DeadLetterStore deadLetters
    @Inject TestUsers users

    static EmbeddedBroker broker() {
        if (broker == null) {
            broker = EmbeddedBroker.start(Files.createTempDirectory('dcim-unheard'),
                    EmbeddedBroker.Options.defaults(FreePort.find(), BRIDGE, BRIDGE_PASSWORD).withAnonymous(true))
        }
        broker
    }

    @Override
    Map<String, String> extraProperties() {
        ['dcim.mqtt.url'           : broker().url(),
         'dcim.mqtt.username'      : BRIDGE,
         'dcim.mqtt.password'      : BRIDGE_PASSWORD,
         'dcim.mqtt.client-id'     : 'dcim-bridge-unheard-spec',
         'dcim.mqtt.bridge.enabled': 'true']
    }

    def setup() {
        broker().tellUnheard(unheard)
        new PollingConditions(timeout: 30).eventually { assert bridge.isSubscribed() }
    }

    def cleanupSpec() {
        broker?.close()
        broker = null
    }

    void publish(String topic, String payload) {
        def client = new MqttClient(broker().url(), 'unheard-device-' + UUID.randomUUID().toString().take(6), new MemoryPersistence())
        client.connect(new MqttConnectOptions(cleanSession: true, mqttVersion: MqttConnectOptions.MQTT_VERSION_3_1_1))
        try {
            client.publish(topic, payload.bytes, 1, false)
        } finally {
            client.disconnect()
            client.close()
        }
    }

    List<String> capturedTopics() {
        calls.get('/api/teach/captures', users.token(EnumSet.of(Role.admin))).json*.topic
    }

    def "a message on a topic no dialect reads is listed to be taught from, once a minute per topic"() {
        when: 'a device of an unknown maker reports three times in a row'
        3.times { publish('acme/rack7-env/data', '{"t": 23.4, "rh": 45.5, "door": "closed"}') }

        then: 'the administrator sees its message on the teach screen'
        new PollingConditions(timeout: 20).eventually {
            assert 'acme/rack7-env/data' in capturedTopics()
        }

        and: 'kept once: the two others of the same minute only counted'
        new PollingConditions(timeout: 5).eventually { assert unheard.skipped() >= 2 }
        deadLetters.find(DeadLetterReason.topic, 100, 0).count { it.topic() == 'acme/rack7-env/data' } == 1
    }

    def "whether the bridge hears a topic already"() {
        expect:
        unheard.unheard(topic) == expected

        where:
        topic                              || expected
        'acme/rack7-env/data'              || true
        'factory/line2/meter/3'            || true
        'dcim/site-1/ups/ups-01/metrics'   || false
        'zigbee2mqtt/plug_7'               || false
        'tele/plug-1/SENSOR'               || false
        'shellies/shellyht-1/sensor/temperature' || false
        '$SYS/broker/uptime'               || false
        ''                                 || false
    }

    def "a dialect's own topic is the bridge's: read as its source, never a dead letter"() {
        when:
        publish('tele/unheard-plug/SENSOR', '{"Time":"2026-11-29T10:00:00","ENERGY":{"Power":42,"Voltage":229}}')

        then: 'the Tasmota source is in the discovery inbox'
        new PollingConditions(timeout: 20).eventually {
            assert 'tele/unheard-plug/SENSOR' in capturedTopics()
        }
        deadLetters.find(DeadLetterReason.topic, 100, 0).every { it.topic() != 'tele/unheard-plug/SENSOR' }
    }
}
