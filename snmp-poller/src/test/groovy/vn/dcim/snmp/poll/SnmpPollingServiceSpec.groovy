package vn.dcim.snmp.poll

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.DeviceErrorRepository
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.SharedData
import vn.dcim.core.testing.Sql
import vn.dcim.snmp.testing.Snmpsim

import javax.sql.DataSource

@MicronautTest(transactional = false)
class SnmpPollingServiceSpec extends MariaDbSpec {

    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([SharedData.devices().resolve('generex-ups_cs141.snmprec'),
                                                      SharedData.devices().resolve('eatonups.snmprec')])

    @Inject MonitoredDeviceRepository devices
    @Inject SiteRepository sites
    @Inject LatestReadings latest
    @Inject DeviceErrorRepository errors
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() { ['dcim.snmp.tick-ms': '100', 'dcim.snmp.device-refresh-ms': '100'] }

    def "devices are polled into readings, and a dead agent only marks itself unreachable"() {
        given: 'two real agents and one that never answers'
        int deadPort = new DatagramSocket(0, InetAddress.loopbackAddress).withCloseable { it.localPort }
        sites.save(new Site('poll', 'Poll site', null, null))
        devices.save(MonitoredDevice.snmpV2c('dead-ups', 'poll', null, 'Dead UPS', '127.0.0.1', deadPort, 'public'))
        devices.save(MonitoredDevice.snmpV2c('ups-a', 'poll', null, 'UPS A', '127.0.0.1', sim.port, 'generex-ups_cs141'))
        devices.save(MonitoredDevice.snmpV2c('ups-b', 'poll', null, 'UPS B', '127.0.0.1', sim.port, 'eatonups'))

        expect: 'the live agents are read before the dead one has even timed out (2 s, one retry)'
        new PollingConditions(timeout: 30, delay: 0.1).eventually {
            assert value('ups-a', 'ups.battery.charge') == 100d
            assert value('ups-b', 'ups.battery.charge') != null
        }
        // the order, not a wall-clock limit (a loaded machine stretches both): when the live values are
        // there, the dead agent has not yet been given up on
        value('dead-ups', 'device.reachable') == null
        latest.ofDevice('ups-a').find { it.metric() == 'ups.output.source' }.text() == 'bypass'
        latest.ofDevice('ups-a').find { it.metric() == 'ups.input.voltage' && it.instance() == '1' }.unit() == 'V'

        and: 'the dead agent is unreachable, with the reason recorded against it'
        new PollingConditions(timeout: 30, delay: 0.5).eventually {
            assert value('dead-ups', 'device.reachable') == 0d
            assert errors.findTop20ByDeviceIdOrderByTsDesc('dead-ups').any { it.reason().contains('timeout') && it.reason().contains('next try in') }
        }
        value('ups-a', 'device.reachable') == 1d
    }

    def "the poller reads with a community that is stored encrypted (Art. 30.7c)"() {
        given: 'the agent answers only to its community, which the database holds as ciphertext'
        if (!sites.existsById('poll')) {
            sites.save(new Site('poll', 'Poll site', null, null))
        }
        devices.save(MonitoredDevice.snmpV2c('ups-sealed', 'poll', null, 'UPS sealed', '127.0.0.1', sim.port, 'eatonups'))
        def stored = new Sql(dataSource).rows("SELECT community FROM monitored_device WHERE id = 'ups-sealed'")[0].community as String

        expect:
        stored.startsWith('enc:v1:') && !stored.contains('eatonups')
        new PollingConditions(timeout: 30, delay: 0.1).eventually {
            assert value('ups-sealed', 'ups.battery.charge') != null
        }
    }

    Double value(String device, String metric) {
        latest.ofDevice(device).find { it.metric() == metric }?.value()
    }
}
