package vn.dcim.snmp.lease

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.db.Jdbc
import vn.dcim.core.device.DeviceErrors
import vn.dcim.core.device.DeviceRefusals
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.MonitoredDevices
import vn.dcim.core.device.Protocol
import vn.dcim.core.lease.DeviceLeases
import vn.dcim.core.lease.LeaseSettings
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.snmp.poll.PollTarget
import vn.dcim.snmp.poll.SnmpSettings

import java.time.Duration
import java.time.Instant

/**
 * Devices handed from poller to poller while the live pollers change, on a clock moved by hand: whoever holds a
 * device next polls it one interval after the last poll of any holder before, also when a holder gives it back
 * before it polled it itself. The pollers are lease targets of their own on one schema; this context polls nothing.
 */
@MicronautTest(transactional = false)
class LeaseHandOverSpec extends MariaDbSpec {
    static final int INTERVAL_S = 60
    static final Instant START = Instant.parse('2026-11-30T01:00:00Z')

    @Inject Jdbc jdbc
    @Inject MonitoredDevices monitored
    @Inject MonitoredDeviceRepository devices
    @Inject SiteRepository sites
    @Inject DeviceErrors errors
    @Inject DeviceRefusals refusals

    MutableClock clock = new MutableClock(START)

    @Override
    Map<String, String> extraProperties() { ['dcim.snmp.enabled': 'false'] }

    def "a device given back before its holder polled it is polled an interval after the holder before it"() {
        given: 'two devices, both held and polled by poller A at the start'
        sites.save(new Site('lease', 'Lease site', null, null))
        ['ups-1', 'ups-2'].each {
            devices.save(new MonitoredDevice(it, 'lease', null, it, Protocol.snmp, '127.0.0.1', 161, '2c',
                    'public', null, null, null, null, null, null, INTERVAL_S, 2000, 0, true))
        }
        def a = poller('poller-a')
        a.target.devices(clock.instant(), a.polled)
        a.polled.started['ups-1'] = clock.instant()
        a.polled.started['ups-2'] = clock.instant()

        when: 'poller B comes, takes its share (the device A gave back), and stops cleanly before its first poll of it'
        clock.advance(Duration.ofSeconds(10))
        def b = poller('poller-b')
        b.target.devices(clock.instant(), b.polled)
        a.target.devices(clock.instant(), a.polled)
        clock.advance(Duration.ofSeconds(1))
        b.target.devices(clock.instant(), b.polled)
        String moved = b.polled.due.keySet().first()
        clock.advance(Duration.ofSeconds(10))
        b.target.leave(b.polled)

        and: 'A takes the device back at its next round'
        a.polled.due.clear()
        clock.advance(Duration.ofSeconds(1))
        a.target.devices(clock.instant(), a.polled)

        then: "B was due to poll it an interval after A's poll; so is A now, not at once"
        b.polled.due[moved] == START.plusSeconds(INTERVAL_S)
        a.polled.due[moved] == START.plusSeconds(INTERVAL_S)
    }

    /** A poller's lease target, with what its polling loop would remember: polls started, first polls due. */
    private Map poller(String id) {
        def leaseSettings = new LeaseSettings(instanceId: id, ttl: Duration.ofSeconds(30))
        def snmpSettings = new SnmpSettings(deviceRefreshMs: 0)
        def polled = new RememberedPolls()
        [target: new LeasedTarget(monitored, errors, refusals, snmpSettings, new DeviceLeases(jdbc, leaseSettings, clock), leaseSettings, clock),
         polled: polled]
    }

    /** What a polling loop remembers of its devices, as the lease target sees it. */
    static class RememberedPolls implements PollTarget.Polled {
        final Map<String, Instant> started = [:]
        final Map<String, Instant> due = [:]

        @Override
        Instant lastStarted(String deviceId) { started[deviceId] }

        @Override
        void dueAt(String deviceId, Instant due) {
            started.remove(deviceId)
            this.due[deviceId] = due
        }
    }
}
