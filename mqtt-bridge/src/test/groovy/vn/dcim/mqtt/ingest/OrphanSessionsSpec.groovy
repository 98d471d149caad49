package vn.dcim.mqtt.ingest

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.eclipse.paho.mqttv5.client.MqttClient
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence
import org.eclipse.paho.mqttv5.common.MqttSubscription
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql
import vn.dcim.mqtt.broker.BrokerSettings
import vn.dcim.mqtt.testing.Mosquitto

import javax.sql.DataSource
import java.time.Clock

/**
 * The connection count lowered from 4 to 2: the sessions of members 3 and 4 stay at the broker, in the
 * shared group, and the broker goes on queueing their share of the stream for clients that never come
 * back. At start the bridge takes what they hold (stored, acknowledged after commit) and ends them.
 */
@MicronautTest(transactional = false)
class OrphanSessionsSpec extends MariaDbSpec {
    @Shared
    @AutoCleanup
    Mosquitto broker = new Mosquitto()

    @Inject
    IngestPipeline pipeline
    @Inject
    BridgeSettings bridgeSettings
    @Inject
    DataSource dataSource
    @Inject
    SiteRepository sites
    @Inject
    MonitoredDeviceRepository devices

    @Override
    Map<String, String> extraProperties() {
        // the spec builds its bridge itself, after the former members' sessions exist
        ['dcim.mqtt.url': broker.url(), 'dcim.mqtt.bridge.enabled': 'false']
    }

    def "sessions of members no longer configured are drained into the database and ended"() {
        given: 'the site and its door'
        if (!sites.existsById('demo')) {
            sites.save(new Site('demo', 'Trung tâm THDL (demo)', 'Demo', 'Demo'))
        }
        if (!devices.existsById('door-1')) {
            devices.save(MonitoredDevice.mqtt('door-1', 'demo', null, 'door-1'))
        }

        and: 'members 3 and 4 of a former bridge of four connections, subscribed in its group and gone'
        ['orph-3', 'orph-4'].each { formerMember(it, true) }

        and: 'a stream the broker queues for them while they are away'
        broker.publishLines('dcim/demo/door/door-1/access', (1..100).collect {
            """{"id":"orphan-${it}","ts":"2026-11-27T08:00:00Z","result":"granted"}""".toString()
        })

        when: 'the bridge starts with two connections'
        BrokerSettings settings = new BrokerSettings(url: broker.url(), clientId: 'orph', connections: 2)
        def bridge = new BridgeMembers(settings, bridgeSettings, pipeline, { [] }, Clock.systemUTC(), BridgeConnections.of(settings))
        bridge.start()

        then: 'what the broker queued for the former members is stored, and their sessions are ended'
        new PollingConditions(timeout: 60).eventually {
            assert count("SELECT COUNT(*) FROM access_event WHERE message_id LIKE 'orphan-%'") == 100
            assert bridge.retired() == ['orph-3', 'orph-4']
        }

        and: 'the broker keeps no session under their ids any more'
        !formerMember('orph-3', false)
        !formerMember('orph-4', false)

        when: 'more is published'
        broker.publishLines('dcim/demo/door/door-1/access', (1..40).collect {
            """{"id":"after-${it}","ts":"2026-11-27T09:00:00Z","result":"granted"}""".toString()
        })

        then: 'the two members take all of it: nothing is queued for a former member'
        new PollingConditions(timeout: 30).eventually {
            assert count("SELECT COUNT(*) FROM access_event WHERE message_id LIKE 'after-%'") == 40
        }

        cleanup:
        bridge?.close()
    }

    /**
     * Connects under {@code clientId} with a persistent session (subscribing it in the group when
     * {@code subscribe}); returns whether the broker had a session under that id. The check itself ends the
     * session it may have made (session expiry 0).
     */
    boolean formerMember(String clientId, boolean subscribe) {
        def client = new MqttClient(broker.url(), clientId, new MemoryPersistence())
        def options = new MqttConnectionOptions(cleanStart: false, sessionExpiryInterval: subscribe ? 3600L : 0L)
        def token = client.connectWithResult(options)
        if (subscribe) {
            client.subscribe([new MqttSubscription('$share/orph/dcim/#', 1)] as MqttSubscription[])
        }
        client.disconnect()
        client.close()
        token.sessionPresent
    }

    long count(String sql) {
        new Sql(dataSource).count(sql)
    }
}
