package vn.dcim.web.ui.teach

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Stepwise
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.snmp.poll.AgentAddress
import vn.dcim.snmp.poll.DevicePoller
import vn.dcim.snmp.poll.SnmpClient
import vn.dcim.snmp.profile.CentreProfiles
import vn.dcim.snmp.testing.Snmpsim
import vn.dcim.snmp.testing.UnknownVendor
import vn.dcim.web.testing.Calls
import vn.dcim.web.ui.pages.SignedInBrowserSpec
import vn.dcim.web.ui.pages.SnmpTeachPage

import java.nio.file.Files
import java.nio.file.Path

/**
 * Teaching an SNMP device as an administrator meets it in Chromium, without writing a profile: a UPS of a vendor the
 * product does not know (a real recording and its MIB under an enterprise number nobody holds). Its walk, chosen as a
 * file or read by the product from the monitored device, is a table of the device's objects with the metric, unit
 * and scale drafted from the centre's MIB and the values it answered; one name changed, one object left out,
 * Preview shows the readings and the file; Save writes the profile and the walk beside it, and the poller reads the
 * device with it.
 */
@Stepwise
@MicronautTest(transactional = false)
class SnmpTeachScreenSpec extends SignedInBrowserSpec {
    static Path work = Files.createTempDirectory('dcim-teach-snmp')
    static Path profiles = work.resolve('profiles')
    static Path mibs = UnknownVendor.mibs(work.resolve('mibs'))
    @Shared Path walk = UnknownVendor.recording(work, 'acme-ups')
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([acme: walk], 0)
    @Inject SiteRepository sites

    @Override
    Map<String, String> extraProperties() {
        ['dcim.snmp.profiles-dir': profiles.toString(), 'dcim.snmp.mibs-dir': mibs.toString()]
    }

    def "a walk file becomes a profile the poller reads the device with, in a few clicks"() {
        given:
        def page = new SnmpTeachPage(driver, server.URL)

        when: 'the recorded walk is chosen as a file'
        page.draftFromFile(walk)
        def rows = page.rows()

        then: 'its name offered from the file, the UPS objects named and scaled from the MIB, with the values answered'
        page.error() == ''
        page.name() == 'acme-ups'
        rows['upsHighPrecInputLineVoltage'] == [keep: true, metric: 'ups.input.voltage', unit: 'V', divisor: '10', values: '[0] 247.6 V (2476)']
        rows['upsAdvBatteryRunTimeRemaining'].subMap('keep', 'unit', 'divisor') == [keep: true, unit: 'min', divisor: '6000']
        rows['upsBasicOutputStatus'].values == '[0] onLine (2)'
        rows['upsBasicOutputStatus'].keep

        when: 'the load renamed, the output current left out, previewed'
        page.set('upsHighPrecOutputLoad', true, 'ups.output.load_percent').set('upsHighPrecOutputCurrent', false).preview()
        def readings = page.readings()

        then: 'the readings the profile gives on the walk, and the file'
        page.error() == ''
        readings['ups.input.voltage[0]'] == '247.6 V'
        readings['ups.output.load_percent[0]'] == '17.6 %'
        readings['ups.output.status[0]'] == 'onLine'
        !readings.containsKey('ups.output.current[0]')
        page.yaml().contains('name: acme-ups')

        when: 'saved'
        page.save()

        then: 'the profile and its walk are in the profiles directory, listed as the centre\'s, and they load as the poller loads them'
        page.taught().contains('acme-ups')
        page.ownProfiles() == ['acme-ups']
        Files.exists(profiles.resolve('acme-ups.snmprec'))
        CentreProfiles.load(profiles).own() == ['acme-ups']

        when: 'the device is polled with the centre\'s profiles'
        def agent = new AgentAddress('127.0.0.1', sim.port, '2c', 'acme', null, null, null, null, null, 2000, 1)
        def r = new SnmpClient().withCloseable { new DevicePoller(it, CentreProfiles.load(profiles).catalog()).poll(agent, null).get() }

        then:
        r.profiles().contains('acme-ups')
        r.values().find { it.metric() == 'ups.input.voltage' && it.oid().startsWith(UnknownVendor.ENTERPRISE) }.value() == 247.6d
        r.values().find { it.metric() == 'ups.output.load_percent' }.value() == 17.6d
        r.values().every { it.oid() != UnknownVendor.ENTERPRISE + '1.1.1.4.3.4.0' }
    }

    def "a monitored device is walked by the product and drafted; what the centre's profiles read already is not offered again"() {
        given:
        if (!sites.existsById('teach-snmp')) {
            sites.save(new Site('teach-snmp', 'TTDL Hà Giang', 'Hà Giang', null))
        }
        def calls = new Calls(server.URL)
        def created = calls.post('/api/devices', [id: 'ups-hg1', name: 'UPS Hà Giang', siteId: 'teach-snmp', protocol: 'snmp', host: '127.0.0.1',
                                                  port: sim.port, snmpVersion: '2c', community: 'acme', intervalS: 300, timeoutMs: 2000, retries: 1],
                users.token())
        def page = new SnmpTeachPage(driver, server.URL)

        when:
        page.draftFromDevice('ups-hg1', 'acme-ups-live')
        def rows = page.rows()

        then: 'the live walk is drafted like the file; the objects of the profile saved above are read already and not offered'
        created.status == 201
        page.error() == ''
        driver.findElement(org.openqa.selenium.By.id('already')).text =~ /acme-ups/
        !rows.containsKey('upsHighPrecInputLineVoltage')
        rows['upsHighPrecOutputCurrent'] == [keep: true, metric: 'ups.output.current', unit: 'A', divisor: '10', values: '[0] 1 A (10)']
    }
}
