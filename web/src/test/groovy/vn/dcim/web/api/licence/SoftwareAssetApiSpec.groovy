package vn.dcim.web.api.licence

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

import java.time.LocalDate

import static vn.dcim.web.testing.Refused.failure

@MicronautTest(transactional = false)
class SoftwareAssetApiSpec extends MariaDbSpec {
    @Inject @Client('/') HttpClient client
    @Inject Places places

    Places.Placement at

    def setup() {
        at = places.roomedSite('sw-')
    }

    Map body(Map m = [:]) {
        [siteId: at.siteId, name: 'Hệ thống quản lý văn bản', value: 250000000, criticality: 'high',
         purpose: 'Quản lý văn bản điều hành', scopeOfUse: 'Các sở, ngành', managingBody: 'Sở TTTT',
         licenceInformation: 'Hợp đồng 15/2026/HĐ-STTTT', version: '5.1', storageLocation: 'Máy chủ ứng dụng 02',
         confidentiality: 'medium', integrity: 'high', availability: 'medium', licenceKind: 'subscription', seats: 2,
         licenceExpiry: LocalDate.now().plusYears(1).toString()] + m
    }

    Map asset(String name) {
        client.toBlocking().retrieve(HttpRequest.POST('/api/assets', [siteId: at.siteId, kind: 'server', name: name,
                labelCode: 'SW-' + UUID.randomUUID().toString().take(8).toUpperCase(), roomId: at.room.id()]), Map)
    }

    Map post(Map body) {
        client.toBlocking().retrieve(HttpRequest.POST('/api/software-assets', body), Map)
    }

    def "a software asset is registered with the Art. 10.1 fields, its risk class and where it is installed"() {
        given:
        def server = asset('Máy chủ ứng dụng 02')

        when:
        def created = post(body(installedOn: [server.id]))
        def read = client.toBlocking().retrieve("/api/software-assets/${created.id}", Map)

        then:
        read.name == 'Hệ thống quản lý văn bản'
        read.value == 250000000
        read.scopeOfUse == 'Các sở, ngành'
        read.managingBody == 'Sở TTTT'
        read.storageLocation == 'Máy chủ ứng dụng 02'
        read.riskClass == 'high'
        read.installedOn == [server.id]
        !read.findings
    }

    def "a missing Art. 10.1 field answers 422 naming #field"() {
        when:
        def e = failure { post(body((field): value)) }

        then:
        e.status == HttpStatus.UNPROCESSABLE_ENTITY
        e.response.getBody(Map).get().fields*.field.contains(field)

        where:
        field             | value
        'name'            | ''
        'value'           | null
        'criticality'     | null
        'purpose'         | ' '
        'scopeOfUse'      | null
        'managingBody'    | ''
        'version'         | null
        'storageLocation' | ''
        'confidentiality' | null
        'seats'           | 0
        'installedOn'     | [999999999]
        'siteId'          | 'no-such-site'
    }

    def "software without licence information is kept and shown as an Art. 10.3 finding, here and in /api/findings"() {
        when:
        def created = post(body(licenceInformation: null, licenceKind: null))
        def all = client.toBlocking().retrieve("/api/findings?entityType=software_asset&article=10.3&limit=500", Map)
        def filtered = client.toBlocking().retrieve("/api/software-assets?siteId=${at.siteId}&finding=missing_licence", Map)

        then:
        created.findings*.code as Set == ['missing_licence', 'not_licensed'] as Set
        all.results.findAll { it.entityId == created.id }*.code as Set == ['missing_licence', 'not_licensed'] as Set
        filtered.count == 1
    }

    def "a licence expiring within the window is a finding, an expired one too"() {
        when:
        def soon = post(body(licenceExpiry: LocalDate.now().plusDays(30).toString()))
        def past = post(body(licenceExpiry: LocalDate.now().minusDays(1).toString()))
        def later = post(body(licenceExpiry: LocalDate.now().plusDays(61).toString()))

        then:
        soon.findings*.code == ['licence_expiring']
        past.findings*.code == ['licence_expired']
        !later.findings
    }

    def "a replace and a delete are audited with before and after; the list filters and pages"() {
        given:
        def created = post(body())
        post(body(name: 'Cổng thông tin', confidentiality: 'low', integrity: 'low', availability: 'low'))

        when:
        def updated = client.toBlocking().retrieve(HttpRequest.PUT("/api/software-assets/${created.id}",
                body(version: '5.2')), Map)
        def high = client.toBlocking().retrieve("/api/software-assets?siteId=${at.siteId}&riskClass=high", Map)
        def paged = client.toBlocking().retrieve("/api/software-assets?siteId=${at.siteId}&limit=1", Map)
        client.toBlocking().exchange(HttpRequest.DELETE("/api/software-assets/${created.id}"))
        def events = client.toBlocking().retrieve("/api/audit-events?entityType=software_asset&entityId=${created.id}", Map)

        then:
        updated.version == '5.2'
        high.count == 1
        paged.count == 2
        paged.results.size() == 1
        paged.next != null
        events.results*.action == ['delete', 'update', 'create']
        events.results[1].before.contains('"version":"5.1"')
        events.results[1].after.contains('"version":"5.2"')
        events.results[0].after == null
        failure { client.toBlocking().retrieve("/api/software-assets/${created.id}", Map) }.status == HttpStatus.NOT_FOUND
    }
}
