package vn.dcim.web.ui.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import vn.dcim.web.ui.pages.CompliancePage
import vn.dcim.web.ui.pages.SignedInBrowserSpec

/** Issue 22: the compliance screen lists every requirement with state, since and evidence; the evidence is one click away; the report downloads. */
@MicronautTest(transactional = false)
class ComplianceScreenSpec extends SignedInBrowserSpec {

    def "every requirement of both texts is listed with its state and since"() {
        when:
        def page = new CompliancePage(driver, server.URL).open()

        then:
        page.ids().size() == 176
        page.ids().containsAll(['R-003-06.5', 'R-003-25.3', 'R-000-08.1'])
        page.state('R-003-25.3') == 'Không đạt'
        page.state('R-003-27.6') == 'Chưa đủ dữ liệu'
        page.since('R-003-25.3')
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
        page.evidence('R-003-36.3-rec').any { it.endsWith('/api/compliance/R-003-36.3-rec/attestations') }
    }
}
