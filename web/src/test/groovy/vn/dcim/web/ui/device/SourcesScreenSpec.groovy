package vn.dcim.web.ui.device

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.device.DiscoveredSources
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Rack
import vn.dcim.core.site.RackRepository
import vn.dcim.core.site.Room
import vn.dcim.core.site.RoomKind
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.mqtt.ingest.MqttBridge
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.OwnBrokerBridge
import vn.dcim.web.ui.pages.SignedInBrowserSpec
import vn.dcim.web.ui.pages.SourcesPage

/**
 * As an operator meets it in Chromium: a vendor sensor's message, published through a
 * real Mosquitto to the product's bridge, waits in the discovery inbox; the operator places it in a
 * rack and binds it in two clicks, and its next message is a reading of the new device.
 */
@MicronautTest(transactional = false)
class SourcesScreenSpec extends SignedInBrowserSpec implements OwnBrokerBridge {

    @Inject SiteRepository sites
    @Inject RoomRepository rooms
    @Inject RackRepository racks
    @Inject MonitoredDeviceRepository devices
    @Inject DiscoveredSources sources
    @Inject MqttBridge bridge

    def "a Zigbee2MQTT sensor heard on the broker is bound from the inbox to a new device in a rack; its next message is that device's reading"() {
        given: 'a room with a rack, and the bridge listening'
        sites.save(new Site('ui-src', 'TTDL Cao Bằng', 'Cao Bằng', null))
        Room room = rooms.save(Room.of('ui-src', 'Phòng máy chủ CB', '1', RoomKind.server_room))
        Rack rack = racks.save(Rack.of(room.id(), 'CB-R07', 42))
        new PollingConditions(timeout: 30).eventually { assert bridge.isSubscribed() }
        def page = new SourcesPage(driver, server.URL)
        def calls = new Calls(server.URL)

        when: 'a sensor nobody registered reports'
        broker().publish('zigbee2mqtt/cb_rack7_temp', '{"temperature": 23.6, "humidity": 48.3, "battery": 100}')

        then: 'it is listed as not bound, with what it would give, the device id offered from its name'
        page.waitFor('cb_rack7_temp')
        page.wouldGive('cb_rack7_temp').contains('env.temperature')
        page.offeredDeviceId('cb_rack7_temp') == 'cb_rack7_temp'
        devices.findById('cb_rack7_temp').isEmpty()

        when: 'the operator picks the rack and binds'
        page.bind('cb_rack7_temp', 'Phòng máy chủ CB › CB-R07')

        then: 'the device exists in that rack, and the source has left the unbound list'
        page.bound()
        !page.sources().contains('cb_rack7_temp')
        devices.findById('cb_rack7_temp').get().siteId() == 'ui-src'
        sources.placeOf('cb_rack7_temp').get().roomId() == room.id()
        sources.placeOf('cb_rack7_temp').get().rackId() == rack.id()

        when: 'the operator opens the Bound tab'
        page.openBound()

        then: 'the source is listed with its device and where that device stands: site / room / rack'
        page.boundTo('cb_rack7_temp') == [device: 'cb_rack7_temp', place: 'TTDL Cao Bằng / Phòng máy chủ CB / CB-R07']

        when: 'the sensor reports again'
        broker().publish('zigbee2mqtt/cb_rack7_temp', '{"temperature": 24.1, "humidity": 47.9}')

        then: 'it is a reading of that device'
        new PollingConditions(timeout: 20, delay: 0.5).eventually {
            assert calls.latestValue('cb_rack7_temp', 'env.temperature', users.token(EnumSet.of(Role.operator))) == 24.1
        }
    }

    /** The row of GET /api/sources?state=unbound for {@code source}, asked every half second for 20 s; null when never listed. */
    static Object unbound(Calls calls, String token, String source) {
        long until = System.currentTimeMillis() + 20_000
        while (System.currentTimeMillis() < until) {
            def row = (calls.get('/api/sources?state=unbound', token).json?.results ?: []).find { it.source == source }
            if (row != null) {
                return row
            }
            Thread.sleep(500)
        }
        null
    }

    def "on the running product a Tasmota plug heard on the broker is listed by GET /api/sources, bound by POST /api/sources/{id}/bind, and its next message is a reading of that device"() {
        given:
        if (!sites.existsById('ui-src')) {
            sites.save(new Site('ui-src', 'TTDL Cao Bằng', 'Cao Bằng', null))
        }
        new PollingConditions(timeout: 30).eventually { assert bridge.isSubscribed() }
        def calls = new Calls(server.URL)
        String supervisor = users.token(EnumSet.of(Role.supervisor))

        when: 'a plug nobody registered reports'
        broker().publish('tele/cb_plug_9/SENSOR', '{"ENERGY":{"Power":40,"Voltage":229,"Current":0.18}}')
        def row = unbound(calls, supervisor, 'cb_plug_9')

        then: 'the script sees it unbound, with its id, dialect and source'
        row != null
        row.id != null
        row.dialect == 'tasmota'

        when: 'it binds the source to a new device'
        def bound = calls.post("/api/sources/${row.id}/bind", [deviceId: 'cb-plug-9', siteId: 'ui-src', name: 'Ổ cắm rack 9'], supervisor)
        broker().publish('tele/cb_plug_9/SENSOR', '{"ENERGY":{"Power":55,"Voltage":230,"Current":0.24}}')

        then: 'the next message is a reading of that device'
        bound.status == 200
        new PollingConditions(timeout: 20, delay: 0.5).eventually {
            assert calls.latestValue('cb-plug-9', 'pdu.outlet.power', users.token(EnumSet.of(Role.operator))) == 55
        }
    }
}
