package vn.dcim.web.ui.operations

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.network.IspLink
import vn.dcim.core.network.IspLinkCheck
import vn.dcim.core.network.IspLinkCheckRepository
import vn.dcim.core.network.IspLinkRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.centre.Centres
import vn.dcim.core.deadletter.DeadLetter
import vn.dcim.core.notification.Recipients
import vn.dcim.core.deadletter.DeadLetterReason
import vn.dcim.core.deadletter.DeadLetterStore
import vn.dcim.web.ui.pages.OperationsPages
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.nio.charset.StandardCharsets
import java.time.Instant
import java.time.LocalDateTime
import java.time.ZoneId
import java.time.temporal.ChronoUnit

/**
 * The operations screens a shift needs beside the console: the access log filtered by door,
 * person, result and time; the ISP links with their availability; the MQTT messages the bridge
 * refused; the notification recipients kept through a form; and an incident opened by hand.
 */
@MicronautTest(transactional = false)
class OperationsScreensSpec extends SignedInBrowserSpec {
    /** The centre's zone as the product runs here (DCIM_TIME_ZONE; the machine's in specs). */
    @Inject java.time.Clock clock

    @Inject SiteRepository sites
    @Inject AccessLog accessLog
    @Inject IspLinkRepository links
    @Inject IspLinkCheckRepository checks
    @Inject DeadLetterStore deadLetters
    @Inject Centres centres
    @Inject Recipients recipients

    def setup() {
        if (!sites.existsById('ops-site')) {
            sites.save(new Site('ops-site', 'TTDL Cao Bằng', 'Cao Bằng', null))
        }
    }

    def "the access log shows who passed which door, and its filter narrows by person, result and time"() {
        given: 'two swipes yesterday at 08:00 and 09:00 (the centre\'s time), one denied'
        def VN = clock.zone
        def eight = LocalDateTime.now(VN).truncatedTo(ChronoUnit.DAYS).minusDays(1).withHour(8).atZone(VN).toInstant()
        def tag = UUID.randomUUID().toString().take(6)
        accessLog.append([
                new AccessEvent(null, 'door-ops', 'm1-' + tag, 'ops-site', AccessResult.granted, 'B-100', 'Nguyễn Thị Hoa ' + tag,
                        AccessDirection.in, eight, eight),
                new AccessEvent(null, 'door-ops', 'm2-' + tag, 'ops-site', AccessResult.denied, 'B-666', 'Trần Văn Khách ' + tag,
                        AccessDirection.in, eight.plusSeconds(3600), eight.plusSeconds(3600))])
        def page = new OperationsPages(driver, server.URL).open('/ui/access-log')

        expect:
        page.rows('access-events').any { it.contains('Nguyễn Thị Hoa ' + tag) && it.contains('B-100') && it.contains('cho phép') }

        when: 'only the denied ones of that person'
        page.filter(['q-person': tag, 'q-result': 'denied'], 'access-search')

        then:
        page.rows('access-events').size() == 1
        page.rows('access-events')[0].contains('Trần Văn Khách') && page.rows('access-events')[0].contains('từ chối')
        page.rows('access-events')[0].contains(LocalDateTime.ofInstant(eight, VN).toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern('dd/MM/yyyy')) + ' 09:00') // one format, dd/MM/yyyy HH:mm

        when: 'a time range that ends before nine (the centre\'s time)'
        def day = LocalDateTime.ofInstant(eight, VN).toLocalDate().toString()
        page.filter(['q-result': '', 'q-from': day + 'T07:30', 'q-to': day + 'T08:30'], 'access-search')

        then:
        page.rows('access-events').size() == 1
        page.rows('access-events')[0].contains('Nguyễn Thị Hoa ' + tag)
    }

    def "the ISP links show their last probe and the month's availability"() {
        given:
        def link = links.save(new IspLink(null, 'ops-site', 'VNPT', 'CB-' + UUID.randomUUID().toString().take(4), 'eth1', null, null, '8.8.8.8'))
        def now = Instant.now()
        checks.saveAll([new IspLinkCheck(null, link.id(), now.minusSeconds(120), true, 0, 12.5d, null),
                        new IspLinkCheck(null, link.id(), now.minusSeconds(60), false, 100, null, 'timeout'),
                        new IspLinkCheck(null, link.id(), now, true, 0, 11.0d, null)])

        when:
        def page = new OperationsPages(driver, server.URL).open('/ui/isp-links')
        def row = driver.findElement(org.openqa.selenium.By.id('link-' + link.id())).text

        then:
        row.contains('VNPT')
        row.contains('thông')
        row.contains('11.0 ms') || row.contains('11,0 ms')
        row.contains('2 / 3')

        when: 'another month, without probes'
        page.filter(['q-month': '2020-01'], 'month-show')

        then:
        driver.findElement(org.openqa.selenium.By.id('link-' + link.id())).text.contains('0')
        driver.findElement(org.openqa.selenium.By.cssSelector("#link-${link.id()} .availability")).text == '—'
    }

    def "refused MQTT messages are counted per reason and listed with why; the filter keeps one reason"() {
        given:
        def tag = UUID.randomUUID().toString().take(6)
        deadLetters.append([DeadLetter.of(Instant.now(), DeadLetterReason.not_json, 'not JSON: unexpected character',
                'dcim/ops-site/sensor/s-' + tag + '/metric', 'temp=21'.getBytes(StandardCharsets.UTF_8)),
                            DeadLetter.of(Instant.now(), DeadLetterReason.unknown_device, 'no enabled MQTT device x-' + tag,
                'dcim/ops-site/sensor/x-' + tag + '/metric', '{"metrics":[]}'.getBytes(StandardCharsets.UTF_8))])

        when:
        def page = new OperationsPages(driver, server.URL).open('/ui/dead-letters')

        then:
        page.text('dl-count-not_json').startsWith('không phải JSON: ')
        page.rows('dead-letters').any { it.contains('s-' + tag) && it.contains('temp=21') }

        when:
        page.filter(['q-reason': 'unknown_device'], 'dl-show')

        then:
        page.rows('dead-letters').every { it.contains('thiết bị không xác định') }
        page.rows('dead-letters').any { it.contains('x-' + tag) }
        !page.rows('dead-letters').any { it.contains('s-' + tag) }
    }

    def "a recipient is added, changed and removed through the form; a bad e-mail address is refused"() {
        given:
        def name = 'Trực ca ' + UUID.randomUUID().toString().take(4)
        def page = new OperationsPages(driver, server.URL).open('/ui/recipients')

        when:
        page.recipient(name: name, role: 'operator', channel: 'email', address: 'khong-phai-email')

        then:
        page.recipientRefused().contains('address')

        when:
        page.recipient(address: 'truc-ca@ttdl.example.vn').saveRecipient(name)

        then:
        page.rows('recipients').any { it.contains(name) && it.contains('truc-ca@ttdl.example.vn') && it.contains('trực ca vận hành') }

        when:
        page.editRecipient(name).recipient(address: 'lanh-dao@ttdl.example.vn', role: 'leader').saveRecipient('lanh-dao@ttdl.example.vn')

        then:
        page.rows('recipients').any { it.contains(name) && it.contains('lãnh đạo') }

        when:
        page.deleteRecipient(name)

        then:
        !page.rows('recipients').any { it.contains(name) }
    }

    def "a recipient kept for one centre through the form answers for that centre; edited back, for the whole province"() {
        given: 'a centre of the province'
        def tag = UUID.randomUUID().toString().take(4)
        def centre = centres.add('ops-' + tag, 'Trung tâm Bắc Kạn ' + tag, 'Thái Nguyên', 'spec')
        def name = 'Giám sát ' + tag
        def page = new OperationsPages(driver, server.URL).open('/ui/recipients')

        when: 'added for that centre alone'
        page.recipient(name: name, role: 'supervisor', channel: 'email', address: "gs-${tag}@ttdl.example.vn", centreId: centre.id())
                .saveRecipient(name)

        then: 'the table says which centre it answers for, and so does what is stored'
        page.rows('recipients').any { it.contains(name) && it.contains('Trung tâm Bắc Kạn ' + tag) }
        recipients.all().find { it.name() == name }.centreId() == centre.id()

        when: 'edited: the form comes back with its centre, and is set to the whole province'
        page.editRecipient(name)
        def shownCentre = page.recipientCentre()
        page.recipient(centreId: '').saveRecipient { List<String> rows -> rows.any { it.contains(name) && !it.contains('Trung tâm Bắc Kạn ' + tag) } }

        then:
        shownCentre == centre.id().toString()
        recipients.all().find { it.name() == name }.centreId() == null
        page.rows('recipients').any { it.contains(name) && it.contains('toàn tỉnh') }

        cleanup:
        page?.deleteRecipient(name)
    }

    def "an incident is opened by hand from the incidents list"() {
        given:
        def page = new OperationsPages(driver, server.URL).open('/ui/incidents')
        driver.findElement(org.openqa.selenium.By.id('open-incident-link')).click()

        when:
        def at = page.openIncident('Rò rỉ nước trần phòng máy', 'ops-site', 'serious')

        then:
        at ==~ /.*\/ui\/incidents\/\d+$/
        driver.pageSource.contains('Rò rỉ nước trần phòng máy')
    }

    def "the operations screens are in the navigation of those who may read them"() {
        when:
        new OperationsPages(driver, server.URL).open('/ui/access-log')
        def nav = driver.findElements(org.openqa.selenium.By.cssSelector('#nav a'))*.getAttribute('id')

        then:
        nav.containsAll(['nav-monitoring', 'nav-access-log', 'nav-isp-links', 'nav-dead-letters', 'nav-recipients'])
    }
}
