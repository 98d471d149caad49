package vn.dcim.mqtt.demo

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.util.concurrent.PollingConditions
import vn.dcim.mqtt.testing.BridgeSpec

/** The demo site's door controller and cameras publish through the broker into the bridge (clock 50× faster). */
@MicronautTest(transactional = false)
class DemoTrafficSpec extends BridgeSpec {

    @Override
    Map<String, String> bridgeProperties() {
        ['dcim.demo.enabled': 'true', 'dcim.demo.mqtt.tick-ms': '20']
    }

    def "badge swipes, camera recording and storage, and a camera dropping out reach the database"() {
        expect:
        new PollingConditions(timeout: 60, delay: 1).eventually {
            assert count("SELECT COUNT(*) FROM access_event WHERE device_id = 'door-1' AND result = 'granted' AND person LIKE '% %'") > 0
            assert count("SELECT COUNT(DISTINCT device_id) FROM latest_reading WHERE metric = 'camera.recording' AND value = 1") == 4
            assert count("SELECT COUNT(*) FROM latest_reading WHERE metric = 'camera.retention.days' AND value >= 30") == 4
            assert count("SELECT COUNT(*) FROM reading WHERE device_id = 'cam-3' AND metric = 'device.reachable' AND value = 0") > 0
            assert count("SELECT COUNT(*) FROM reading WHERE device_id = 'cam-3' AND metric = 'camera.video_loss' AND value = 1") > 0
        }

        // the demo speaks the dcim/ contract; the bridge also listens to vendor dialects' topics, where a shared
        // test broker may hold other specs' messages
        and: 'nothing the demo sends is refused'
        count("SELECT COUNT(*) FROM dead_letter WHERE topic LIKE 'dcim/%'") == 0
    }
}
