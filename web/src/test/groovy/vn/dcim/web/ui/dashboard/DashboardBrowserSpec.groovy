package vn.dcim.web.ui.dashboard

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import org.openqa.selenium.Dimension
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.telemetry.LatestReadings
import vn.dcim.snmp.sim.DemoAgents
import vn.dcim.web.ui.pages.DashboardPage
import vn.dcim.web.testing.Calls
import vn.dcim.web.ui.pages.SignedInBrowserSpec

/**
 * The shift's dashboard on the demo site, its SNMP agents polled for real: a UPS value from the demo
 * agent is on screen, and a value changed at the agent appears without a reload (Art. 30.8a). Last,
 * with servers' power ports plugged into PDU outlets, the what-if of a PDU names the
 * servers that go dark and those that survive on their other feed.
 */
@MicronautTest(transactional = false)
class DashboardBrowserSpec extends SignedInBrowserSpec {
    /** The demo agents' ports: away from the product's 16100 and from other specs running at the same time. */
    @Shared int firstPort = 20000 + new Random().nextInt(400) * 20

    @Inject DemoAgents agents
    @Inject LatestReadings latest
    @Inject AssetRepository assets

    @Override
    Map<String, String> extraProperties() {
        ['dcim.demo.enabled'                : 'true',
         'dcim.demo.agents.first-port'      : String.valueOf(firstPort),
         // the demo polls each minute; a spec cannot wait that long for a change
         'dcim.demo.agents.interval-s'      : '1',
         'dcim.demo.outage-every-s'         : '86400',
         'dcim.snmp.device-refresh-ms'      : '300',
         'dcim.readings.latest-flush-interval': '200ms']
    }

    def setup() {
        driver.manage().window().setSize(new Dimension(1280, 900))
    }

    def "the dashboard shows the demo UPS's load from its agent, and the value set at the agent appears without reload"() {
        given: 'the UPS agent reports 37 % load, and it has been polled'
        agents.agent(0).hold(LOAD, 37)
        new PollingConditions(timeout: DashboardPage.SLOW_CI_S).eventually {
            assert latest.ofDevice('ups-1').find { it.metric() == 'ups.output.load' }?.value() == 37d
        }
        def page = new DashboardPage(driver, server.URL).open()

        expect: 'the power chain with the demo UPS and its load'
        page.waitFor(DashboardPage.SLOW_CI_S) { page.value('UPS-01', 'ups.output.load') == '37 %' }
        page.waitFor(DashboardPage.SLOW_CI_S) { page.element('ATS-01') != null && page.element('MPĐ-01') != null }
        page.live().contains('on')

        when: 'the load changes at the agent'
        page.mark()
        agents.agent(0).hold(LOAD, 81)

        then: 'the page shows it, pushed by the server, not re-loaded'
        page.waitFor(DashboardPage.SLOW_CI_S) { page.value('UPS-01', 'ups.output.load') == '81 %' }
        page.stillMarked()

        cleanup:
        agents.agent(0).release(LOAD)
    }

    def "PUE is facility power over IT power from the switch and the PDUs"() {
        given: 'the switch measures 9.6 kW, each of the four PDUs 1.5 kW'
        agents.agent(7).hold(ATS_POWER, 96)
        (8..11).each { agents.agent(it).hold(PDU_POWER, 150) }

        when:
        def page = new DashboardPage(driver, server.URL).open()

        then:
        page.waitFor(DashboardPage.SLOW_CI_S) { driver.findElement(By.id('pue-demo')).text.contains('1.6') }

        cleanup:
        agents.agent(7).release(ATS_POWER)
        (8..11).each { agents.agent(it).release(PDU_POWER) }
    }

    def "what loses power if UPS-01 fails: the A-side PDUs, and the racks lose redundancy"() {
        given:
        def page = new DashboardPage(driver, server.URL).open()

        when:
        def answer = page.whatIf('UPS-01')

        then:
        answer.contains('PDU A01-A')
        answer.contains('PDU A02-A')
        page.screenshot('dashboard-what-if')
        answer.contains('Tủ A01')
        !answer.contains('PDU A01-B')

        when: 'the live stream draws the chain again (each second here)'
        page.redrawn()

        then: 'the answer stays until the operator closes it'
        page.outageAnswer().contains('PDU A01-A')
    }

    def "on a 1,366 × 768 desk the answer to what-if of #element opens in view, not below the fold"() {
        given:
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand('Emulation.setDeviceMetricsOverride',
                [width: 1366, height: 768, deviceScaleFactor: 1, mobile: false])
        def page = new DashboardPage(driver, server.URL).open()

        when:
        page.whatIf(element)
        List<Long> at = null
        page.waitFor(DashboardPage.SLOW_CI_S) { (at = page.outageHeadingAt()) }

        then: 'its heading is inside the window'
        at[0] >= 0 && at[1] <= at[2]

        cleanup:
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand('Emulation.clearDeviceMetricsOverride', [:])

        where:
        element << ['UPS-01', 'PDU A02-B']
    }

    def "when the demo's grid fails, the switch, the feed and UPS-02 turn red with words and the banner says since when"() {
        given: 'the switch sees 0 V on both inputs and selects no source; UPS-02 runs on battery, 12 min left'
        def page = new DashboardPage(driver, server.URL).open()
        page.waitFor(DashboardPage.SLOW_CI_S) { page.demoSchedule('demo')?.contains('1440') }
        agents.agent(7).hold(ATS_SELECTED, 1)
        agents.agent(7).hold(ATS_SOURCE1, 0)
        agents.agent(1).hold(UPS_SOURCE, 5)
        agents.agent(1).hold(UPS_RUNTIME, 12)

        expect: 'the demo states its outage schedule (every 1440 min here), and the outage shows as it happens'
        page.waitFor(DashboardPage.SLOW_CI_S) { page.banner('demo')?.contains('UPS-02') }
        // the page re-draws itself with every poll: each look is retried on a fresh drawing
        page.waitFor(DashboardPage.SLOW_CI_S) { page.banner('demo').contains('12') }
        page.waitFor(DashboardPage.SLOW_CI_S) { page.state('ATS-01') == 'critical' && page.said('ATS-01') }
        page.waitFor(DashboardPage.SLOW_CI_S) { page.state('UPS-02') == 'critical' && page.said('UPS-02').contains('12') }
        page.waitFor(DashboardPage.SLOW_CI_S) { page.state('Lưới điện 1 (EVN lộ 471)') == 'critical' && page.said('Lưới điện 1 (EVN lộ 471)').contains('0 V') }
        page.screenshot('dashboard-grid-lost')

        cleanup:
        [ATS_SELECTED, ATS_SOURCE1].each { agents.agent(7).release(it) }
        [UPS_SOURCE, UPS_RUNTIME].each { agents.agent(1).release(it) }
    }

    def "on a phone the dashboard needs no sideways scrolling"() {
        given:
        driver.manage().window().setSize(new Dimension(375, 800))

        when:
        def page = new DashboardPage(driver, server.URL).open()
        page.waitFor(DashboardPage.SLOW_CI_S) { page.value('UPS-01', 'ups.output.load') != null }

        then:
        page.horizontalOverflow() <= 0

        cleanup:
        page?.screenshot('dashboard-phone')
    }

    def "the wall screen has no navigation and keeps the power chain live"() {
        when:
        def page = new DashboardPage(driver, server.URL).open('?wall=1')

        then:
        !page.navigationShown()
        driver.findElement(By.tagName('body')).getAttribute('class').contains('wall')
        page.waitFor(DashboardPage.SLOW_CI_S) { page.value('UPS-01', 'ups.output.load') != null }

        cleanup:
        page?.screenshot('dashboard-wall')
    }

    def "what fails if #pdu fails: the page names #dark as going dark and #survives as surviving on its other feed, across re-draws"() {
        given: 'in rack A02, server 01 has a supply on each PDU; server 02 has both supplies on PDU A02-A (no diverse power)'
        plugOnce()
        def page = new DashboardPage(driver, server.URL).open()

        when:
        page.whatIf(pdu)
        Map<String, List<String>> servers = null
        page.waitFor(DashboardPage.SLOW_CI_S) { (servers = page.servers()) ? servers : null }

        then: 'each server by name, with what the failure does to it in the words of the page (Vietnamese: "goes dark", "survives on one feed")'
        servers.keySet() == (dark + survives) as Set
        dark.every { servers[it] == ["$it: mất điện".toString(), 'dark'] }
        survives.every { servers[it] == ["$it: còn một nguồn".toString(), 'one_feed'] }
        page.screenshot("dashboard-what-if-${pdu.replace(' ', '-')}")

        when: 'the live stream draws the chain again (each second here)'
        page.redrawn()
        Map<String, List<String>> after = null
        page.waitFor(DashboardPage.SLOW_CI_S) { (after = page.servers()) ? after : null }

        then: 'the servers are still listed, as before'
        after == servers

        where:
        pdu         || dark                  | survives
        'PDU A02-A' || ['Máy chủ ảo hóa 02'] | ['Máy chủ ảo hóa 01']
        'PDU A02-B' || []                    | ['Máy chủ ảo hóa 01']
    }

    @Shared boolean plugged

    /** Server 01's PSU1 → PDU A02-A outlet 1, PSU2 → PDU A02-B outlet 1; server 02's PSU1 and PSU2 → PDU A02-A outlets 2 and 3. */
    void plugOnce() {
        if (plugged) {
            return
        }
        def calls = new Calls(server.URL)
        String token = users.token(EnumSet.of(Role.maintenance))
        def ports = { String label ->
            long id = assets.findByLabelCode(label).orElseThrow().id()
            calls.get("/api/ports?assetId=$id", token).json.collectEntries { [(it.display): it.id] }
        }
        def a = ports('DEMO-PDU-A02A')
        def b = ports('DEMO-PDU-A02B')
        def srv1 = ports('DEMO-SRV-01')
        def srv2 = ports('DEMO-SRV-02')
        [[srv1.PSU1, a.'1'], [srv1.PSU2, b.'1'], [srv2.PSU1, a.'2'], [srv2.PSU2, a.'3']].each { pair ->
            assert calls.post('/api/cables', [aPortId: pair[0], bPortId: pair[1], type: 'power_c13'], token).status == 201
        }
        plugged = true
    }

    static final String LOAD = '1.3.6.1.2.1.33.1.4.4.1.5.1'
    static final String ATS_POWER = '1.3.6.1.4.1.318.1.1.17.4.3.2.0'
    static final String PDU_POWER = '1.3.6.1.4.1.318.1.1.26.4.3.1.5.1'
    static final String ATS_SELECTED = '1.3.6.1.4.1.318.1.1.17.3.1.1.0'
    static final String ATS_SOURCE1 = '1.3.6.1.4.1.318.1.1.17.4.1.7.1.2.1'
    static final String UPS_SOURCE = '1.3.6.1.2.1.33.1.4.1.0'
    static final String UPS_RUNTIME = '1.3.6.1.2.1.33.1.2.3.0'
}
