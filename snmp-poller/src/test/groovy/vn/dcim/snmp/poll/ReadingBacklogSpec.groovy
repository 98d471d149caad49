package vn.dcim.snmp.poll

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.DeviceErrors
import vn.dcim.core.device.DeviceRefusals
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.MonitoredDevices
import vn.dcim.core.lease.DeviceLeases
import vn.dcim.core.lease.LeaseSettings
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.snmp.lease.LeasedTarget
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.SharedData
import vn.dcim.core.testing.Sql
import vn.dcim.core.db.SqlTime
import vn.dcim.snmp.testing.Snmpsim

import javax.sql.DataSource
import java.time.Clock
import java.time.Instant

/**
 * While MariaDB refuses readings the poller keeps polling; what waits in memory is bounded
 * (dcim.snmp.max-pending-readings), the oldest points are dropped and counted, and once the database
 * takes writes again the waiting readings land.
 */
@MicronautTest(transactional = false)
class ReadingBacklogSpec extends MariaDbSpec {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([SharedData.devices().resolve('eatonups.snmprec')])

    @Inject MonitoredDeviceRepository devices
    @Inject SiteRepository sites
    @Inject DeviceRefusals refusals
    @Inject ReadingSink database
    @Inject LatestReadings latest
    @Inject DataSource dataSource
    @Inject DeviceLeases leases
    @Inject MonitoredDevices deviceService
    @Inject DeviceErrors errorService

    @Override
    Map<String, String> extraProperties() { ['dcim.snmp.enabled': 'false'] }

    def "a database outage keeps a bounded, counted backlog and the readings land when it is back"() {
        given: 'a UPS polled every second by a poller whose database is down'
        sites.save(new Site('backlog', 'Backlog site', null, null))
        def ups = MonitoredDevice.snmpV2c('ups-backlog', 'backlog', null, 'UPS', '127.0.0.1', sim.port, 'eatonups')
        devices.save(new MonitoredDevice(ups.id(), ups.siteId(), null, ups.name(), ups.protocol(), ups.host(), ups.port(),
                ups.snmpVersion(), ups.community(), null, null, null, null, null, null, 1, 2000, 1, true))
        boolean down = true
        int attempts = 0
        Instant lastRefused = null
        ReadingSink outage = { List<Reading> readings ->
            attempts++
            if (down) {
                lastRefused = Instant.now()
                throw new IllegalStateException('MariaDB is down')
            }
            database.record(readings)
        } as ReadingSink
        def settings = new SnmpSettings(tickMs: 100, deviceRefreshMs: 100, maxPendingReadings: 30)
        def service = new SnmpPollingService(new LeasedTarget(deviceService, errorService, refusals, settings, leases, new LeaseSettings(), Clock.systemUTC()), outage, settings, Clock.systemUTC())

        when:
        service.onApplicationEvent(null)

        then: 'polls go on, and beyond 30 waiting readings the oldest are dropped and counted'
        new PollingConditions(timeout: 20, delay: 0.2).eventually {
            assert service.droppedReadings() > 0
        }
        latest.ofDevice('ups-backlog').isEmpty()

        when: 'the database is back'
        down = false
        Instant refused = lastRefused

        then: 'the polls after it are stored'
        new PollingConditions(timeout: 10, delay: 0.2).eventually {
            assert latest.ofDevice('ups-backlog').find { it.metric() == 'ups.battery.charge' } != null
            assert latest.ofDevice('ups-backlog').find { it.metric() == 'device.reachable' }.value() == 1d
        }

        and: 'so are the readings that waited through the outage, at most the 30 the backlog keeps'
        // polls after the outage alone pass the checks above: only points polled before the last refused write
        // (and so handed to it) prove that the backlog was kept and landed
        def waited = new Sql(dataSource).count('SELECT COUNT(*) FROM reading WHERE device_id = ? AND ts < ?',
                ['ups-backlog', SqlTime.of(refused)])
        waited > 0
        waited <= 30

        cleanup:
        service?.stop()
    }
}
