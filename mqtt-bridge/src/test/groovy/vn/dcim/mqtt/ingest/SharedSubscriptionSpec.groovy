package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.util.concurrent.PollingConditions
import vn.dcim.mqtt.testing.BridgeSpec

import java.util.concurrent.TimeUnit

/**
 * Scale-out: with a shared group the bridge speaks MQTT 5 and subscribes to $share/{group}/dcim/#.
 * A second member of the group (a bare mosquitto_sub) takes its share of the stream, so the bridge
 * logs only part of it, each message once across the group.
 */
@MicronautTest(transactional = false)
class SharedSubscriptionSpec extends BridgeSpec {

    @Override
    Map<String, String> bridgeProperties() {
        ['dcim.mqtt.shared-group': 'dcim-spec']
    }

    def "the bridge and another member of the group split one stream"() {
        given: 'another member of the shared group'
        Process other = new ProcessBuilder('mosquitto_sub', '-h', '127.0.0.1', '-p', broker.port as String, '-V', 'mqttv5',
                '-q', '1', '-t', '$share/dcim-spec/dcim/#').redirectErrorStream(true).start()
        Thread.sleep(500)

        when:
        broker.publishLines('dcim/demo/door/door-1/access', (1..200).collect {
            """{"id":"share-${it}","ts":"2026-11-22T08:00:00Z","result":"granted"}""".toString()
        })

        then: 'the bridge logged some, the other member got the rest'
        new PollingConditions(timeout: 20).eventually {
            long logged = count("SELECT COUNT(*) FROM access_event WHERE message_id LIKE 'share-%'")
            assert logged > 0 && logged < 200
        }

        cleanup:
        other?.destroy()
        other?.waitFor(5, TimeUnit.SECONDS)
    }

    def "after a broker restart the bridge rejoins the group and logs what is published"() {
        when: 'the broker restarts'
        broker.restart()

        then: 'the bridge reconnects on a new client and renews its shared subscription'
        new PollingConditions(timeout: 30).eventually { assert bridge.isSubscribed() }

        when: 'a stream is published with the bridge alone in the group'
        broker.publishLines('dcim/demo/door/door-1/access', (1..50).collect {
            """{"id":"rejoin-${it}","ts":"2026-11-22T09:00:00Z","result":"granted"}""".toString()
        })

        then: 'all of it is logged'
        new PollingConditions(timeout: 20).eventually {
            assert count("SELECT COUNT(*) FROM access_event WHERE message_id LIKE 'rejoin-%'") == 50
        }
    }
}
