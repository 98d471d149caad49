package vn.dcim.web.ui.change

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import org.openqa.selenium.Dimension
import org.openqa.selenium.support.ui.Select
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRegistry
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.NewAsset
import vn.dcim.core.cabling.Cabling
import vn.dcim.core.site.Rack
import vn.dcim.core.site.RackRepository
import vn.dcim.core.site.Room
import vn.dcim.core.site.RoomKind
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.BrowserSpec

/**
 * A change in Chromium as the people who make it: the asset manager requests a server placement on the desk screen and
 * cannot decide it, a supervisor approves it for a crew, the technician works the checklist on a phone-sized screen by
 * typing what the scanner reads, another supervisor signs it off, and the auditor reads the thread.
 */
@MicronautTest(transactional = false)
class ChangeBrowserSpec extends BrowserSpec {
    @Inject TestUsers users
    @Inject AssetRegistry registry
    @Inject Cabling cabling
    @Inject SiteRepository sites
    @Inject RoomRepository rooms
    @Inject RackRepository racks

    def "requested on the desk, approved by a supervisor, done on the phone, signed off, read by the auditor"() {
        given:
        String site = 'b' + UUID.randomUUID().toString().take(6)
        sites.save(new Site(site, 'Trung tâm', 'Bắc Kạn', 'Số 1'))
        Room room = rooms.save(Room.of(site, 'Phòng máy chủ', '1', RoomKind.server_room))
        Rack rack = racks.save(Rack.of(room.id(), 'R-' + site, 42))
        String pduLabel = 'PDU-' + site.toUpperCase()
        registry.register(new NewAsset(site, null, rack.id(), 42, 1, null, AssetKind.pdu, 'PDU A', pduLabel, 'APC', 'AP8858', null,
                null, null, null, null, null, null, null, null, null, null), 'spec')
        String label = 'SRV-' + site.toUpperCase()
        def srv = registry.register(new NewAsset(site, room.id(), null, null, null, null, AssetKind.server, 'Máy chủ HIS', label, 'Dell',
                'PowerEdge R650', null, AssetStatus.planned, null, null, null, null, null, null, null, null, null), 'spec')
        def manager = users.person('am-thu', 'Lê Thị Thu', EnumSet.of(Role.asset_manager))
        def approver = users.person('sup-quang', 'Trần Quang', EnumSet.of(Role.supervisor))
        def crew = users.person('tech-nam', 'Phạm Nam', EnumSet.of(Role.maintenance), 'Đội 1')
        def signer = users.person('sup-lan', 'Ngô Lan', EnumSet.of(Role.supervisor))
        def auditor = users.person('audit-mai', 'Đỗ Mai', EnumSet.of(Role.auditor))

        when: 'the asset manager requests the placement'
        signInAs(manager)
        driver.get(server.URL.toString() + '/ui/changes')
        driver.findElement(By.cssSelector('#chg-new summary')).click()
        new Select(driver.findElement(By.id('chg-new-kind'))).selectByValue('install')
        driver.findElement(By.id('chg-new-title')).sendKeys('Đặt máy chủ HIS của Sở Y tế')
        driver.findElement(By.id('chg-new-by')).sendKeys('Nguyễn Văn A (Sở Y tế)')
        driver.findElement(By.id('chg-new-asset')).sendKeys(label)
        new Select(driver.findElement(By.id('chg-new-rack'))).selectByValue(rack.id().toString())
        driver.findElement(By.id('chg-new-u')).sendKeys('10')
        driver.findElement(By.id('chg-new-height')).sendKeys('2')
        new Select(driver.findElement(By.id('chg-new-kind0'))).selectByValue('power_port')
        driver.findElement(By.id('chg-new-port0')).sendKeys('PSU1')
        driver.findElement(By.id('chg-new-far0')).sendKeys(pduLabel + ' / 7')
        driver.findElement(By.id('chg-new-save')).click()
        Browser.waiting(driver, 30).until { it.currentUrl =~ /\/ui\/changes\/\d+$/ }
        String page = driver.currentUrl
        driver.findElement(By.id('chg-submit')).click()

        then: 'submitted; the asset manager is offered no decision'
        status('submitted') == 'submitted'
        driver.findElements(By.id('chg-approve')).isEmpty()

        when: 'a supervisor approves it for crew Đội 1 with the Department decision number'
        signInAs(approver)
        driver.get(page)
        driver.findElement(By.id('chg-ref')).sendKeys('45/QĐ-STTTT')
        driver.findElement(By.id('chg-crew')).sendKeys('Đội 1')
        driver.findElement(By.id('chg-approve')).click()

        then:
        status('scheduled') == 'scheduled'
        driver.findElement(By.id('chg-decision')).text.contains('45/QĐ-STTTT')

        when: 'the technician starts the work order and confirms each step on the phone by the scanned labels'
        signInAs(crew)
        driver.manage().window().setSize(new Dimension(390, 844))
        driver.get(server.URL.toString() + '/ui/workorders')
        driver.findElement(By.cssSelector('.wo-card .wo-next')).click()
        Browser.waiting(driver, 30).until { it.findElement(By.cssSelector('.wo-card .wo-status')).getAttribute('data-status') == 'in_progress' }
        driver.findElement(By.cssSelector('.wo-change a')).click()
        Browser.waiting(driver, 30).until { it.currentUrl == page }
        def texts = driver.findElements(By.cssSelector('.chg-step-text'))*.text
        driver.findElements(By.cssSelector('.chg-step-form')).size().times {
            def form = driver.findElement(By.cssSelector('.chg-step-form'))
            form.findElements(By.className('chg-rack-code')).each { it.sendKeys(rack.name()) }
            form.findElement(By.className('chg-asset-code')).sendKeys(label)
            form.findElement(By.className('chg-confirm')).click()
            Browser.waitUntilGone(driver, form)
        }
        driver.get(server.URL.toString() + '/ui/workorders')
        driver.findElement(By.cssSelector('.wo-card .wo-next')).click()
        Browser.waiting(driver, 30).until { it.findElement(By.cssSelector('.wo-card .wo-status')).getAttribute('data-status') == 'done' }

        then: 'the checklist read in Vietnamese'
        texts == ["Lắp Máy chủ HIS [$label] vào tủ ${rack.name()} tại U 10–11".toString(),
                  "Nối PSU1 của Máy chủ HIS [$label] vào 7 / PDU A (${rack.name()})".toString()]

        when: 'another supervisor signs it off'
        signInAs(signer)
        driver.manage().window().setSize(new Dimension(1280, 900))
        driver.get(page)
        driver.findElement(By.id('chg-signoff')).click()

        then: 'done, and the registry and the outlet show the approved state'
        status('done') == 'done'
        registry.get(srv.id()).rackId() == rack.id()
        registry.get(srv.id()).positionU() == 10
        cabling.peer(cabling.portOf(srv.id(), 'PSU1').get()).get().name() == '7'

        when: 'the auditor reads the thread'
        signInAs(auditor)
        driver.get(page)
        def actions = driver.findElements(By.cssSelector('#chg-thread tr[data-action]'))*.getAttribute('data-action')

        then:
        actions.containsAll(['draft', 'submit', 'approve', 'schedule', 'step', 'sign-off', 'move'])
        driver.findElements(By.id('chg-signoff')).isEmpty()
    }

    private void signInAs(String who) {
        driver.manage().deleteAllCookies()
        String landed = Browser.signIn(driver, server.URL, who, TestUsers.PASSWORD)
        // a sign-in refused (or still on its form) would show as a missing button on the next page: say so here
        assert landed != '/login': "$who was not signed in: ${driver.findElements(By.id('login-error'))*.text}"
    }

    /** The change's status once the page shows {@code expected} (a form posted reloads it), or what it shows after 30 s. */
    private String status(String expected) {
        try {
            Browser.waiting(driver, 30).until { d -> Browser.settled { d.findElement(By.id('chg-status')).getAttribute('data-status') == expected } }
        } catch (org.openqa.selenium.TimeoutException ignored) {
            // the assertion shows what the page says instead
        }
        driver.findElement(By.id('chg-status')).getAttribute('data-status')
    }
}
