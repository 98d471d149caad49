package vn.dcim.web.api

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import vn.dcim.core.testing.MariaDbSpec

@MicronautTest(transactional = false)
class ReportApiSpec extends MariaDbSpec {

    @Inject @Client('/') HttpClient client

    def "the equipment report downloads as #format"() {
        when:
        def response = client.toBlocking().exchange(HttpRequest.GET("/api/reports/equipment?period=2026-Q3&format=${format}"), byte[])

        then:
        response.contentType.get().toString() == type
        response.header('Content-Disposition').contains("bao-cao-thiet-bi-2026-Q3.${format}")
        check(response.body())

        where:
        format | type                                                                  | check
        'xlsx' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'   | { byte[] b -> new XSSFWorkbook(new ByteArrayInputStream(b)).numberOfSheets >= 8 }
        'pdf'  | 'application/pdf'                                                     | { byte[] b -> new String(b, 0, 5) == '%PDF-' }
    }

    def "a wrong #field is refused naming it"() {
        when:
        client.toBlocking().retrieve("/api/reports/equipment?${query}")

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == 422
        e.response.getBody(Map).get().fields[0].field == field

        where:
        query                               || field
        'period=2026-Q9'                    || 'period'
        'period=2026&format=docx'           || 'format'
        'period=2026&lang=fr'               || 'lang'
    }

    def "the reports page offers quarters and years"() {
        expect:
        client.toBlocking().retrieve('/ui/reports').with { it.contains('report-form') && it.contains('-Q') }
    }
}
