package vn.dcim.mqtt.testing

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.mqtt.ingest.MqttBridge
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec

import javax.sql.DataSource

/**
 * Base of the bridge specs: the product's bridge on a private Mosquitto (persistence on) that the
 * spec may restart, the registry holding the site "demo" with one device of every kind.
 */
abstract class BridgeSpec extends MariaDbSpec {
    static final List<String> DEVICES = ['door-1', 'cam-1', 'nvr-1', 'sensor-1', 'gw-1']

    @Shared
    static Mosquitto broker

    @Inject
    SiteRepository sites
    @Inject
    MonitoredDeviceRepository devices
    @Inject
    DataSource dataSource
    @Inject
    MqttBridge bridge

    Mosquitto broker() {
        if (broker == null) {
            broker = newBroker()
        }
        broker
    }

    /** The broker of this spec; overridden for a secured one. */
    Mosquitto newBroker() {
        new Mosquitto()
    }

    @Override
    Map<String, String> extraProperties() {
        ['dcim.mqtt.url'            : broker().url(),
         'dcim.mqtt.client-id'      : 'dcim-bridge-spec-' + getClass().simpleName,
         'dcim.mqtt.bridge.enabled' : 'true'] + bridgeProperties()
    }

    Map<String, String> bridgeProperties() { [:] }

    def setup() {
        if (!sites.existsById('demo')) {
            sites.save(new Site('demo', 'Trung tâm THDL (demo)', 'Demo', 'Demo'))
        }
        DEVICES.findAll { !devices.existsById(it) }.each { devices.save(MonitoredDevice.mqtt(it, 'demo', null, it)) }
        // the bridge's session must exist before anything is published, or the broker has no one to keep it for
        new PollingConditions(timeout: 30).eventually { assert bridge.isSubscribed() }
    }

    def cleanupSpec() {
        broker?.close()
        broker = null
    }

    long count(String sql, Object... params) {
        def c = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            def ps = c.prepareStatement(sql)
            params.eachWithIndex { p, i -> ps.setObject(i + 1, p instanceof GString ? p.toString() : p) }
            def rs = ps.executeQuery()
            rs.next()
            return rs.getLong(1)
        } finally {
            c.close()
        }
    }
}
