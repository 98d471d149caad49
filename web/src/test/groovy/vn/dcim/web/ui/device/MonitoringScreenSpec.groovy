package vn.dcim.web.ui.device

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Stepwise
import spock.util.concurrent.PollingConditions
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.core.testing.SharedData
import vn.dcim.snmp.testing.Snmpsim
import org.openqa.selenium.By
import vn.dcim.core.account.Role
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.DevicePage
import vn.dcim.web.ui.pages.MonitoringPage
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.time.Duration
import org.openqa.selenium.WebDriverException
import org.openqa.selenium.support.ui.WebDriverWait

/**
 * As the centre does it through the UI only: register a new SNMP device pointing at an
 * agent (snmpsim replaying a Huawei UPS2000), test it and see the detected profile and the values
 * read, save it, and see its readings on the device's page without a restart. A wrong community is
 * told apart in the operator's words; an edit keeps the stored community without showing it.
 */
@Stepwise
@MicronautTest(transactional = false)
class MonitoringScreenSpec extends SignedInBrowserSpec {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([SharedData.devices().resolve('huaweiups_ups2000.snmprec')])
    @Inject SiteRepository sites
    @Inject LatestReadings latest

    @Override
    Map<String, String> extraProperties() {
        // the poller reloads its list only every 10 minutes: the device is polled because saving it says so
        ['dcim.snmp.tick-ms': '100', 'dcim.snmp.device-refresh-ms': '600000']
    }

    def setup() {
        if (!sites.existsById('mon-site')) {
            sites.save(new Site('mon-site', 'TTDL Bắc Kạn', 'Bắc Kạn', null))
        }
    }

    /** snmpsim reads a recording on its first request: a second and no resend were too little for it on a loaded CI. */
    Map ups() {
        [id: 'ups-bk1', name: 'UPS phòng máy Bắc Kạn', siteId: 'mon-site', protocol: 'snmp', host: '127.0.0.1',
         port: sim.port, snmpVersion: '2c', community: 'huaweiups_ups2000', intervalS: 5, timeoutMs: 3000, retries: 1]
    }

    def "a wrong community is told apart: the host is up but its agent stays silent"() {
        given:
        def page = new MonitoringPage(driver, server.URL).open().fill(ups() + [community: 'sai-community', timeoutMs: 300])

        expect:
        page.test() == 'silent_agent'
        page.testSummary().contains('sai community')
    }

    def "the test polls the agent once and shows the detected profile and the values read"() {
        given:
        def page = new MonitoringPage(driver, server.URL).open().fill(ups())

        when:
        def outcome = page.test()

        then:
        outcome == 'ok'
        !page.detectedProfiles().isEmpty()
        page.testedMetrics().containsAll(['ups.battery.charge', 'ups.output.source'])
        page.testSummary().startsWith('Agent đã trả lời; số giá trị đọc được: ')

        and: 'each value in words: the metric by its name, a state by its word, a number as Vietnamese writes it'
        page.testedRow('ups.battery.charge')[0] == 'Dung lượng ắc quy'
        page.testedRow('ups.battery.charge')[2] ==~ /\d+(,\d+)? %/
        page.testedRow('ups.output.source')[0] == 'Nguồn cấp đầu ra'
        !(page.testedRow('ups.output.source')[2] ==~ /.*\d.*/)
    }

    def "saved, the device is polled and its readings appear on its page without a restart"() {
        when:
        def page = new MonitoringPage(driver, server.URL).open().fill(ups()).save('ups-bk1')

        then:
        page.row('ups-bk1').contains('127.0.0.1:' + sim.port)
        !driver.pageSource.contains('huaweiups_ups2000')

        when: 'the product has read it (asked every 100 ms, not by loading the page every second)'
        new PollingConditions(timeout: 30, delay: 0.1).eventually {
            assert latest.ofDevice('ups-bk1').any { it.metric() == 'ups.battery.charge' }
        }
        def device = new DevicePage(driver, server.URL)
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofSeconds(1)).until {
            try {
                device.open('ups-bk1')
                device.value('ups.battery.charge').endsWith('%')
            } catch (WebDriverException ignored) {
                false
            }
        }

        then:
        device.value('ups.battery.charge') =~ /^\d+(\.\d+)? %$/
    }

    def "an edit shows that a community is stored without showing it, and keeps it when left empty"() {
        given:
        def page = new MonitoringPage(driver, server.URL).open().edit('ups-bk1')

        expect:
        page.field('community') == ''
        page.secretNote().contains('community')

        when: 'renamed, the community left empty'
        page.fill(name: 'UPS Bắc Kạn (tầng 2)')

        then: 'the stored community still reads the agent'
        page.test() == 'ok'

        when:
        page.save('ups-bk1')

        then:
        page.row('ups-bk1').contains('UPS Bắc Kạn (tầng 2)')
    }

    def "a scan of a range finds the agent and says it is monitored already"() {
        given:
        def page = new MonitoringPage(driver, server.URL).open()

        when:
        def found = page.scan('127.0.0.1/32', 'huaweiups_ups2000', sim.port)

        then:
        page.scanSummary() == 'Số agent trả lời: 1'
        found.size() == 1
        found[0].contains('127.0.0.1') && found[0].contains('SNMP Card for HUAWEI UPS2000')
        found[0].contains('đang giám sát với mã ups-bk1')
    }

    def "a device without a host is refused under the form, naming the field"() {
        given:
        def page = new MonitoringPage(driver, server.URL).open().fill(ups() + [id: 'ups-nohost'])
        page.driver.findElement(org.openqa.selenium.By.id('f-host')).clear()

        expect:
        page.saveRefused().contains('host')
    }

    def "the shift sees what is monitored but not the form; the supervisor gets the form"() {
        given:
        def other = Browser.start()

        when:
        Browser.signIn(other, server.URL, users.account(EnumSet.of(role)), TestUsers.PASSWORD)
        new MonitoringPage(other, server.URL).open()

        then:
        !other.findElements(By.id('mon-ups-bk1')).isEmpty()
        other.findElements(By.id('device-form')).isEmpty() == !form
        other.findElements(By.cssSelector('.edit-device')).isEmpty() == !form

        cleanup:
        other.quit()

        where:
        role            || form
        Role.operator   || false
        Role.auditor    || false
        Role.supervisor || true
    }
}
