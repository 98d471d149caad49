package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEventFilter
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.mqtt.deadletter.DeadLetterCounter
import vn.dcim.core.deadletter.DeadLetterReason
import vn.dcim.core.deadletter.DeadLetterStore
import vn.dcim.mqtt.testing.BridgeSpec

import java.time.Duration
import java.time.Instant

/** Every message kind, published with mosquitto_pub, ends in the access log or the readings. */
@MicronautTest(transactional = false)
class BridgeIngestSpec extends BridgeSpec {

    @Inject
    AccessLog accessLog
    @Inject
    LatestReadings latest
    @Inject
    DeadLetterStore deadLetters
    @Inject
    DeadLetterCounter counter

    PollingConditions eventually = new PollingConditions(timeout: 15, delay: 0.1)

    def "the access event of the issue is logged with device and receive time"() {
        given:
        def before = Instant.now()

        when:
        broker.publish('dcim/demo/door/door-1/access',
                '{"id":"e-1029","ts":"2026-11-22T08:15:02.120Z","result":"granted","badge":"B0042","person":"Nguyễn Văn A","direction":"in","door":"2"}')

        then:
        eventually.eventually {
            def found = accessLog.find(new AccessEventFilter('door-1', 'Văn A', AccessResult.granted, null, null), 10, 0)
            assert found.size() == 1
            with(found[0]) {
                assert messageId() == 'e-1029'
                assert siteId() == 'demo'
                assert badge() == 'B0042'
                assert person() == 'Nguyễn Văn A'
                assert direction() == AccessDirection.in
                assert doorNo() == '2'
                assert deviceTime() == Instant.parse('2026-11-22T08:15:02.120Z')
                assert !receivedTime().isBefore(before.minusMillis(1))
            }
        }
    }

    def "a message delivered twice is logged once"() {
        given:
        def event = '{"id":"dup-1","ts":"2026-11-22T09:00:00Z","result":"denied","badge":"B0666","person":"Trần Thị B","direction":"out"}'

        when:
        broker.publishLines('dcim/demo/door/door-1/access', [event, event, event])
        broker.publish('dcim/demo/door/door-1/access', '{"id":"dup-2","ts":"2026-11-22T09:00:01Z","result":"denied"}')

        then:
        eventually.eventually {
            assert count("SELECT COUNT(*) FROM access_event WHERE message_id = 'dup-2'") == 1
        }
        count("SELECT COUNT(*) FROM access_event WHERE message_id = 'dup-1'") == 1
        accessLog.find(new AccessEventFilter('door-1', null, AccessResult.denied, null, null), 10, 0)
                .find { it.messageId() == 'dup-2' }.direction() == AccessDirection.unknown
    }

    def "#topic #payload becomes #metric/#instance = #value (#text)"() {
        when:
        broker.publish(topic, payload)

        then:
        eventually.eventually {
            def r = latest.ofDevice(topic.split('/')[3]).find { it.metric() == metric && it.instance() == instance }
            assert r != null
            assert r.value() == value
            assert r.text() == text
            assert r.unit() == unit
            assert r.time() == Instant.parse(ts)
        }

        where:
        topic                                | ts                     | payload                                                                                | metric                  | instance | value | text             | unit
        'dcim/demo/door/door-1/state'        | '2026-11-22T10:00:00Z' | '{"ts":"2026-11-22T10:00:00Z","state":"open"}'                                         | 'door.state'            | '0'      | 1d    | 'open'           | null
        'dcim/demo/door/door-1/event'        | '2026-11-22T10:00:01Z' | '{"id":"a-17","ts":"2026-11-22T10:00:01Z","event":"door_forced"}'                      | 'door.forced'           | '0'      | 1d    | 'door_forced'    | null
        'dcim/demo/door/door-1/event'        | '2026-11-22T10:00:02Z' | '{"id":"a-18","ts":"2026-11-22T10:00:02Z","event":"door_held_open","door":"2"}'        | 'door.held_open'        | '2'      | 1d    | 'door_held_open' | null
        'dcim/demo/door/door-1/event'        | '2026-11-22T10:00:03Z' | '{"id":"a-19","ts":"2026-11-22T10:00:03Z","event":"tamper","active":false}'            | 'door.tamper'           | '0'      | 0d    | 'cleared'        | null
        'dcim/demo/door/door-1/status'       | '2026-11-22T10:00:04Z' | '{"ts":"2026-11-22T10:00:04Z","status":"online"}'                                      | 'device.reachable'      | '0'      | 1d    | 'online'         | null
        'dcim/demo/camera/cam-1/status'      | '2026-11-22T10:00:05Z' | '{"ts":"2026-11-22T10:00:05Z","status":"offline"}'                                     | 'camera.online'         | '0'      | 0d    | 'offline'        | null
        'dcim/demo/camera/cam-1/recording'   | '2026-11-22T10:00:06Z' | '{"ts":"2026-11-22T10:00:06Z","recording":true}'                                       | 'camera.recording'      | '0'      | 1d    | 'on'             | null
        'dcim/demo/camera/cam-1/event'       | '2026-11-22T10:00:07Z' | '{"id":"v-1","ts":"2026-11-22T10:00:07Z","event":"video_loss"}'                        | 'camera.video_loss'     | '0'      | 1d    | 'video_loss'     | null
        'dcim/demo/camera/cam-1/event'       | '2026-11-22T10:00:08Z' | '{"id":"v-2","ts":"2026-11-22T10:00:08Z","event":"tamper"}'                            | 'camera.tamper'         | '0'      | 1d    | 'tamper'         | null
        'dcim/demo/nvr/nvr-1/storage'        | '2026-11-22T10:00:09Z' | '{"ts":"2026-11-22T10:00:09Z","used_percent":81.5,"oldest_days":29}'                   | 'camera.retention.days' | '0'      | 29d   | null             | 'd'
        'dcim/demo/nvr/nvr-1/storage'        | '2026-11-22T10:00:10Z' | '{"ts":"2026-11-22T10:00:10Z","used_percent":81.5,"oldest_days":31}'                   | 'camera.storage.used'   | '0'      | 81.5d | null             | '%'
        'dcim/demo/nvr/nvr-1/recording'      | '2026-11-22T10:00:11Z' | '{"ts":"2026-11-22T10:00:11Z","recording":false,"channel":"3"}'                        | 'camera.recording'      | '3'      | 0d    | 'off'            | null
        'dcim/demo/sensor/sensor-1/metric'   | '2026-11-22T10:00:12Z' | '{"ts":"2026-11-22T10:00:12Z","metrics":[{"metric":"env.temperature","instance":"1","value":24.5,"unit":"°C"}]}' | 'env.temperature' | '1' | 24.5d | null | '°C'
        'dcim/demo/sensor/sensor-1/metric'   | '2026-11-22T10:00:13Z' | '{"ts":"2026-11-22T10:00:13Z","metrics":[{"metric":"env.leak","value":1},{"metric":"env.smoke","value":0}]}'    | 'env.leak'        | '0' | 1d    | null | null
        'dcim/demo/gateway/gw-1/metric'      | '2026-11-22T10:00:14Z' | '{"ts":"2026-11-22T10:00:14Z","metrics":[{"metric":"ups.output.load","instance":"1","value":41,"unit":"%"}]}'   | 'ups.output.load' | '1' | 41d   | null | '%'
        'dcim/demo/gateway/gw-1/status'      | '2026-11-22T10:00:15Z' | '{"ts":"2026-11-22T10:00:15Z","status":"online"}'                                      | 'device.reachable'      | '0'      | 1d    | 'online'         | null
    }

    def "a last will without device time counts at the time it was received"() {
        given:
        def before = Instant.now().minusMillis(1)

        when:
        broker.publish('dcim/demo/camera/cam-1/status', '{"status":"offline"}')

        then:
        eventually.eventually {
            def r = latest.ofDevice('cam-1').find { it.metric() == 'device.reachable' }
            assert r?.value() == 0d
            assert !r.time().isBefore(before)
        }
    }

    def "#why is dead-lettered as #reason and the bridge goes on"() {
        given:
        def before = counter.snapshot()[reason]
        def good = "ok-${UUID.randomUUID()}"

        when:
        broker.publish(topic, payload)
        broker.publish('dcim/demo/door/door-1/access', """{"id":"${good}","ts":"2026-11-22T11:00:00Z","result":"granted"}""")

        then: 'the good message after it is logged'
        eventually.eventually {
            assert count('SELECT COUNT(*) FROM access_event WHERE message_id = ?', good) == 1
        }

        and: 'the bad one is kept with its reason, counted and acknowledged'
        def letter = deadLetters.find(reason, 50, 0).find { it.topic() == topic && new String(it.payload(), 'UTF-8') == new String(payload, 'UTF-8') }
        letter != null
        letter.detail().contains(detail)
        counter.snapshot()[reason] == before + 1

        where:
        why                          | topic                                  | payload                                                             | reason                            | detail
        'a payload that is not JSON' | 'dcim/demo/door/door-1/access'         | 'granted B0042'.bytes                                               | DeadLetterReason.not_json         | 'Unrecognized token'
        'truncated JSON'             | 'dcim/demo/door/door-1/access'         | '{"id":"x","ts":'.bytes                                             | DeadLetterReason.not_json         | 'end-of-input'
        'bytes that are not UTF-8'   | 'dcim/demo/door/door-1/access'         | [0xC3, 0x28, 0xFF] as byte[]                                        | DeadLetterReason.not_json         | ''
        'a schema failure'           | 'dcim/demo/door/door-1/access'         | '{"id":"x","ts":"2026-11-22T11:00:00Z","result":"maybe"}'.bytes     | DeadLetterReason.schema           | 'result'
        'a missing device time'      | 'dcim/demo/door/door-1/state'          | '{"state":"open"}'.bytes                                            | DeadLetterReason.schema           | "payload: required property 'ts' not found"
        'an unknown device'          | 'dcim/demo/door/door-404/access'       | '{"id":"x","ts":"2026-11-22T11:00:00Z","result":"granted"}'.bytes   | DeadLetterReason.unknown_device   | 'door-404'
        'a device of another site'   | 'dcim/hanoi/door/door-1/access'        | '{"id":"x","ts":"2026-11-22T11:00:00Z","result":"granted"}'.bytes   | DeadLetterReason.unknown_device   | 'hanoi'
        'a topic too short'          | 'dcim/demo/door/door-1'                | '{"id":"x"}'.bytes                                                  | DeadLetterReason.topic            | 'dcim/{site}'
        'an unknown kind'            | 'dcim/demo/toaster/t-1/state'          | '{"id":"x"}'.bytes                                                  | DeadLetterReason.topic            | 'toaster'
        'an unknown channel'         | 'dcim/demo/door/door-1/firmware'       | '{"id":"x"}'.bytes                                                  | DeadLetterReason.topic            | 'firmware'
    }

    def "a device time of #ts on #channel goes to the dead letters with reason time and is never stored"() {
        given:
        String bad = "t-${UUID.randomUUID()}"
        String good = "ok-${UUID.randomUUID()}"
        String topic = channel == 'access' ? 'dcim/demo/door/door-1/access' : 'dcim/demo/sensor/sensor-1/metric'
        String payload = channel == 'access'
                ? """{"id":"${bad}","ts":"${ts}","result":"granted","person":"Lê Văn C"}"""
                : """{"ts":"${ts}","metrics":[{"metric":"env.humidity","instance":"${bad}","value":55}]}"""

        when:
        broker.publish(topic, payload)
        broker.publish('dcim/demo/door/door-1/access', """{"id":"${good}","ts":"${Instant.now()}","result":"granted"}""")

        then: 'the good message after it is logged, so the bad one was handled before it'
        eventually.eventually {
            assert count('SELECT COUNT(*) FROM access_event WHERE message_id = ?', good) == 1
        }

        and: 'the bad one is a dead letter that says why'
        def letter = deadLetters.find(DeadLetterReason.time, 50, 0).find { new String(it.payload(), 'UTF-8').contains(bad) }
        letter != null
        letter.detail().contains(ts.take(4))

        and: 'nothing of it was stored'
        count('SELECT COUNT(*) FROM access_event WHERE message_id = ?', bad) == 0
        count('SELECT COUNT(*) FROM reading WHERE instance = ?', bad) == 0

        where:
        channel  | ts
        'access' | '9999-12-31T23:59:59Z'
        'access' | '1970-01-01T00:00:00Z'
        'access' | '1999-12-31T23:59:59Z'
        'access' | '2039-06-01T00:00:00Z'
        'access' | Instant.now().plus(Duration.ofDays(2)).toString()
        'metric' | '9999-12-31T23:59:59Z'
        'metric' | '1970-01-01T00:00:00Z'
        'metric' | Instant.now().plus(Duration.ofDays(2)).toString()
    }

    def "a device clock a few hours ahead (within the allowed skew) is still believed"() {
        given:
        String id = "skew-${UUID.randomUUID()}"
        Instant ahead = Instant.now().plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)

        when:
        broker.publish('dcim/demo/door/door-1/access', """{"id":"${id}","ts":"${ahead}","result":"granted"}""")

        then:
        eventually.eventually {
            assert count('SELECT COUNT(*) FROM access_event WHERE message_id = ?', id) == 1
        }
        accessLog.find(new AccessEventFilter('door-1', null, null, null, null), 500, 0).find { it.messageId() == id }.deviceTime() == ahead
    }

    def "a large bad payload is kept cut to 4 KiB with its real size"() {
        given:
        def big = ('x' * 10_000).bytes

        when:
        broker.publish('dcim/demo/sensor/sensor-1/metric', big)

        then:
        eventually.eventually {
            def letter = deadLetters.find(DeadLetterReason.not_json, 50, 0).find { it.payloadSize() == 10_000 }
            assert letter != null
            assert letter.payload().length == 4096
        }
    }
}
