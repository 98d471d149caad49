package vn.dcim.snmp.poll

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDevices
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.SharedData
import vn.dcim.snmp.testing.CountingRelay
import vn.dcim.snmp.testing.Snmpsim

/**
 * A device disabled ("Đang giám sát" unticked) or deleted is asked nothing from the next tick on, and the
 * poll of it under way stops sending: counted at a relay in front of a slow agent, whose polls take seconds.
 */
@MicronautTest(transactional = false)
class DisabledDeviceSpec extends MariaDbSpec {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([SharedData.devices().resolve('apc_smart1500.snmprec')])
    @Shared @AutoCleanup CountingRelay relay = new CountingRelay(sim.port)

    @Inject MonitoredDevices devices
    @Inject SiteRepository sites
    @Inject SnmpPollingService polling

    @Override
    Map<String, String> extraProperties() { ['dcim.snmp.tick-ms': '100', 'dcim.snmp.device-refresh-ms': '100'] }

    def "a device #stopped while its poll is under way is asked nothing more"() {
        given: 'a device polled every second through a relay that holds each request 150 ms'
        if (!sites.existsById('polite')) {
            sites.save(new Site('polite', 'Polite site', null, null))
        }
        relay.delayMs = 150
        String id = 'ups-' + stopped
        devices.create(id, { every1s(MonitoredDevice.snmpV2c(id, 'polite', null, 'UPS', '127.0.0.1', relay.port, 'apc_smart1500')) }, {}, 'spec')
        long cancelledBefore = polling.guards().count(Guard.cancelled)

        when: 'its poll is under way'
        new PollingConditions(timeout: 30, delay: 0.05).eventually {
            assert relay.requests() >= 3
        }
        if (stopped == 'disabled') {
            devices.update(id, { disabled(it) }, {}, 'spec')
        } else {
            devices.delete(id, 'spec')
        }
        sleep(300) // the next ticks
        int afterTick = relay.requests()
        sleep(3000)

        then: 'nothing was asked after the next tick, and the poll under way was stopped, not finished'
        relay.requests() == afterTick
        // at least the poll under way; a second one may have started in the tick before the device list was read again
        polling.guards().count(Guard.cancelled) > cancelledBefore

        cleanup:
        relay.delayMs = 0
        relay.reset()

        where:
        stopped << ['disabled', 'deleted']
    }

    static MonitoredDevice every1s(MonitoredDevice d) {
        new MonitoredDevice(d.id(), d.siteId(), d.assetId(), d.name(), d.protocol(), d.host(), d.port(), d.snmpVersion(), d.community(),
                d.v3User(), d.v3AuthProto(), d.v3AuthPass(), d.v3PrivProto(), d.v3PrivPass(), d.profile(), 1, 2000, 1, true)
    }

    static MonitoredDevice disabled(MonitoredDevice d) {
        new MonitoredDevice(d.id(), d.siteId(), d.assetId(), d.name(), d.protocol(), d.host(), d.port(), d.snmpVersion(), d.community(),
                d.v3User(), d.v3AuthProto(), d.v3AuthPass(), d.v3PrivProto(), d.v3PrivPass(), d.profile(), d.intervalS(), d.timeoutMs(),
                d.retries(), false)
    }
}
