package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.core.testing.Sql
import vn.dcim.mqtt.broker.BrokerSettings

import java.time.Clock
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.concurrent.TimeUnit

/**
 * A start of the product subscribes anew, and the broker replays what it kept retained: a device's status from
 * before, its "offline" will among them. Through a real Mosquitto: what the database already knows, or what is
 * older than it, or a will with no time of its own raises no "device unreachable" again; a retained state that is
 * newer than what is known, by its own time, still does.
 */
@MicronautTest(transactional = false)
class RetainedReplaySpec extends OwnSubscriberSpec {

    @Inject BrokerSettings brokerSettings
    @Inject KnownDevices known
    @Inject LatestReadings latest
    @Inject Clock clock

    def "a retained #what replayed at the next start #outcome"() {
        given: 'a door controller, online since t1 as the database knows it'
        String device = 'door-r' + UUID.randomUUID().toString().take(6)
        devices.save(MonitoredDevice.mqtt(device, 'demo', null, device))
        new PollingConditions(timeout: 10, delay: 0.2).eventually { assert known.knows('demo', device) }
        Instant t1 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(30)
        String topic = "dcim/demo/door/${device}/status"
        start('first-' + device).withCloseable {
            retain(topic, """{"ts":"${t1}","status":"online"}""")
            new PollingConditions(timeout: 10, delay: 0.2).eventually {
                assert latest.of(device, 'device.reachable', '0').map { it.value() }.orElse(null) == 1d
            }
        }

        when: 'while the product is away the broker keeps the device\'s last word; then the product starts again'
        retain(topic, payload(t1))
        long committed = pipeline.stats().committed()
        start('next-' + device).withCloseable {
            new PollingConditions(timeout: 10, delay: 0.2).eventually { assert pipeline.stats().committed() > committed }
        }

        then:
        def now = latest.of(device, 'device.reachable', '0').get()
        now.value() == reachable
        now.time() == (alarms == 0 ? t1 : t1.plusSeconds(5))
        unreachableAlarms(device) == alarms

        cleanup: 'the next row\'s start replays its own device\'s status alone'
        retain(topic, '')

        where:
        what                                  | payload                                                          | reachable | alarms
        'status equal to the known one'       | { Instant since -> """{"ts":"${since.plusSeconds(5)}","status":"online"}""" }  | 1d        | 0
        'offline older than the known online' | { Instant since -> """{"ts":"${since.minusSeconds(60)}","status":"offline"}""" } | 1d        | 0
        'offline will without a time'         | { Instant since -> '{"status":"offline"}' }                          | 1d        | 0
        'offline newer than the known online' | { Instant since -> """{"ts":"${since.plusSeconds(5)}","status":"offline"}""" } | 0d        | 1

        outcome = alarms == 0 ? 'is no news: no alarm, the known state kept' : 'is news: the device is unreachable'
    }

    /** A bridge subscribing with a client id of its own, as the product does at a start; closed by the caller. */
    Closeable start(String name) {
        def settings = new BrokerSettings(url: brokerSettings.url, clientId: 'dcim-retained-' + name)
        def subscriber = PahoSubscriber.v3(settings, bridgeSettings, pipeline, clock)
        subscriber.start()
        new PollingConditions(timeout: 30, delay: 0.1).eventually { assert subscriber.isSubscribed() }
        return { subscriber.close() } as Closeable
    }

    /** Published retained, QoS 1, as a device publishes its status and the broker its will. */
    void retain(String topic, String payload) {
        List<String> command = ['mosquitto_pub', '-h', '127.0.0.1', '-p', URI.create(broker().url()).port as String, '-q', '1', '-r', '-t', topic]
        // an empty retained message removes the one kept
        Process p = new ProcessBuilder(command + (payload ? ['-m', payload] : ['-n'])).redirectErrorStream(true).start()
        assert p.waitFor(30, TimeUnit.SECONDS)
        assert p.exitValue() == 0: p.inputStream.text
    }

    long unreachableAlarms(String device) {
        // the alarm engine judges a committed reading at once; a moment for it, then the count
        sleep(1_000)
        new Sql(dataSource).count("SELECT COUNT(*) FROM alarm WHERE source = ? AND rule_id = 'device-unreachable'", [device])
    }
}
