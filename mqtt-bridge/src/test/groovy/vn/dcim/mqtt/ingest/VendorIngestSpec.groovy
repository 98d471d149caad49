package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.DiscoveredSource

/**
 * A vendor device through the product: heard on the broker in its own dialect, kept as
 * an unbound source, bound, and its next message a reading of that device with no restart; hostile
 * payloads and a flood of random source ids are refused or capped and counted while good messages
 * keep flowing.
 */
@MicronautTest(transactional = false)
class VendorIngestSpec extends VendorSourcesSpec {
    static final int CAP = 20

    @Inject
    IngestPipeline pipeline

    PollingConditions eventually = new PollingConditions(timeout: 20, delay: 0.2)

    @Override
    Map<String, String> bridgeProperties() {
        ['dcim.mqtt.discovery.max-unbound': CAP as String]
    }

    def "a #dialect device is kept as an unbound source, bound, and its next message is a reading of that device"() {
        when: 'a device nobody registered speaks'
        broker.publish(topic, first)

        then: 'it waits in the inbox with what it would give, and no device has its readings'
        eventually.eventually {
            def s = unbound(dialect, source)
            assert s != null
            assert s.messageCount() >= 1
            assert s.wouldGive().contains(metric)
        }
        latest.ofDevice(deviceId).isEmpty()

        when: 'it is bound to a new device'
        def bound = sources.bind(unbound(dialect, source).id(), deviceId, 'demo', 'Vendor ' + source)
        broker.publish(topic, next)

        then:
        bound.state() == DiscoveredSource.State.bound
        devices.findById(deviceId).get().siteId() == 'demo'
        eventually.eventually {
            def r = latest.ofDevice(deviceId).find { it.metric() == metric }
            assert r != null
            assert r.value() == value
        }

        where:
        dialect       | topic                                 | source                  | first                                     | next                                      | deviceId   || metric            | value
        'zigbee2mqtt' | 'zigbee2mqtt/ups_room_t'              | 'ups_room_t'            | '{"temperature": 24.5, "humidity": 50}'   | '{"temperature": 25.1, "humidity": 51}'   | 'z-ups'    || 'env.temperature' | 25.1d
        'tasmota'     | 'tele/plug_rack_c/SENSOR'             | 'plug_rack_c'           | '{"ENERGY": {"Power": 40, "Total": 1.5}}' | '{"ENERGY": {"Power": 55, "Total": 1.6}}' | 't-plug-c' || 'pdu.outlet.power' | 55d
        'shelly-gen2' | 'shellyplus1pm-a1b2c3/status/switch:0' | 'shellyplus1pm-a1b2c3'  | '{"id": 0, "output": true, "apower": 8}'  | '{"id": 0, "output": true, "apower": 9}'  | 's-1pm'    || 'pdu.outlet.power' | 9d
    }

    def "#what is refused as a dead letter 'dialect' and counted, and the bound sensor's next message still arrives"() {
        given:
        def before = refusedByDialect()

        when:
        broker.publish('zigbee2mqtt/ups_room_t', payload)
        broker.publish('zigbee2mqtt/ups_room_t', '{"temperature": ' + good + '}')

        then:
        eventually.eventually {
            assert refusedByDialect() == before + 1
            assert latest.ofDevice('z-ups').find { it.metric() == 'env.temperature' }.value() == good
        }

        where:
        what                 | payload                                                   || good
        'JSON 5,000 deep'    | '{"a":' * 5000 + '1' + '}' * 5000                         || 26.5d
        'a 100 KB message'   | '{"temperature": 1, "pad": "' + 'x' * 100_000 + '"}'      || 27.5d
    }

    def "a flood of random source ids fills the inbox only up to its cap; the rest is counted and good messages keep flowing"() {
        given:
        long droppedBefore = pipeline.discoveryDropped()

        when:
        (1..CAP * 3).each { i -> broker.publish("zigbee2mqtt/flood-${UUID.randomUUID()}", '{"temperature": 20}') }
        broker.publish('zigbee2mqtt/ups_room_t', '{"temperature": 29.5}')

        then:
        eventually.eventually {
            assert latest.ofDevice('z-ups').find { it.metric() == 'env.temperature' }.value() == 29.5d
            assert sources.count(DiscoveredSource.State.unbound) == CAP
            assert pipeline.discoveryDropped() - droppedBefore >= CAP * 2
        }
    }
}
