package vn.dcim.web.api.mqtt

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions
import org.eclipse.paho.client.mqttv3.MqttException
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.TempDir
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.mqtt.broker.BrokerRefusals
import vn.dcim.web.broker.EmbeddedBroker
import vn.dcim.mqtt.broker.MqttCredentials
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.nio.file.Path

/** Per-device credentials of the embedded broker, issued and withdrawn by the administrator (Art. 25.3). */
@MicronautTest(transactional = false)
class MqttCredentialApiSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject MqttCredentials credentials
    @Shared @TempDir Path data
    @Shared @AutoCleanup EmbeddedBroker broker

    Calls calls

    def setup() {
        calls = new Calls(server.URL)
        if (broker == null) {
            int port = new ServerSocket(0, 1, InetAddress.loopbackAddress).withCloseable { it.localPort }
            broker = EmbeddedBroker.start(data, EmbeddedBroker.Options.defaults(port, 'dcim-bridge', 'bridge-secret'))
            broker.authenticateWith(credentials)
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
}
