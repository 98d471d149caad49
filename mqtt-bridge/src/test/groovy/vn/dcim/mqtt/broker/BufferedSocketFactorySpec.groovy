package vn.dcim.mqtt.broker

import org.eclipse.paho.client.mqttv3.MqttAsyncClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence
import spock.lang.AutoCleanup
import spock.lang.Specification
import vn.dcim.mqtt.testing.Mosquitto

/**
 * The bridge's sockets hold Paho's per-packet flushes for a moment: what is flushed still arrives
 * promptly, a burst leaves together, and nothing held is lost when the socket closes.
 */
class BufferedSocketFactorySpec extends Specification {
    @AutoCleanup
    ServerSocket server = new ServerSocket(0, 1, InetAddress.loopbackAddress)

    def "packets flushed one by one leave in a few segments, and a lone flush is not held for the next"() {
        given:
        Socket client = new BufferedSocketFactory().createSocket(InetAddress.loopbackAddress, server.localPort)
        Socket peer = server.accept()
        // a flush held until the next write or the close would never arrive: the read times out
        peer.soTimeout = 5_000

        when: 'fifty 4-byte packets, each flushed, as Paho writes PUBACKs'
        50.times { i ->
            client.outputStream.write([0x40, 0x02, 0, i] as byte[])
            client.outputStream.flush()
        }
        byte[] got = new byte[200]
        int received = 0
        int reads = 0
        while (received < 200) {
            received += peer.inputStream.read(got, received, 200 - received)
            reads++
        }

        then: 'all of it, in far fewer segments than packets'
        got[199] == 49 as byte
        reads < 25

        when: 'one more packet, flushed, with nothing after it and the socket left open'
        client.outputStream.write([0x40, 0x02, 0, 50] as byte[])
        client.outputStream.flush()
        byte[] lone = new byte[4]
        int loneReceived = 0
        while (loneReceived < 4) {
            loneReceived += peer.inputStream.read(lone, loneReceived, 4 - loneReceived)
        }

        then: 'it arrives on its own'
        lone[3] == 50 as byte

        cleanup:
        client?.close()
        peer?.close()
    }

    def "what is held when the socket closes is sent before it closes"() {
        given:
        Socket client = new BufferedSocketFactory().createSocket(InetAddress.loopbackAddress, server.localPort)
        Socket peer = server.accept()
        peer.soTimeout = 2_000

        when:
        client.outputStream.write('DISCONNECT'.bytes)
        client.outputStream.flush()
        client.close()

        then:
        new String(peer.inputStream.readAllBytes()) == 'DISCONNECT'

        cleanup:
        peer?.close()
    }

    def "Paho connects, subscribes and disconnects through these sockets against Mosquitto"() {
        given:
        Mosquitto broker = new Mosquitto()
        def client = new MqttAsyncClient(broker.url(), 'socket-spec', new MemoryPersistence())
        def options = new MqttConnectOptions(socketFactory: new BufferedSocketFactory(), cleanSession: true)

        when:
        client.connect(options).waitForCompletion(5_000)
        client.subscribe('dcim/#', 1).waitForCompletion(5_000)

        then:
        client.connected

        when:
        client.disconnect().waitForCompletion(5_000)

        then:
        !client.connected

        cleanup:
        client?.close()
        broker?.close()
    }
}
