package vn.dcim.web.ui.records

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.openqa.selenium.Cookie
import vn.dcim.core.db.Jdbc
import vn.dcim.web.ui.pages.RecordsPage
import vn.dcim.web.ui.pages.SignedInBrowserSpec

import java.nio.file.Files
import java.nio.file.Path

/** Art. 12.1: the records register screen lists records by type and adds one with its document, in both languages. */
@MicronautTest(transactional = false)
class RecordsScreenSpec extends SignedInBrowserSpec {
    @Inject Jdbc jdbc

    static final byte[] PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'.getBytes('ISO-8859-1')

    Path file(String name, byte[] content) {
        Path dir = Files.createTempDirectory('records-screen')
        Files.write(dir.resolve(name), content)
    }

    def setup() {
        jdbc.update('clear', 'DELETE FROM kept_record')
    }

    def cleanup() {
        driver.manage().deleteCookieNamed('lang')
    }

    def "a supervisor adds a record with its document; it is listed under its type with the document one click away"() {
        given:
        def page = new RecordsPage(driver, server.URL).open()

        when:
        page.add([recordType: 'h', title: 'Biên bản kiểm tra PCCC năm 2026', periodFrom: '2026-03-01',
                  storedAt: 'Tủ hồ sơ P.201', responsible: 'Nguyễn Văn Bình'], file('bien-ban-pccc.pdf', PDF))

        then: 'the list of its type, in Vietnamese by default'
        page.error() == ''
        page.heading() == 'Hồ sơ lưu trữ'
        page.titles() == ['Biên bản kiểm tra PCCC năm 2026']
        page.typeOf('Biên bản kiểm tra PCCC năm 2026').startsWith('h) Tài liệu, biên bản kiểm tra')
        page.document('Biên bản kiểm tra PCCC năm 2026')[0] == 'bien-ban-pccc.pdf'

        and: 'the document comes back as it was uploaded'
        page.download(page.document('Biên bản kiểm tra PCCC năm 2026')[1]) == "200 application/pdf ${PDF.length}"

        when: 'another type is shown'
        page.showType('i')

        then:
        page.titles() == []

        when: 'the reader switches to English'
        driver.manage().addCookie(new Cookie('lang', 'en', '/'))
        page.open('h')

        then:
        page.heading() == 'Records register'
        page.typeOf('Biên bản kiểm tra PCCC năm 2026').startsWith('h) Inspection and assessment documents')
    }

    def "a document of a type not kept is refused on the screen with the API's reason, and no record is added"() {
        given:
        def page = new RecordsPage(driver, server.URL).open()

        when:
        page.add([recordType: 'i', title: 'Nhật ký vận hành', periodFrom: '2026-10-01', storedAt: 'Máy chủ tệp', responsible: 'Trần Thị Hoa'],
                file('nhat-ky.html', '<script>alert(1)</script>'.bytes))

        then:
        page.error().contains('text/html')
        new RecordsPage(driver, server.URL).open().titles() == []
    }
}
