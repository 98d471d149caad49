package vn.dcim.web.ui.device

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.mqtt.ingest.MqttBridge
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.OwnBrokerBridge
import vn.dcim.web.ui.pages.SignedInBrowserSpec
import vn.dcim.web.ui.pages.TeachPage

import java.nio.file.Files
import java.nio.file.Path

/**
 * Teaching a device as an administrator meets it in Chromium, without seeing a dialect file: a plug the
 * shipped Zigbee2MQTT dialect reads only partly waits in the discovery inbox; "Dạy thiết bị" shows its
 * message as a tree with metrics offered from the values' names; two ticks, one scale, Preview, a site,
 * Save; the plug's next message is readings of the new device.
 */
@MicronautTest(transactional = false)
class TeachScreenSpec extends SignedInBrowserSpec implements OwnBrokerBridge {
    static Path dir = Files.createTempDirectory('dcim-taught-ui')

    @Inject SiteRepository sites
    @Inject MqttBridge bridge

    TeachPage page
    Calls calls

    @Override
    Path taughtDialects() {
        dir
    }

    def setup() {
        new PollingConditions(timeout: 30).eventually { assert bridge.isSubscribed() }
        page = new TeachPage(driver, server.URL)
        calls = new Calls(server.URL)
    }

    Object latest(String device, String metric) {
        calls.latestValue(device, metric, users.token(EnumSet.of(Role.operator)))
    }

    def "an administrator teaches an unknown plug from the inbox in a few clicks, and its next message is readings of the bound device"() {
        given:
        sites.save(new Site('ui-teach', 'TTDL Lào Cai', 'Lào Cai', null))

        when: 'a plug of a model the shipped dialect does not know reports'
        broker().publish('zigbee2mqtt/lc_plug_5', '{"linkquality": 90, "meter": {"active_power": 41.5, "voltage_dv": 2287}, "state": "ON"}')
        page.teachFromInbox('lc_plug_5')

        then: 'its message is a tree of values, the metrics offered from their names'
        page.paths().containsAll(['linkquality', 'meter.active_power', 'meter.voltage_dv', 'state'])
        page.offeredMetric('meter.active_power') == 'pdu.outlet.power'
        page.offeredMetric('meter.voltage_dv') == 'pdu.outlet.voltage'

        when: 'two values ticked, the voltage in tenths, previewed'
        page.name('lc-plug').pick('meter.active_power').pick('meter.voltage_dv', null, '0.1').preview()

        then: 'the readings the engine gives from the captured message'
        page.error() == ''
        page.readings() == ['pdu.outlet.power': '41.5 W', 'pdu.outlet.voltage': '228.7 V']
        page.filter() == 'zigbee2mqtt/lc_plug_5'

        when: 'saved and bound to a device of the site'
        page.saveBoundTo('TTDL Lào Cai')

        then: 'the dialect is listed as in use'
        page.taught()
        page.ownDialects()['lc-plug'] == 'đang dùng'
        Files.exists(dir.resolve('lc-plug.yaml'))
        Files.exists(dir.resolve('lc-plug.jsonl'))

        when: 'the plug reports again'
        broker().publish('zigbee2mqtt/lc_plug_5', '{"linkquality": 88, "meter": {"active_power": 55, "voltage_dv": 2301}}')

        then: 'it is readings of the device named after it, without a restart'
        new PollingConditions(timeout: 20, delay: 0.5).eventually {
            assert latest('lc_plug_5', 'pdu.outlet.power') == 55
            assert latest('lc_plug_5', 'pdu.outlet.voltage') == 230.1d
        }
    }

    def "a sensor on topics the bridge does not hear is taught from a pasted message; from then on every sensor of the kind is heard"() {
        when: 'its topic and one message pasted, the temperature ticked (offered from its name), previewed'
        page.teachPasted('lcsense/node-17/telemetry', '{"temp_c": 23.4, "rssi": -61}')
                .name('lc-sense').pick('temp_c').preview()

        then:
        page.error() == ''
        page.readings() == ['env.temperature': '23.4 °C']
        page.filter() == 'lcsense/+/telemetry'

        when: 'saved, and another sensor of the kind reports'
        page.save()
        broker().publish('lcsense/node-18/telemetry', '{"temp_c": 25.0, "rssi": -70}')

        then: 'it waits in the discovery inbox under the taught dialect'
        page.taught()
        new PollingConditions(timeout: 20, delay: 0.5).eventually {
            def row = calls.get('/api/sources?state=unbound', users.token(EnumSet.of(Role.operator))).json.results.find { it.source == 'node-18' }
            assert row?.dialect == 'lc-sense'
            assert row.wouldGive.contains('env.temperature')
        }
    }

    def "a sensor that publishes a bare value, one topic per value, is taught on the screen: the value is one row named by its topic"() {
        given:
        sites.save(new Site('ui-teach-bare', 'TTDL Yên Bái', 'Yên Bái', null))

        when: 'its topic and one value pasted'
        page.teachPasted('ybsense/node-31/temperature', '23.4')

        then: 'the value is one row, named by the topic, the metric offered from that name'
        page.values() == ['temperature': '23.4']
        page.offeredMetric('temperature') == 'env.temperature'

        when: 'ticked and previewed'
        page.name('yb-sense').pick('temperature').preview()

        then:
        page.error() == ''
        page.readings() == ['env.temperature': '23.4 °C']
        page.filter() == 'ybsense/+/temperature'

        when: 'saved bound to a device of the site, and the sensor reports again'
        page.saveBoundTo('TTDL Yên Bái')
        broker().publish('ybsense/node-31/temperature', '25.5')

        then: 'it is the reading of the device named after it'
        page.taught()
        new PollingConditions(timeout: 20, delay: 0.5).eventually {
            assert latest('node-31', 'env.temperature') == 25.5d
        }
    }
}
