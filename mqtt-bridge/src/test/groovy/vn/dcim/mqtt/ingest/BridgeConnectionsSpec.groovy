package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.mqtt.testing.BridgeSpec

import java.time.Instant

/**
 * Three connections in one bridge, members of one MQTT 5 shared subscription on a real Mosquitto: the
 * broker spreads a QoS 1 stream over them, and the database holds every message once, and the latest
 * value of each series is its newest reading, whatever order the members committed them in.
 */
@MicronautTest(transactional = false)
class BridgeConnectionsSpec extends BridgeSpec {
    static final int MESSAGES = 600

    @Inject
    LatestReadings latest

    @Override
    Map<String, String> bridgeProperties() {
        ['dcim.mqtt.connections': '3']
    }

    def "a QoS 1 stream spread over three connections is stored once each, and each latest value is the newest reading"() {
        given:
        Instant t0 = Instant.parse('2026-11-27T08:00:00Z')

        when: 'a door and two sensors publish, each in its own order of time'
        Thread door = Thread.start {
            broker.publishLines('dcim/demo/door/door-1/access', (0..<MESSAGES).collect {
                """{"id":"conn-${it}","ts":"${t0.plusSeconds(it)}","result":"granted"}""".toString()
            })
        }
        ['sensor-1', 'gw-1'].collect { device ->
            Thread.start {
                broker.publishLines("dcim/demo/sensor/${device}/metric".toString(), (0..<MESSAGES).collect {
                    """{"ts":"${t0.plusSeconds(it)}","metrics":[{"metric":"env.temperature","instance":"conn","value":${it}}]}""".toString()
                })
            }
        }*.join()
        door.join()

        then: 'every message is stored, none twice'
        new PollingConditions(timeout: 60).eventually {
            assert count("SELECT COUNT(*) FROM access_event WHERE message_id LIKE 'conn-%'") == MESSAGES
            assert count("SELECT COUNT(*) FROM reading WHERE instance = 'conn' AND metric = 'env.temperature'") == 2 * MESSAGES
        }
        count("SELECT COUNT(DISTINCT message_id) FROM access_event WHERE message_id LIKE 'conn-%'") == MESSAGES

        and: 'each of the three connections took a share of the stream'
        bridge.receivedByConnection().size() == 3
        bridge.receivedByConnection().every { it > 0 }

        and: 'the latest value of each sensor is its newest reading'
        ['sensor-1', 'gw-1'].every { device ->
            def value = latest.of(device, 'env.temperature', 'conn').orElseThrow()
            value.time() == t0.plusSeconds(MESSAGES - 1) && value.value() == (MESSAGES - 1) as double
        }
    }
}
