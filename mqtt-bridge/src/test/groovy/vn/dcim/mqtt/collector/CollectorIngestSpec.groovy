package vn.dcim.mqtt.collector

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.collector.SiteCollectors
import vn.dcim.core.crypto.KeyDirectory
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.telemetry.Reading
import vn.dcim.mqtt.deadletter.DeadLetterCounter
import vn.dcim.core.deadletter.DeadLetterReason
import vn.dcim.mqtt.ingest.CollectorSequences
import vn.dcim.mqtt.testing.BridgeSpec

import java.time.Instant

/**
 * At the center : a remote collector's batches go through the bridge's pipeline into the
 * readings, a batch sent again (its PUBACK lost) is stored once, and the center publishes each
 * collector's device list with the secrets sealed.
 */
@MicronautTest(transactional = false)
class CollectorIngestSpec extends BridgeSpec {
    @Inject CollectorSequences sequences
    @Inject DeadLetterCounter counter
    @Inject SiteCollectors collectors
    @Inject CollectorConfigPublisher configs
    @Inject KeyDirectory keys

    PollingConditions eventually = new PollingConditions(timeout: 15, delay: 0.1)

    /** The bridge reads the registry again this often at most when a device is unknown (5 s by default). */
    static final long DEVICE_REFRESH_MS = 200

    @Override
    Map<String, String> bridgeProperties() {
        ['dcim.mqtt.bridge.device-refresh': "${DEVICE_REFRESH_MS}ms".toString()]
    }

    static byte[] batch(String collector, String epoch, long seq, Instant at, long buffered = 0, long dropped = 0) {
        CollectorWire.batch(collector, epoch, seq, CollectorWire.readings([
                new Reading(at, 'ups-far', 'ups.battery.charge', '0', seq as double, null, '%')]), buffered, dropped)
    }

    def "a batch sent again after a lost acknowledgement is stored once; the next one is stored"() {
        given: 'the collector far-a polls the site demo, with its UPS'
        devices.save(new MonitoredDevice('ups-far', 'demo', null, 'UPS far', vn.dcim.core.device.Protocol.snmp, '10.0.0.8', 161, '2c',
                'public', null, null, null, null, null, null, 60, 2000, 1, true))
        collectors.assign('demo', 'far-a')
        def t0 = Instant.parse('2026-11-23T01:00:00Z')
        long replaysBefore = sequences.replays()

        when: 'seq 1, seq 1 again, then seq 2 (sent with 6, 6 and 5 entries buffered, 3 dropped by the size cap)'
        broker.publish(CollectorTopics.readings('far-a'), batch('far-a', 'e1', 1, t0, 6, 3))
        broker.publish(CollectorTopics.readings('far-a'), batch('far-a', 'e1', 1, t0, 6, 3))
        broker.publish(CollectorTopics.readings('far-a'), batch('far-a', 'e1', 2, t0.plusSeconds(60), 5, 3))

        then:
        eventually.eventually {
            assert count("SELECT COUNT(*) FROM reading WHERE device_id = 'ups-far'") == 2
            assert count("SELECT last_seq FROM collector_stream WHERE stream = 'far-a/e1'") == 2
        }
        sequences.replays() - replaysBefore == 1

        and: 'the center knows how far behind the collector is, and that it lost readings'
        collectors.lastBatches()['far-a'].buffered() == 5
        collectors.lastBatches()['far-a'].dropped() == 3

        when: 'a new buffer (new epoch) starts at 1 again: not a replay'
        broker.publish(CollectorTopics.readings('far-a'), batch('far-a', 'e2', 1, t0.plusSeconds(120)))

        then:
        eventually.eventually {
            assert count("SELECT COUNT(*) FROM reading WHERE device_id = 'ups-far'") == 3
        }
    }

    def "batches that reach the pipeline out of order are all stored, and only a batch stored before is a replay"() {
        given: 'the collector far-o polls the site demo, with its UPS'
        devices.save(new MonitoredDevice('ups-far-o', 'demo', null, 'UPS far o', vn.dcim.core.device.Protocol.snmp, '10.0.0.9', 161, '2c',
                'public', null, null, null, null, null, null, 60, 2000, 1, true))
        collectors.assign('demo', 'far-o')
        // the bridge reads which collector polls which site again at most every DEVICE_REFRESH_MS: the batches
        // below must not find the list it read in the feature before
        Thread.sleep(DEVICE_REFRESH_MS + 100)
        def t0 = Instant.parse('2026-11-23T03:00:00Z')
        def batchOf = { long seq ->
            CollectorWire.batch('far-o', 'e1', seq, CollectorWire.readings([
                    new Reading(t0.plusSeconds(60 * seq), 'ups-far-o', 'ups.battery.charge', '0', seq as double, null, '%')]), 0, 0)
        }
        long replaysBefore = sequences.replays()

        when: 'seq 2 before seq 1 (two connections of a shared subscription hand them over in either order), seq 2 again, then 3'
        [2, 1, 2, 3].each { broker.publish(CollectorTopics.readings('far-o'), batchOf(it as long)) }

        then: 'the three batches are stored, the second copy of 2 is the one replay, and every batch up to 3 is recorded'
        eventually.eventually {
            assert count("SELECT COUNT(*) FROM reading WHERE device_id = 'ups-far-o'") == 3
            assert count("SELECT last_seq FROM collector_stream WHERE stream = 'far-o/e1'") == 3
        }
        sequences.replays() - replaysBefore == 1
    }

    def "a batch on another collector's topic, not a batch, or on a device of another site is a dead letter; the retained device list is not"() {
        given:
        long schema = counter.snapshot().getOrDefault(DeadLetterReason.schema, 0L)
        long unknown = counter.snapshot().getOrDefault(DeadLetterReason.unknown_device, 0L)

        when:
        broker.publish(CollectorTopics.readings('far-b'), batch('far-a', 'e1', 9, Instant.parse('2026-11-23T02:00:00Z')))
        broker.publish(CollectorTopics.readings('far-b'), '{"readings":"no"}')
        broker.publish(CollectorTopics.config('far-b'), '{"collector":"far-b","devices":[]}')
        and: 'far-b polls no site: its credential cannot write the readings of far-a\'s UPS'
        broker.publish(CollectorTopics.readings('far-b'), batch('far-b', 'e1', 1, Instant.parse('2026-11-23T02:00:00Z')))

        then:
        eventually.eventually {
            assert counter.snapshot().getOrDefault(DeadLetterReason.schema, 0L) - schema == 2
            assert counter.snapshot().getOrDefault(DeadLetterReason.unknown_device, 0L) - unknown == 1
        }
        count("SELECT COUNT(*) FROM reading WHERE ts = '2026-11-23 02:00:00'") == 0
    }

    def "the center publishes a collector's devices with the secrets sealed for that collector only"() {
        given:
        devices.save(new MonitoredDevice('ups-sealed', 'demo', null, 'UPS', vn.dcim.core.device.Protocol.snmp, '10.0.0.9', 161, '2c',
                'c0mmunity-s3cret', null, null, null, null, null, null, 60, 2000, 1, true))
        collectors.assign('demo', 'far-c')
        def received = new java.util.concurrent.CopyOnWriteArrayList<byte[]>()
        def sub = new org.eclipse.paho.client.mqttv3.MqttClient(broker.url(), 'spec-config-reader', new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence())
        sub.connect()
        sub.subscribe(CollectorTopics.config('far-c'), 1, { topic, message -> received << message.payload } as org.eclipse.paho.client.mqttv3.IMqttMessageListener)

        when:
        configs.publishChanged()

        then:
        eventually.eventually { assert !received.isEmpty() }
        def payload = new String(received.last(), 'UTF-8')
        !payload.contains('c0mmunity-s3cret')
        CollectorWire.parseConfig('far-c', received.last(), keys.aead('collector-far-c')).find { it.id() == 'ups-sealed' }.community() == 'c0mmunity-s3cret'

        when: 'another collector\'s key does not open it'
        CollectorWire.parseConfig('far-c', received.last(), keys.aead('collector-far-d'))

        then:
        thrown(IOException)

        cleanup:
        sub?.disconnect()
        sub?.close()
        collectors.unassign('demo')
    }
}
