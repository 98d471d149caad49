package vn.dcim.web.ui.registry

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.By
import vn.dcim.web.pdf.LabelSize
import vn.dcim.web.pdf.PhoneScan
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.time.LocalDate

@MicronautTest(transactional = false)
class RegistryScreenSpec extends SignedInBrowserSpec {
    @Inject @Client('/') HttpClient client



    Map post(String uri, Map body) {
        client.toBlocking().retrieve(HttpRequest.POST(uri, body), Map)
    }

    def "an asset registered in the form is found in the list, its label's QR code opens its page, the change is in the audit log"() {
        given:
        def tag = UUID.randomUUID().toString().take(6).toUpperCase()
        def siteId = 'ui-' + tag
        post('/api/sites', [id: siteId, name: 'TTTHDL Yên Bái'])
        def room = post('/api/rooms', [siteId: siteId, name: 'Phòng máy chủ', kind: 'server_room'])
        def rack = post('/api/racks', [roomId: room.id, name: 'R07', heightU: 42])

        when: 'the asset manager registers the server in the form'
        driver.get("${server.URL}/ui/assets")
        driver.findElement(By.id('new-asset-link')).click()
        def form = driver.findElement(By.id('new-asset'))
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name('kind'))).selectByValue('server')
        form.findElement(By.name('name')).sendKeys("Máy chủ ứng dụng ${tag}")
        form.findElement(By.name('labelCode')).sendKeys("YB-${tag}")
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name('place'))).selectByValue("${siteId}|${room.id}|${rack.id}".toString())
        form.findElement(By.name('positionU')).sendKeys('12')
        form.findElement(By.name('heightU')).clear()
        form.findElement(By.name('heightU')).sendKeys('2')
        form.findElement(By.name('owningAgency')).sendKeys('Sở Nội vụ')
        form.findElement(By.id('save-asset')).click()
        Browser.waiting(driver, 10).until { driver.currentUrl ==~ /.*\/ui\/assets\/\d+\?saved=1$/ }
        def asset = [id: (driver.currentUrl =~ /(\d+)\?saved=1$/)[0][1] as long]

        then: 'its page opens and says the asset was saved, where it stands and what it cost'
        driver.findElement(By.id('saved-note')).text == 'Đã lưu'
        driver.findElement(By.id('asset-place')).text.startsWith('TTTHDL Yên Bái › Phòng máy chủ › R07 › U12')
        driver.findElement(By.id('asset-label')).text == "YB-${tag}"

        when: 'the asset manager searches the list and opens the asset'
        driver.get("${server.URL}/ui/assets?q=YB-${tag}")
        def rows = driver.findElements(By.cssSelector('#assets tbody tr'))
        rows[0].findElement(By.tagName('a')).click()

        then:
        rows.size() == 1
        driver.findElement(By.id('asset-label')).text == "YB-${tag}"
        driver.findElement(By.id('asset-history')).text.contains('spec-all')

        when: 'the label is printed from the asset page and its QR code scanned'
        def href = driver.findElement(By.id('asset-label-pdf')).getAttribute('href')
        byte[] pdf = client.toBlocking().retrieve(HttpRequest.GET(URI.create(href).rawPath + '?' + URI.create(href).rawQuery), byte[])
        def scanned = PhoneScan.firstLabel(pdf, LabelSize.a4, 200)
        driver.get('about:blank')
        driver.get(scanned)

        then: 'the scanned URL opens the asset page'
        scanned == "http://localhost:${server.port}/ui/assets/${asset.id}".toString()
        driver.findElement(By.id('asset-name')).text == "Máy chủ ứng dụng ${tag}"
        driver.findElement(By.id('asset-label')).text == "YB-${tag}"

        when: 'the rack elevation is opened from the asset page'
        driver.findElement(By.cssSelector('#asset-details a[href^="/ui/racks/"]')).click()

        then:
        driver.findElement(By.id('u-12')).text.contains("Máy chủ ứng dụng ${tag} (2U)")
        driver.findElement(By.cssSelector('#u-13 td.used')) != null
        driver.findElement(By.id('u-14')).findElements(By.cssSelector('td.used')).isEmpty()

        when: 'the administrator browses the audit log by actor'
        driver.get("${server.URL}/ui/admin?actor=spec-all&entityType=asset&entityId=${asset.id}")
        def audited = driver.findElements(By.cssSelector('#audit tbody tr'))

        then:
        audited.size() == 1
        audited[0].text.contains('Tạo mới')
        audited[0].text.contains("YB-${tag}")
    }

    def "the licence list colours expired licences red and those within the window amber"() {
        given:
        def siteId = 'uil-' + UUID.randomUUID().toString().take(6)
        post('/api/sites', [id: siteId, name: 'TTTHDL'])
        Map base = [siteId: siteId, value: 1000, criticality: 'normal', purpose: 'p', scopeOfUse: 's', managingBody: 'Sở TTTT',
                    licenceInformation: 'HĐ 1', version: '1', storageLocation: 'MC1', confidentiality: 'low',
                    integrity: 'low', availability: 'low', licenceKind: 'subscription']
        def expired = post('/api/software-assets', base + [name: 'Hết hạn', licenceExpiry: LocalDate.now().minusDays(3).toString()])
        def soon = post('/api/software-assets', base + [name: 'Sắp hết', licenceExpiry: LocalDate.now().plusDays(20).toString()])
        def fine = post('/api/software-assets', base + [name: 'Còn hạn', licenceExpiry: LocalDate.now().plusYears(2).toString()])

        when:
        driver.get("${server.URL}/ui/licences")

        then:
        driver.findElement(By.tagName('section')).text.contains('60 ngày')
        expiryClass(expired.id).contains('expiry-expired')
        expiryClass(soon.id).contains('expiry-soon')
        expiryClass(fine.id).contains('expiry-ok')
        driver.findElement(By.cssSelector("#licence-${expired.id} td.expiry")).getCssValue('color') == 'rgba(153, 0, 0, 1)'
    }

    def "the reports page offers the period, the format and the language"() {
        when:
        driver.get("${server.URL}/ui/reports")

        then:
        driver.findElement(By.cssSelector('#report-form input[name=period]')).getAttribute('value') ==~ /\d{4}-Q[1-4]/
        driver.findElements(By.cssSelector('#report-form select[name=format] option'))*.getAttribute('value') == ['xlsx', 'pdf']
    }

    String expiryClass(id) {
        driver.findElement(By.cssSelector("#licence-${id} td.expiry")).getAttribute('class')
    }
}
