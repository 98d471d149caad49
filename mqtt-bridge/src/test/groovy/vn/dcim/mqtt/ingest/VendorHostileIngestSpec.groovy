package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.eclipse.tahu.protobuf.SparkplugBProto.DataType
import org.eclipse.tahu.protobuf.SparkplugBProto.Payload
import spock.util.concurrent.PollingConditions
import vn.dcim.mqtt.dialect.DialectEngine
import vn.dcim.mqtt.dialect.DialectResult
import vn.dcim.mqtt.dialect.SparkplugVectorPayloads

import java.nio.file.Files
import java.nio.file.Path

/**
 * Hostile messages through the running bridge and Mosquitto: an input that makes a
 * dialect's JSONata expensive (a user's dialect crossing a 2,000-element array with itself) and
 * garbage protobuf on a Sparkplug B topic are refused, kept as dead letters 'dialect' and counted,
 * while the good message published right after each still becomes a reading of its bound device.
 */
@MicronautTest(transactional = false)
class VendorHostileIngestSpec extends VendorSourcesSpec {
    /** A user's dialect (DCIM_DIALECTS_DIR) whose readings cross the payload's array with itself four times. */
    static final String CUBIC = '''\
dialect: acme-cubic
topics: [acme/cubic/+]
source: levels[2]
readings: |
  $count($$.payload.a.($$.payload.a.($$.payload.a.($$.payload.a)))) > 0 ? {"metric": "x.count", "value": 1}
'''
    static Path dialectsDir

    @Inject
    DialectEngine engine

    PollingConditions eventually = new PollingConditions(timeout: 30, delay: 0.2)

    @Override
    Map<String, String> bridgeProperties() {
        if (dialectsDir == null) {
            dialectsDir = Files.createTempDirectory('dcim-dialects-')
            dialectsDir.resolve('acme-cubic.yaml').toFile().setText(CUBIC, 'UTF-8')
        }
        ['dcim.mqtt.dialects.dir': dialectsDir.toString()]
    }

    static byte[] sparkplug(double temperature, long seq) {
        long now = System.currentTimeMillis()
        Payload.newBuilder().setTimestamp(now).setSeq(seq)
                .addMetrics(SparkplugVectorPayloads.metric('Inputs/Temperature', -1, DataType.Double, temperature, now))
                .build().toByteArray()
    }

    /** Heard once, then bound to a new device on the demo site, as an operator binds it from the inbox. */
    void bound(String dialect, String source, String topic, byte[] first, String deviceId) {
        if (devices.existsById(deviceId)) {
            return
        }
        broker.publish(topic, first)
        eventually.eventually { assert unbound(dialect, source) != null }
        sources.bind(unbound(dialect, source).id(), deviceId, 'demo', deviceId)
    }

    void bindSources() {
        bound('zigbee2mqtt', 'hostile_t', 'zigbee2mqtt/hostile_t', '{"temperature": 20}'.bytes, 'z-hostile')
        bound('sparkplug-b', 'hall/edge9', 'spBv1.0/hall/NBIRTH/edge9', sparkplug(20, 0), 'sp-edge9')
    }

    def "#what on #topic is refused as #refusal, kept as a dead letter and counted; the #goodTopic message right after is a reading"() {
        given: 'a Zigbee2MQTT sensor and a Sparkplug B edge node, bound'
        bindSources()
        long dead = refusedByDialect()
        long refusals = engine.refusals()[refusal]
        long stored = count('SELECT COUNT(*) FROM dead_letter WHERE reason = ? AND topic = ?', 'dialect', topic)

        when:
        broker.publish(topic, payload)
        broker.publish(goodTopic, good)

        then:
        eventually.eventually {
            assert latest.ofDevice(device).find { it.metric() == 'env.temperature' }?.value() == value
            assert refusedByDialect() == dead + 1
            assert engine.refusals()[refusal] == refusals + 1
            assert count('SELECT COUNT(*) FROM dead_letter WHERE reason = ? AND topic = ?', 'dialect', topic) == stored + 1
        }
        count('SELECT COUNT(*) FROM dead_letter WHERE reason = ? AND topic = ? AND detail LIKE ?', 'dialect', topic, "%${refusal.name()}%") >= 1

        where:
        what                                   | topic                        | payload                                                || refusal                             | goodTopic                   | good                                  | device      | value
        'a 2,000-element array crossed 4 times' | 'acme/cubic/probe'           | ('{"a": [' + (1..2000).join(',') + ']}').bytes         || DialectResult.Refusal.expression    | 'zigbee2mqtt/hostile_t'     | '{"temperature": 21.5}'.bytes         | 'z-hostile' | 21.5d
        'garbage protobuf'                     | 'spBv1.0/hall/NDATA/edge9'   | [0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0, 0xff] as byte[]   || DialectResult.Refusal.bad_protobuf  | 'spBv1.0/hall/NDATA/edge9'  | sparkplug(22.5, 1)                    | 'sp-edge9'  | 22.5d
        'protobuf cut inside its metrics'       | 'spBv1.0/hall/NDATA/edge9'   | Arrays.copyOf(sparkplug(99, 2), 9)                     || DialectResult.Refusal.bad_protobuf  | 'spBv1.0/hall/NDATA/edge9'  | sparkplug(23.5, 3)                    | 'sp-edge9'  | 23.5d
        'arrays nested 41 deep (JSON depth cap 32)' | 'zigbee2mqtt/hostile_t' | ('{"temperature": 1, "x": [' + ('[' * 40) + (']' * 40) + ']}').bytes || DialectResult.Refusal.too_deep | 'zigbee2mqtt/hostile_t' | '{"temperature": 24.5}'.bytes | 'z-hostile' | 24.5d
    }
}
