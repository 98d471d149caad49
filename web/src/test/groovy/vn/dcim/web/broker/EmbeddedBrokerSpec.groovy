package vn.dcim.web.broker

import vn.dcim.web.testing.MoquetteRace
import vn.dcim.mqtt.broker.*

import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions
import org.eclipse.paho.client.mqttv3.MqttException
import org.eclipse.paho.client.mqttv3.MqttMessage
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence
import spock.lang.Specification
import spock.lang.TempDir
import spock.util.concurrent.PollingConditions
import vn.dcim.core.crypto.KeyDirectory
import vn.dcim.core.crypto.TlsKeystore
import vn.dcim.mqtt.testing.FreePort

import java.nio.file.Path
import java.security.KeyStore
import java.util.concurrent.ArrayBlockingQueue
import java.util.concurrent.TimeUnit

/**
 * The embedded broker of the zero-setup run (Art. 25.3): who may publish, how large a
 * message may be, what is refused and counted, and TLS.
 */
class EmbeddedBrokerSpec extends Specification {
    static final String BRIDGE = 'dcim-bridge'
    static final String BRIDGE_PASSWORD = 'bridge-secret'

    @TempDir Path data
    EmbeddedBroker broker
    List<MqttClient> clients = []

    def cleanup() {
        clients.each { c ->
            try { if (c.connected) c.disconnect(500) } catch (MqttException ignored) {}
            c.close(true)
        }
        broker?.close()
    }

    EmbeddedBroker start(EmbeddedBroker.Options options) {
        broker = EmbeddedBroker.start(data, options)
    }

    EmbeddedBroker.Options options() {
        EmbeddedBroker.Options.defaults(FreePort.find(), BRIDGE, BRIDGE_PASSWORD)
    }

    MqttClient connect(String user, String password, String url = broker.url(), javax.net.SocketFactory sockets = null) {
        def client = new MqttClient(url, 'spec-' + UUID.randomUUID().toString().take(8), new MemoryPersistence())
        clients << client
        // 3.1.1 only: Paho's default retries a refused connection as MQTT 3.1, a second refusal
        def o = new MqttConnectOptions(cleanSession: true, connectionTimeout: 10, mqttVersion: MqttConnectOptions.MQTT_VERSION_3_1_1)
        if (user != null) {
            o.userName = user
            o.password = password?.toCharArray() ?: new char[0]
        }
        if (sockets != null) o.socketFactory = sockets
        client.connect(o)
        client
    }

    ArrayBlockingQueue<byte[]> subscribe(String filter) {
        def received = new ArrayBlockingQueue<byte[]>(10)
        MoquetteRace.connectAndSubscribe { connect(BRIDGE, BRIDGE_PASSWORD).subscribe(filter, 1) { topic, message -> received.add(message.payload) } }
        received
    }

    def "outside the demo an anonymous publisher is refused, counted and logged; in the demo it is let in"() {
        given:
        start(options().withAnonymous(demo))

        when:
        def client = null
        Integer refusedWith = null
        try {
            client = connect(null, null)
        } catch (MqttException e) {
            refusedWith = e.reasonCode
        }

        then:
        (client != null) == demo
        demo || refusedWith in [MqttException.REASON_CODE_NOT_AUTHORIZED as int, MqttException.REASON_CODE_FAILED_AUTHENTICATION as int]
        broker.refusals().count(BrokerRefusals.Reason.anonymous) == (demo ? 0 : 1)

        where:
        demo << [false, true]
    }

    def "listening on #host the demo's anonymous publisher is #outcome"() {
        given:
        start(options().withAnonymous(true).withHost(host))

        when:
        def client = null
        try {
            client = connect(null, null)
        } catch (MqttException e) {
            client = null
        }

        then:
        (client != null) == admitted
        broker.refusals().count(BrokerRefusals.Reason.anonymous) == (admitted ? 0 : 1)

        where:
        host        || admitted
        '127.0.0.1' || true
        '0.0.0.0'   || false
        outcome = admitted ? 'let in' : 'refused'
    }

    def "a device signs in with the credential issued to it; a wrong password is refused and counted"() {
        given:
        start(options())
        broker.authenticateWith({ user, password ->
            user == 'ups-01' && password == 'ups-01-secret' ? Optional.of(TopicScope.forDevice(user)) : Optional.empty()
        } as DeviceCredentials)
        def received = subscribe('dcim/demo/ups/+/metric')

        when:
        def device = connect('ups-01', 'ups-01-secret')
        device.publish('dcim/demo/ups/ups-01/metric', new MqttMessage('{"ok":1}'.bytes).tap { qos = 1 })

        then:
        new String(received.poll(10, TimeUnit.SECONDS)) == '{"ok":1}'

        when:
        connect('ups-01', 'guessed')

        then:
        def e = thrown(MqttException)
        e.reasonCode in [MqttException.REASON_CODE_FAILED_AUTHENTICATION as int, MqttException.REASON_CODE_NOT_AUTHORIZED as int]
        broker.refusals().count(BrokerRefusals.Reason.credentials) == 1
    }

    def "a device credential scoped to #scope may #action #topic: #allowed"() {
        given:
        start(options())
        broker.authenticateWith({ user, password -> Optional.of(scope) } as DeviceCredentials)
        def received = subscribe('dcim/#')
        def device = connect('ups-01', 'any')

        when:
        boolean subscribed = true
        if (action == 'publish to') {
            // QoS 0: Moquette sends no PUBACK for a publication it refuses, a QoS 1 publish would wait for ever
            device.publish(topic, new MqttMessage('{"v":1}'.bytes).tap { qos = 0 })
        } else {
            try {
                subscribed = device.subscribeWithResponse(topic, 1).grantedQos[0] < 128
            } catch (MqttException refused) {
                subscribed = false
            }
        }
        def got = action == 'publish to' ? received.poll(allowed ? 10 : 2, TimeUnit.SECONDS) : null

        then:
        action == 'publish to' ? (got != null) == allowed : subscribed == allowed
        new PollingConditions(timeout: 5).eventually {
            assert broker.refusals().count(BrokerRefusals.Reason.topic) == (allowed ? 0 : 1)
        }

        where:
        scope                          | action         | topic                             || allowed
        'dcim/+/+/ups-01/#'            | 'publish to'   | 'dcim/demo/ups/ups-01/metric'     || true
        'dcim/+/+/ups-01/#'            | 'publish to'   | 'dcim/demo/door/door-1/event'     || false
        'dcim/+/+/ups-01/#'            | 'publish to'   | 'dcim/demo/ups/ups-01x/metric'    || false
        'dcim/demo/#'                  | 'publish to'   | 'dcim/demo/door/door-1/event'     || true
        'dcim/demo/#'                  | 'publish to'   | 'dcim/other/door/door-1/event'    || false
        'dcim/+/+/ups-01/#'            | 'subscribe to' | 'dcim/demo/ups/ups-01/cmd'        || true
        'dcim/+/+/ups-01/#'            | 'subscribe to' | 'dcim/#'                          || false
        'dcim/+/+/ups-01/#'            | 'subscribe to' | 'dcim/+/+/+/metric'               || false
    }

    def "a message of #size bytes is #outcome (limit #limit bytes)"() {
        given:
        start(options().withMaxMessageBytes(limit))
        def received = subscribe('dcim/demo/sensor/+/metric')
        def device = connect(BRIDGE, BRIDGE_PASSWORD)
        byte[] payload = new byte[size]
        Arrays.fill(payload, (byte) 'x')

        when:
        boolean sent = true
        try {
            device.publish('dcim/demo/sensor/s-1/metric', new MqttMessage(payload).tap { qos = 1 })
        } catch (MqttException e) {
            sent = false
        }
        byte[] got = received.poll(delivered ? 10 : 2, TimeUnit.SECONDS)

        then:
        (got?.length == size) == delivered
        !delivered || sent
        new PollingConditions(timeout: 5).eventually {
            assert broker.refusals().count(BrokerRefusals.Reason.oversized) == (delivered ? 0 : 1)
        }

        where:
        size      | limit                                    || delivered
        100_000   | EmbeddedBroker.DEFAULT_MAX_MESSAGE_BYTES || true
        1_100_000 | EmbeddedBroker.DEFAULT_MAX_MESSAGE_BYTES || false
        outcome = delivered ? 'delivered' : 'refused and counted'
    }

    def "a device publishes over TLS, trusting the certificate the product generated"() {
        given:
        TlsKeystore keystore = TlsKeystore.generated(KeyDirectory.at(data.resolve('keys')), TlsKeystore.defaultHosts(null), java.time.Instant.now())
        start(options().withTls(FreePort.find(), keystore))
        def received = subscribe('dcim/demo/door/+/access')
        Path trust = data.resolve('trust.p12')
        KeyStore store = KeyStore.getInstance('PKCS12')
        store.load(null, null)
        store.setCertificateEntry('dcim', keystore.certificate())
        java.nio.file.Files.newOutputStream(trust).withCloseable { store.store(it, 'changeit'.toCharArray()) }
        def settings = new BrokerSettings(url: broker.tlsUrl(), truststore: trust.toString(), truststorePassword: 'changeit')

        expect:
        broker.tlsUrl().startsWith('ssl://')

        when:
        def device = connect(BRIDGE, BRIDGE_PASSWORD, broker.tlsUrl(), BrokerTls.socketFactory(settings))
        device.publish('dcim/demo/door/d-1/access', new MqttMessage('{"tls":true}'.bytes).tap { qos = 1 })

        then:
        new String(received.poll(10, TimeUnit.SECONDS)) == '{"tls":true}'

        when: 'a client that trusts only the JVM default CAs'
        connect(BRIDGE, BRIDGE_PASSWORD, broker.tlsUrl(), BrokerTls.socketFactory(new BrokerSettings(url: broker.tlsUrl())))

        then:
        thrown(MqttException)
    }
}
