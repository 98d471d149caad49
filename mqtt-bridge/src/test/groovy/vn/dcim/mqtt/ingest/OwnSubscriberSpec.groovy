package vn.dcim.mqtt.ingest

import jakarta.inject.Inject
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.mqtt.testing.OwnBroker

import javax.sql.DataSource

/**
 * Base of the specs that start the bridge's subscribers themselves, on a Mosquitto of their own: the context starts
 * no bridge, the site "demo" is registered, and what a subscriber receives goes through the product's pipeline.
 */
abstract class OwnSubscriberSpec extends MariaDbSpec implements OwnBroker {
    @Inject IngestPipeline pipeline
    @Inject BridgeSettings bridgeSettings
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() {
        ['dcim.mqtt.url': broker().url(), 'dcim.mqtt.bridge.enabled': 'false']
    }

    def setup() {
        if (!sites.existsById('demo')) {
            sites.save(new Site('demo', 'Trung tâm THDL (demo)', 'Demo', 'Demo'))
        }
    }

    def cleanupSpec() {
        closeBroker()
    }
}
