package vn.dcim.web.api.asset

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

import static vn.dcim.web.testing.Refused.failure

@MicronautTest(transactional = false)
class AssetApiSpec extends MariaDbSpec {
    /** Pages over five rows: the first, one ending on the last row, one inside, one past the end, one after it. */
    static final List<List<Integer>> FIVE_ROWS_PAGES = [[2, 0], [2, 3], [3, 1], [10, 4], [2, 5]]

    @Inject @Client('/') HttpClient client
    @Inject Places places

    Places.Placement at

    def setup() {
        at = places.rackedSite('api-', 'A1')
    }

    Map post(Map body) {
        def req = HttpRequest.POST('/api/assets', body)
        client.toBlocking().retrieve(req, Map)
    }

    Map body(Map m = [:]) {
        [siteId: at.siteId, kind: 'server', name: 'Máy chủ CSDL 01', labelCode: 'BKN-' + UUID.randomUUID().toString().take(8).toUpperCase(),
         rackId: at.rack.id(), positionU: 10, heightU: 2, status: 'in_service', owningAgency: 'Sở Tài chính'] + m
    }

    def "an asset is registered in a rack and read back with its history"() {
        when:
        def created = post(body(labelCode: 'BKN-SRV-API1'))
        def detail = client.toBlocking().retrieve("/api/assets/${created.id}", Map)

        then:
        created.labelCode == 'BKN-SRV-API1'
        created.roomId == at.room.id()
        detail.asset.owningAgency == 'Sở Tài chính'
        detail.history*.to == ['in_service']
        detail.history[0].by == 'spec-all'
        !detail.findings // empty lists are left out of the JSON
    }

    def "a duplicate labelCode answers 409 naming labelCode"() {
        given:
        post(body(labelCode: 'BKN-DUP-API', rackId: null, roomId: at.room.id()))

        when:
        def e = failure { post(body(labelCode: 'BKN-DUP-API', rackId: null, roomId: at.room.id())) }

        then:
        e.status == HttpStatus.CONFLICT
        e.response.getBody(Map).get().fields*.field == ['labelCode']
    }

    def "an occupied rack position answers 409 naming positionU"() {
        given:
        post(body(positionU: 30, heightU: 2))

        when:
        def e = failure { post(body(positionU: 31, heightU: 1)) }

        then:
        e.status == HttpStatus.CONFLICT
        e.response.getBody(Map).get().fields*.field == ['positionU']
    }

    def "invalid input answers 422 naming #field"() {
        when:
        def e = failure { post(body(change)) }

        then:
        e.status == HttpStatus.UNPROCESSABLE_ENTITY
        e.response.getBody(Map).get().fields*.field.contains(field)

        where:
        change                          || field
        [kind: null]                    || 'kind'
        [name: '']                      || 'name'
        [labelCode: null]               || 'labelCode'
        [labelCode: 'bad label']        || 'labelCode'
        [rackId: null, positionU: null] || 'roomId'
        [positionU: 0]                  || 'positionU'
    }

    def "a status change needs a reason, is recorded with who and why, and raises the Art. 6.1 finding"() {
        given:
        def a = post(body(rackId: null, roomId: at.room.id()))

        when:
        def req = HttpRequest.POST("/api/assets/${a.id}/status", [status: 'faulty', reason: 'Hỏng nguồn'])
        client.toBlocking().retrieve(req, Map)
        def detail = client.toBlocking().retrieve("/api/assets/${a.id}", Map)

        then:
        detail.asset.status == 'faulty'
        detail.history*.to == ['in_service', 'faulty']
        detail.history[1].reason == 'Hỏng nguồn'
        detail.history[1].by == 'spec-all'
        detail.findings*.article == ['6.1']

        when:
        def e = failure { client.toBlocking().retrieve(HttpRequest.POST("/api/assets/${a.id}/status", [status: 'under_repair']), Map) }

        then:
        e.status == HttpStatus.UNPROCESSABLE_ENTITY
        e.response.getBody(Map).get().fields*.field == ['reason']
    }

    def "the list filters, pages and counts"() {
        given:
        def tag = UUID.randomUUID().toString().take(6).toUpperCase()
        3.times { post(body(rackId: null, roomId: at.room.id(), kind: 'ups', name: "UPS ${tag} ${it}".toString())) }
        post(body(rackId: null, roomId: at.room.id(), kind: 'camera', name: "Camera ${tag}".toString()))

        when:
        def page1 = client.toBlocking().retrieve("/api/assets?siteId=${at.siteId}&kind=ups&limit=2", Map)
        def page2 = client.toBlocking().retrieve(page1.next as String, Map)
        def search = client.toBlocking().retrieve("/api/assets?q=camera%20${tag}", Map)

        then:
        page1.count == 3
        page1.results.size() == 2
        page2.results.size() == 1
        page2.next == null
        search.count == 1
        search.results[0].kind == 'camera'
    }

    def "a search ignores diacritics and case: '#q' finds the asset named 'Cảm biến nhiệt độ Đông'"() {
        given:
        def tag = UUID.randomUUID().toString().take(6).toUpperCase()
        String name = "Cảm biến nhiệt độ Đông ${tag}"
        post(body(rackId: null, roomId: at.room.id(), kind: 'sensor', name: name))

        when:
        def search = client.toBlocking().retrieve("/api/assets?limit=1000&q=${URLEncoder.encode(q, 'UTF-8')}", Map)

        then:
        search.results*.name.contains(name)

        where:
        q << ['cam bien', 'CAM BIEN NHIET DO', 'Cảm biến', 'nhiet do dong']
    }

    def "every change lands in the audit log, filterable by entity and actor"() {
        given:
        def a = post(body(rackId: null, roomId: at.room.id()))
        client.toBlocking().retrieve(HttpRequest.POST("/api/assets/${a.id}/status", [status: 'under_repair', reason: 'bảo trì']), Map)

        when:
        def events = client.toBlocking().retrieve("/api/audit-events?entityType=asset&entityId=${a.id}", Map)
        def byActor = client.toBlocking().retrieve("/api/audit-events?actor=spec-all&action=status", Map)

        then:
        events.count == 2
        events.results*.action == ['status', 'create']
        events.results*.actor == ['spec-all', 'spec-all']
        events.results[0].before.contains('"status":"in_service"')
        events.results[0].after.contains('"status":"under_repair"')
        byActor.results*.entityId.contains(a.id.toString())
    }

    def "the audit log pages in SQL: #limit from offset #offset of the asset's 5 events"() {
        given: 'an asset created and changed four times: five events, newest first'
        def a = post(body(rackId: null, roomId: at.room.id()))
        ['under_repair', 'in_service', 'under_repair', 'in_service'].each {
            client.toBlocking().retrieve(HttpRequest.POST("/api/assets/${a.id}/status", [status: it, reason: 'bảo trì']), Map)
        }
        def all = client.toBlocking().retrieve("/api/audit-events?entityType=asset&entityId=${a.id}", Map).results*.id

        when:
        def page = client.toBlocking().retrieve("/api/audit-events?entityType=asset&entityId=${a.id}&limit=$limit&offset=$offset", Map)

        then:
        all.size() == 5
        page.count == 5
        (page.results ?: [])*.id == all.drop(offset).take(limit)

        where:
        [limit, offset] << FIVE_ROWS_PAGES
    }

    def "the asset list pages in SQL: #limit from offset #offset of a site's 5 assets, filtered before counting"() {
        given: "five assets of the site, and one of another kind that the filter leaves out"
        5.times { post(body(rackId: null, roomId: at.room.id(), kind: 'server', name: "Máy chủ $it".toString())) }
        post(body(rackId: null, roomId: at.room.id(), kind: 'sensor', name: 'Cảm biến'))
        def all = client.toBlocking().retrieve("/api/assets?siteId=${at.siteId}&kind=server&limit=1000", Map).results*.id

        when:
        def page = client.toBlocking().retrieve("/api/assets?siteId=${at.siteId}&kind=server&limit=$limit&offset=$offset", Map)

        then: "the page is the slice of the whole list by id, and the count is the filter's"
        all.size() == 5
        all == all.sort(false)
        page.count == 5
        (page.results ?: [])*.id == all.drop(offset).take(limit)
        (page.next != null) == (offset + limit < 5)
        (page.previous != null) == (offset > 0)

        where:
        [limit, offset] << FIVE_ROWS_PAGES
    }

    def "an unknown asset is 404"() {
        expect:
        failure { client.toBlocking().retrieve('/api/assets/999999999', Map) }.status == HttpStatus.NOT_FOUND
    }
}
