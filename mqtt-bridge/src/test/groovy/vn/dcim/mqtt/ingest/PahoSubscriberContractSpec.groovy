package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.testing.Sql
import vn.dcim.mqtt.broker.BrokerSettings


/**
 * The bridge's one subscriber keeps the same contract in MQTT 3.1.1 and in MQTT 5 (a shared
 * subscription): through a real broker it subscribes, every message published ends in the access log
 * once, and after a broker restart it comes back on a new client, subscribes again and logs what follows.
 */
@MicronautTest(transactional = false)
class PahoSubscriberContractSpec extends OwnSubscriberSpec {

    def setup() {
        if (!devices.existsById('door-1')) {
            devices.save(MonitoredDevice.mqtt('door-1', 'demo', null, 'door-1'))
        }
    }

    def "MQTT #version subscribes to #subscribed, logs each message once and rejoins after a broker restart"() {
        given: 'a subscriber of that version on the real broker'
        def subscriber = subscriber('dcim-contract-' + version.replace('.', ''), group)

        when:
        subscriber.start()

        then: 'the broker confirmed its subscription'
        new PollingConditions(timeout: 30).eventually { assert subscriber.isSubscribed() }
        subscriber.filters() == subscribed

        when: 'a stream is published'
        publish(version + '-before', 20)

        then: 'all of it is logged, once'
        new PollingConditions(timeout: 20).eventually { assert logged(version + '-before') == 20 }

        when: 'the broker restarts'
        broker().restart()

        then: 'a new client subscribes again'
        new PollingConditions(timeout: 30).eventually { assert subscriber.isSubscribed() }

        when:
        publish(version + '-after', 20)

        then:
        new PollingConditions(timeout: 20).eventually { assert logged(version + '-after') == 20 }

        cleanup:
        subscriber?.close()

        where:
        version | group            || subscribed
        '3.1.1' | null             || ['dcim/#']
        '5'     | 'contract-group' || ['$share/contract-group/dcim/#']
    }

    def "MQTT #version: two bridges under one client id back off instead of throwing each other off in a tight loop"() {
        given: 'two subscribers that share a client id: each connection the broker takes throws the other off'
        def first = subscriber('dcim-twin-' + version.replace('.', ''), group)
        def second = subscriber('dcim-twin-' + version.replace('.', ''), group)

        when: 'both run for six seconds'
        first.start()
        second.start()
        sleep(6_000)
        long made = first.connections() + second.connections()

        then: 'they did fight over the id, with waits of 1, 2, 4 s between: a handful of connections, not hundreds'
        made >= 3
        made <= 10

        cleanup:
        first?.close()
        second?.close()

        where:
        version | group
        '3.1.1' | null
        '5'     | 'twin-group'
    }

    /** A subscriber on the real broker, MQTT 5 with a shared group, MQTT 3.1.1 without. */
    PahoSubscriber subscriber(String clientId, String group) {
        def settings = new BrokerSettings()
        settings.url = broker().url()
        settings.clientId = clientId
        settings.sharedGroup = group
        PahoSubscriber.of(settings, bridgeSettings, pipeline, { [] }, java.time.Clock.systemUTC())
    }

    void publish(String prefix, int n) {
        broker().publishLines('dcim/demo/door/door-1/access', (1..n).collect {
            """{"id":"${prefix}-${it}","ts":"2026-11-22T08:00:00Z","result":"granted"}""".toString()
        })
    }

    long logged(String prefix) {
        new Sql(dataSource).count('SELECT COUNT(*) FROM access_event WHERE message_id LIKE ?', [prefix + '-%'])
    }
}
