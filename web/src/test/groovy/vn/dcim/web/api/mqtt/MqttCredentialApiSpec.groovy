package vn.dcim.web.api.mqtt

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.eclipse.paho.client.mqttv3.IMqttMessageListener
import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions
import org.eclipse.paho.client.mqttv3.MqttException
import org.eclipse.paho.client.mqttv3.MqttMessage
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.TempDir
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.mqtt.broker.BrokerRefusals
import vn.dcim.web.broker.EmbeddedBroker
import vn.dcim.mqtt.broker.MqttCredentials
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.testing.MoquetteRace

import java.nio.file.Path
import java.util.concurrent.ArrayBlockingQueue
import java.util.concurrent.TimeUnit

/** Per-device credentials of the embedded broker, issued and withdrawn by the administrator (Art. 25.3). */
@MicronautTest(transactional = false)
class MqttCredentialApiSpec extends CallsSpec {
    @Inject TestUsers users
    @Inject MqttCredentials credentials
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Shared @TempDir Path data
    @Shared @AutoCleanup EmbeddedBroker broker

    def setup() {
        if (broker == null) {
            int port = new ServerSocket(0, 1, InetAddress.loopbackAddress).withCloseable { it.localPort }
            broker = EmbeddedBroker.start(data, EmbeddedBroker.Options.defaults(port, 'dcim-bridge', 'bridge-secret'))
            broker.authenticateWith(credentials)
        }
    }

    MqttClient connected(String user, String password) {
        def client = new MqttClient(broker.url(), 'spec-' + UUID.randomUUID().toString().take(8), new MemoryPersistence())
        client.connect(new MqttConnectOptions(userName: user, password: password.toCharArray(), connectionTimeout: 10,
                mqttVersion: MqttConnectOptions.MQTT_VERSION_3_1_1))
        client
    }

    /** The bridge's account listening to {@code filter}; a client lost to the broker's race ({@link MoquetteRace}) is closed and replaced. */
    MqttClient bridgeListening(String filter, IMqttMessageListener heard) {
        MoquetteRace.connectAndSubscribe {
            def client = connected('dcim-bridge', 'bridge-secret')
            try {
                client.subscribe(filter, 0, heard)
                client
            } catch (MqttException lost) {
                client.close(true)
                throw lost
            }
        }
    }

    boolean signsIn(String user, String password) {
        def client = new MqttClient(broker.url(), 'spec-' + UUID.randomUUID().toString().take(8), new MemoryPersistence())
        try {
            client.connect(new MqttConnectOptions(userName: user, password: password.toCharArray(), connectionTimeout: 10,
                    mqttVersion: MqttConnectOptions.MQTT_VERSION_3_1_1))
            client.disconnect(500)
            true
        } catch (MqttException e) {
            false
        } finally {
            client.close(true)
        }
    }

    def "the administrator issues a device its credential (the password shown once), the device signs in; withdrawn, it is refused"() {
        when:
        def issued = calls.post('/api/mqtt-credentials', [username: 'ups-01', note: 'UPS room A'], users.adminToken())

        then:
        issued.status == 201
        issued.json.username == 'ups-01'
        (issued.json.password as String).length() >= 20
        issued.json.topicScope == 'dcim/+/+/ups-01/#'

        and: 'the list shows who has one, never a password'
        def list = calls.get('/api/mqtt-credentials', users.token(EnumSet.of(Role.auditor)))
        list.status == 200
        list.json*.username == ['ups-01']
        !list.text.contains(issued.json.password as String)
        !list.text.contains('password')

        and:
        signsIn('ups-01', issued.json.password as String)
        !signsIn('ups-01', 'not-the-password')

        when: 'the credential is withdrawn while the device is connected'
        def device = new MqttClient(broker.url(), 'ups-01-conn', new MemoryPersistence())
        device.connect(new MqttConnectOptions(userName: 'ups-01', password: (issued.json.password as String).toCharArray(),
                connectionTimeout: 10, mqttVersion: MqttConnectOptions.MQTT_VERSION_3_1_1))
        new PollingConditions(timeout: 5).eventually { assert device.connected }
        sleep(500) // the broker's connect interceptor runs on its own thread
        def withdrawn = calls.send('DELETE', '/api/mqtt-credentials/ups-01', [Authorization: "Bearer ${users.adminToken()}"])

        then: 'it is put off the broker at once, and cannot come back'
        withdrawn.status == 204
        new PollingConditions(timeout: 10).eventually { assert !device.connected }
        !signsIn('ups-01', issued.json.password as String)
        broker.refusals().count(BrokerRefusals.Reason.credentials) == 2

        cleanup:
        device?.close(true)
    }

    def "#body is refused with #status naming the field"() {
        given:
        calls.post('/api/mqtt-credentials', [username: 'taken-1'], users.adminToken())

        when:
        def answer = calls.post('/api/mqtt-credentials', body, users.adminToken())

        then:
        answer.status == status
        answer.text.contains(field)

        where:
        body                                                || status | field
        [username: 'taken-1']                               || 409    | 'username'
        [username: 'has space']                             || 422    | 'username'
        [username: 'x' * 101]                               || 422    | 'username'
        [note: 'no name']                                   || 422    | 'username'
        [username: 'gw-1', topicScope: '#']                 || 422    | 'topicScope'
        [username: 'gw-1', topicScope: 'dcim/#/x']          || 422    | 'topicScope'
        [username: 'gw-1', topicScope: 'dcim/a+/#']         || 422    | 'topicScope'
        [username: 'gw-1', topicScope: 'dcim//#']           || 422    | 'topicScope'
        [username: 'gw-1', topicScope: 'dcim/' + 'x' * 300] || 422    | 'topicScope'
    }

    def "a site gateway's credential is given the site's scope"() {
        when:
        def issued = calls.post('/api/mqtt-credentials', [username: 'gw-hcm', topicScope: 'dcim/hcm-1/#'], users.adminToken())

        then:
        issued.status == 201
        issued.json.topicScope == 'dcim/hcm-1/#'
        calls.get('/api/mqtt-credentials', users.adminToken()).json.find { it.username == 'gw-hcm' }.topicScope == 'dcim/hcm-1/#'
    }

    def "a #dialect device's credential is issued for its monitored device and limited to #scope; a real client publishes inside, not outside"() {
        given: 'the vendor device, bound from the discovery inbox, and the bridge listening to everything'
        if (!sites.existsById('mq-site')) {
            sites.save(new Site('mq-site', 'TTDL Bắc Ninh', 'Bắc Ninh', null))
        }
        devices.save(MonitoredDevice.mqtt(deviceId, 'mq-site', null, 'vendor ' + deviceId))
        def heard = new ArrayBlockingQueue<String>(10)
        def bridge = bridgeListening('#') { topic, message -> heard.add(topic) }
        long refusedBefore = broker.refusals().count(BrokerRefusals.Reason.topic)

        when:
        def issued = calls.post('/api/mqtt-credentials', [username: deviceId, deviceId: deviceId, dialect: dialect, topicScope: given],
                users.adminToken())

        then: 'the password once, the device and dialect kept and listed'
        issued.status == 201
        issued.json.topicScope == scope
        issued.json.deviceId == deviceId
        issued.json.dialect == dialect
        def listed = calls.get('/api/mqtt-credentials', users.adminToken()).json.find { it.username == deviceId }
        listed.deviceId == deviceId
        listed.dialect == dialect
        listed.password == null

        when: 'the device publishes inside its scope with its credential'
        def device = connected(deviceId, issued.json.password as String)
        // QoS 0: Moquette sends no PUBACK for a publication it refuses, a QoS 1 publish would wait for ever
        device.publish(inside, new MqttMessage('{"temperature":23.6}'.bytes).tap { qos = 0 })

        then:
        heard.poll(10, TimeUnit.SECONDS) == inside

        when: 'and outside it'
        device.publish(outside, new MqttMessage('{"temperature":99}'.bytes).tap { qos = 0 })

        then: 'the broker drops it and counts it'
        dropped(heard, refusedBefore, 1)

        and: 'a wrong password is refused'
        !signsIn(deviceId, 'not-' + issued.json.password)

        cleanup:
        [device, bridge].each { c ->
            try { if (c?.connected) c.disconnect(500) } catch (MqttException ignored) {}
            c?.close(true)
        }

        where:
        dialect       | deviceId     | given                                   || scope                                   | inside                 | outside
        'zigbee2mqtt' | 'z2m-hall'   | null                                    || 'zigbee2mqtt/#'                         | 'zigbee2mqtt/hall_t'   | 'tele/plug-1/SENSOR'
        'tasmota'     | 'plug-1'     | 'tele/plug-1/SENSOR tele/plug-1/LWT'    || 'tele/plug-1/SENSOR tele/plug-1/LWT'    | 'tele/plug-1/SENSOR'   | 'tele/plug-2/SENSOR'
    }

    /** Nothing reached the bridge, and the broker counted {@code refused} more topic refusals than {@code refusedBefore}. */
    void dropped(ArrayBlockingQueue<String> heard, long refusedBefore, int refused) {
        assert heard.poll(2, TimeUnit.SECONDS) == null
        new PollingConditions(timeout: 5).eventually {
            assert broker.refusals().count(BrokerRefusals.Reason.topic) == refusedBefore + refused
        }
    }

    /** Publishes (QoS 0) until the bridge hears {@code topic}, at most {@code tries} times a second apart. */
    static boolean delivered(MqttClient device, String topic, String payload, ArrayBlockingQueue<String> heard, int tries) {
        for (int i = 0; i < tries; i++) {
            device.publish(topic, new MqttMessage(payload.bytes).tap { qos = 0 })
            String got
            while ((got = heard.poll(1, TimeUnit.SECONDS)) != null) {
                if (got == topic) {
                    return true
                }
            }
        }
        false
    }

    def "a home-assistant credential publishes the state topics its own discovery configs announced, and no others"() {
        given: 'a Home Assistant device and another one, each with its credential of the home-assistant dialect'
        if (!sites.existsById('mq-site')) {
            sites.save(new Site('mq-site', 'TTDL Bắc Ninh', 'Bắc Ninh', null))
        }
        ['ha-node', 'ha-other'].each { devices.save(MonitoredDevice.mqtt(it, 'mq-site', null, 'Home Assistant ' + it)) }
        def issued = ['ha-node', 'ha-other'].collectEntries { id ->
            [id, calls.post('/api/mqtt-credentials', [username: id, deviceId: id, dialect: 'home-assistant'], users.adminToken())]
        }
        def heard = new ArrayBlockingQueue<String>(1000)
        def bridge = bridgeListening('#') { topic, message -> heard.offer(topic) }
        def device = connected('ha-node', issued['ha-node'].json.password as String)
        def other = connected('ha-other', issued['ha-other'].json.password as String)
        String config = 'homeassistant/sensor/ha-node/room_t/config'
        String state = 'ha-node/sensor/room_t/state'

        when: 'before any config, the device publishes its state'
        long refusedBefore = broker.refusals().count(BrokerRefusals.Reason.topic)
        device.publish(state, new MqttMessage('23.1'.bytes).tap { qos = 0 })

        then: 'its scope is the discovery topics only: the broker drops the state and counts it'
        issued['ha-node'].status == 201
        issued['ha-node'].json.topicScope == 'homeassistant/+/+/config homeassistant/+/+/+/config'
        dropped(heard, refusedBefore, 1)

        when: 'the device publishes its discovery config, announcing its state topic (abbreviated keys, "~" as the base)'
        device.publish(config, new MqttMessage(('{"~":"ha-node/sensor/room_t","stat_t":"~/state","dev_cla":"temperature",'
                + '"unit_of_meas":"°C","dev":{"ids":["ha-node"]}}').bytes).tap { qos = 0 })

        then: 'the config passes, and then the state topic it announced'
        heard.poll(10, TimeUnit.SECONDS) == config
        delivered(device, state, '23.4', heard, 10)

        when: 'it publishes on a state topic no config of its own announced, and the other device on this one'
        refusedBefore = broker.refusals().count(BrokerRefusals.Reason.topic)
        device.publish('ha-node/sensor/other/state', new MqttMessage('1'.bytes).tap { qos = 0 })
        other.publish(state, new MqttMessage('99'.bytes).tap { qos = 0 })

        then: 'both are dropped and counted'
        dropped(heard, refusedBefore, 2)

        when: 'a config announcing a topic of our own contract (speaking for a registered device)'
        device.publish('homeassistant/sensor/ha-node/spoof/config', new MqttMessage(
                '{"state_topic":"dcim/mq-site/sensor/ups-01/metric","device":{"identifiers":["ha-node"]}}'.bytes).tap { qos = 0 })
        assert heard.poll(10, TimeUnit.SECONDS) == 'homeassistant/sensor/ha-node/spoof/config'

        then: 'gives no right to it'
        !delivered(device, 'dcim/mq-site/sensor/ups-01/metric', '{"ts":"2026-11-25T00:00:00Z","metrics":[]}', heard, 3)

        when: 'the entity is removed (an empty config)'
        device.publish(config, new MqttMessage(new byte[0]).tap { qos = 0 })
        assert heard.poll(10, TimeUnit.SECONDS) == config

        then: 'its state topic is refused again'
        new PollingConditions(timeout: 10, delay: 0.5).eventually {
            assert !delivered(device, state, '23.5', heard, 1)
        }

        cleanup:
        [device, other, bridge].each { c ->
            try { if (c?.connected) c.disconnect(500) } catch (MqttException ignored) {}
            c?.close(true)
        }
    }

    def "a device no dialect reads yet is given a tree of its own: it publishes there to be taught, nowhere else"() {
        given:
        def heard = new ArrayBlockingQueue<String>(10)
        def bridge = bridgeListening('#') { topic, message -> heard.add(topic) }
        long refusedBefore = broker.refusals().count(BrokerRefusals.Reason.topic)

        when:
        def issued = calls.post('/api/mqtt-credentials', [username: 'acme-env-7', topicScope: 'acme/rack7/#'], users.adminToken())

        then:
        issued.status == 201
        issued.json.topicScope == 'acme/rack7/#'

        when: 'it publishes in its tree'
        def device = connected('acme-env-7', issued.json.password as String)
        device.publish('acme/rack7/env', new MqttMessage('{"t":23.6}'.bytes).tap { qos = 0 })

        then:
        heard.poll(10, TimeUnit.SECONDS) == 'acme/rack7/env'

        when: 'and as another device, or where a dialect reads'
        device.publish('acme/rack8/env', new MqttMessage('{"t":99}'.bytes).tap { qos = 0 })
        device.publish('zigbee2mqtt/hall_t', new MqttMessage('{"temperature":99}'.bytes).tap { qos = 0 })

        then: 'the broker drops both and counts them'
        dropped(heard, refusedBefore, 2)

        cleanup:
        [device, bridge].each { c ->
            try { if (c?.connected) c.disconnect(500) } catch (MqttException ignored) {}
            c?.close(true)
        }
    }

    def "a vendor credential #refusal is refused with 422 naming #field"() {
        when:
        def answer = calls.post('/api/mqtt-credentials', body, users.adminToken())

        then:
        answer.status == 422
        answer.text.contains(field)
        credentials.find(body.username as String).isEmpty()

        where:
        refusal                                  | body                                                                       || field
        'for an unknown device'                  | [username: 'v-1', deviceId: 'no-such-device']                              || 'deviceId'
        'of an unknown dialect'                  | [username: 'v-2', dialect: 'klingon']                                      || 'dialect'
        'of an HTTP-only dialect'                | [username: 'v-3', dialect: 'zkteco-push']                                  || 'dialect'
        'reaching outside its dialect'           | [username: 'v-4', dialect: 'zigbee2mqtt', topicScope: 'tele/#']            || 'topicScope'
        'wider than its dialect'                 | [username: 'v-5', dialect: 'tasmota', topicScope: 'tele/#']                || 'topicScope'
        'on a vendor topic without a dialect'    | [username: 'v-6', topicScope: 'zigbee2mqtt/#']                             || 'topicScope'
        "on a dialect's topics without it"       | [username: 'v-7', topicScope: 'tele/+/SENSOR']                             || 'topicScope'
        'wider than every dialect'               | [username: 'v-8', topicScope: 'acme/# #']                                  || 'topicScope'
        'naming no first level'                  | [username: 'v-9', topicScope: '+/rack7/#']                                 || 'topicScope'
        "on the broker's own topics"             | [username: 'v-10', topicScope: '$SYS/#']                                  || 'topicScope'
    }

    def "removing a vendor device withdraws its credential: the connected device is put off the broker, and refused after"() {
        given:
        if (!sites.existsById('mq-site')) {
            sites.save(new Site('mq-site', 'TTDL Bắc Ninh', 'Bắc Ninh', null))
        }
        devices.save(MonitoredDevice.mqtt('z2m-gone', 'mq-site', null, 'sensor to remove'))
        def issued = calls.post('/api/mqtt-credentials', [username: 'z2m-gone', deviceId: 'z2m-gone', dialect: 'zigbee2mqtt'], users.adminToken())
        def device = connected('z2m-gone', issued.json.password as String)
        sleep(500) // the broker's connect interceptor runs on its own thread

        when:
        def removed = calls.send('DELETE', '/api/devices/z2m-gone', [Authorization: "Bearer ${users.adminToken()}"])

        then:
        removed.status == 204
        credentials.find('z2m-gone').isEmpty()
        new PollingConditions(timeout: 10).eventually { assert !device.connected }
        !signsIn('z2m-gone', issued.json.password as String)

        cleanup:
        device?.close(true)
    }
}
