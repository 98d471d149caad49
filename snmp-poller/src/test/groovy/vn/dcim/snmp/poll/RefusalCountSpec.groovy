package vn.dcim.snmp.poll

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.device.DeviceRefusals
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Paths

/**
 * The polling service stores every good value of a garbage agent's polls and counts the refused ones
 * per device and reason in MariaDB (device_refusal), for the device's page.
 */
@MicronautTest(transactional = false)
class RefusalCountSpec extends MariaDbSpec {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([Paths.get(RefusalCountSpec.getResource('/recordings/garbage-agent.snmprec').toURI())])

    @Inject MonitoredDeviceRepository devices
    @Inject SiteRepository sites
    @Inject LatestReadings latest
    @Inject DeviceRefusals refusals

    @Override
    Map<String, String> extraProperties() { ['dcim.snmp.tick-ms': '100', 'dcim.snmp.device-refresh-ms': '100'] }

    def "the good values are stored and each refusal is counted: #reason #perPoll per poll, e.g. #example"() {
        given:
        if (!sites.existsById('refusals')) {
            sites.save(new Site('refusals', 'Refusal site', null, null))
            devices.save(MonitoredDevice.snmpV2c('garbage-ups', 'refusals', null, 'Garbage UPS', '127.0.0.1', sim.port, 'garbage-agent'))
        }

        expect: 'the good values of the same polls are there'
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert value('ups.battery.charge') == 87d
            assert value('ups.input.voltage', '1') == 230d
            assert value('env.humidity', '2') == 45d
            assert refusals.ofDevice('garbage-ups').find { it.reason() == reason } != null
        }

        and: 'the count grows by the refusals of each poll, with the last one as an example'
        def row = refusals.ofDevice('garbage-ups').find { it.reason() == reason }
        row.refused() % perPoll == 0
        row.lastDetail() =~ example
        row.lastOid().startsWith('1.3.6.1.')

        and: 'no reading was stored for a refused value'
        value('ups.battery.voltage') == null
        value('ups.battery.temperature') == null
        value('env.humidity', '1') == null

        where:
        reason         | perPoll || example
        'implausible'  | 3       || /implausible/
        'wrong_type'   | 3       || /wrong type|not a number/
        'overflow'     | 1       || /1e309/
        'not_finite'   | 1       || /NaN/
        'not_a_number' | 1       || /n\/a/
    }

    def "an agent's 'not available' answers are not counted as faults"() {
        expect:
        refusals.ofDevice('garbage-ups')*.reason().every { !(it in ['sentinel', 'no_value']) }
    }

    Double value(String metric, String instance = null) {
        latest.ofDevice('garbage-ups').find { it.metric() == metric && (instance == null || it.instance() == instance) }?.value()
    }
}
