package vn.dcim.web.ui.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import vn.dcim.web.i18n.EnglishWords
import vn.dcim.web.ui.pages.CompliancePage
import vn.dcim.web.ui.pages.SignedInBrowserSpec

/** The compliance screen lists every requirement with state, since and evidence; the evidence is one click away; the report downloads. */
@MicronautTest(transactional = false)
class ComplianceScreenSpec extends SignedInBrowserSpec {

    def "every requirement of both texts and of the personal data law is listed with its state and since"() {
        when:
        def page = new CompliancePage(driver, server.URL).open()

        then:
        page.ids().size() == 179
        page.ids().containsAll(['R-003-06.5', 'R-003-25.3', 'R-000-08.1'])
        page.state('R-003-25.3') == 'Không đạt'
        page.state('R-003-27.6') == 'Chưa đủ dữ liệu'
        page.since('R-003-25.3')
    }

    def "in Vietnamese no row shows an English-only word in its kind, state, summary or evidence labels"() {
        given: 'the reader chose Vietnamese'
        def page = new CompliancePage(driver, server.URL)
        driver.get("${server.URL}/ui/compliance")
        driver.manage().addCookie(new org.openqa.selenium.Cookie('lang', 'vi', '/'))
        page.open()
        // the names of records are data, shown as their register holds them: the shipped maintenance plans are bilingual
        List plans = new org.yaml.snakeyaml.Yaml().load(getClass().getResourceAsStream('/maintenance/plans.yaml'))
        def onlyEnglish = EnglishWords.onlyEnglish() - EnglishWords.words(plans*.name*.toString())

        when:
        def english = page.shownTexts().collectEntries { id, text ->
            [(id): text.toLowerCase().split(/[^\p{L}]+/).findAll { it in onlyEnglish }]
        }.findAll { it.value }

        then: 'the sentences of the checks are told from messages_vi'
        english == [:]
        page.summary('R-003-25.3').startsWith('đang phục vụ qua HTTP không mã hóa')
        page.summary('R-003-27.6') in ['chưa ghi nhận nhiệm vụ đánh giá lỗ hổng bảo mật toàn hệ thống',
                                       'đánh giá lỗ hổng bảo mật toàn hệ thống đã lên kế hoạch, chưa đến hạn']
        page.shownTexts()['R-003-21.3a'].contains('thiết bị')

        when: 'the reader switches to English'
        driver.manage().addCookie(new org.openqa.selenium.Cookie('lang', 'en', '/'))
        page.open()

        then: 'the same sentence in English'
        page.summary('R-003-25.3').startsWith('served over plain HTTP')

        cleanup: 'the other features read the screen in Vietnamese, the default'
        driver.manage().deleteCookieNamed('lang')
    }

    def "an evidence link leads to the records that decide the row"() {
        given:
        def page = new CompliancePage(driver, server.URL).open()

        expect:
        page.evidence('R-003-21.3a').any { it.endsWith('/ui/devices') }

        when:
        page.followEvidence('R-003-21.3a')

        then:
        driver.currentUrl.endsWith('/ui/devices')
    }

    def "the auditor's report of the current quarter downloads as #format"() {
        given:
        def page = new CompliancePage(driver, server.URL).open()

        when:
        def answer = page.download(page.reportHref(format))

        then:
        answer.startsWith("200 $type")
        (answer.split(' ').last() as long) > 1000

        where:
        format || type
        'pdf'  || 'application/pdf'
        'xlsx' || 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    }

    def "a responsible role attests a requirement from the screen"() {
        given:
        def page = new CompliancePage(driver, server.URL).open()

        expect:
        page.state('R-003-36.3-rec') == 'Chưa đủ dữ liệu'

        when:
        page.attest('R-003-36.3-rec', 'Nội quy TTTHDL ban hành ngày 01/10/2026')

        then:
        page.state('R-003-36.3-rec') == 'Đã xác nhận'
        page.evidence('R-003-36.3-rec').any { it.endsWith('/ui/compliance/R-003-36.3-rec#attestations') }
    }

    def "an attestation with a document from the screen: the document is uploaded, kept, and downloads from the requirement's page the row's evidence opens"() {
        given:
        def page = new CompliancePage(driver, server.URL).open()
        def pdf = '%PDF-1.4\n%%EOF\n'.getBytes('ISO-8859-1')
        def file = java.nio.file.Files.write(java.nio.file.Files.createTempDirectory('attest').resolve('kiem-tra-chong-set.pdf'), pdf)

        when:
        page.attest('R-003-05.1', 'Biên bản phân công nhiệm vụ', file)
        def link = page.evidence('R-003-05.1').find { it.contains('#attestation-') }

        then:
        page.state('R-003-05.1') == 'Đã xác nhận'
        link != null

        when: 'the auditor follows it'
        driver.get(link)
        def document = driver.findElement(org.openqa.selenium.By.cssSelector('#attestation-list a.document-link')).getAttribute('href')

        then:
        document.contains('/api/documents/')
        page.download(document) == "200 application/pdf ${pdf.length}"
    }
}
