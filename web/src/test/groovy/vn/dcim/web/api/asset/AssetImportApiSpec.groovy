package vn.dcim.web.api.asset

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

@MicronautTest(transactional = false)
class AssetImportApiSpec extends MariaDbSpec {
    @Inject @Client('/') HttpClient client
    @Inject Places places
    @Inject AssetRepository assets

    Places.Placement at
    String tag

    def setup() {
        tag = UUID.randomUUID().toString().take(6).toUpperCase()
        at = places.racked(places.siteWithId('imp-' + tag, 'TTTHDL', 'Hà Giang', null), 'R1')
    }

    HttpResponseOrError upload(String csv, boolean dryRun, boolean skipInvalid = false) {
        upload(csv.getBytes('UTF-8'), 'text/csv', dryRun, skipInvalid)
    }

    HttpResponseOrError upload(byte[] bytes, String type, boolean dryRun, boolean skipInvalid = false) {
        try {
            def r = client.toBlocking().exchange(HttpRequest.POST("/api/assets/import?dryRun=${dryRun}&skipInvalid=${skipInvalid}", bytes)
                    .contentType(MediaType.of(type)), Map)
            new HttpResponseOrError(r.status, r.body())
        } catch (HttpClientResponseException e) {
            new HttpResponseOrError(e.status, e.response.getBody(Map).orElse(null))
        }
    }

    static class HttpResponseOrError {
        HttpStatus status
        Map body

        HttpResponseOrError(HttpStatus status, Map body) {
            this.status = status
            this.body = body
        }
    }

    String csvWithBadRows() {
        """siteId,roomId,rackId,positionU,heightU,kind,name,labelCode,owningAgency,warrantyEnd
${at.siteId},,${at.rack.id()},10,2,server,"Máy chủ, CSDL 01",HG-${tag}-1,Sở Tài chính,2028-01-31
${at.siteId},,${at.rack.id()},11,1,server,Máy chủ 02,HG-${tag}-2,,
${at.siteId},${at.room.id()},,,,toaster,Máy nướng,HG-${tag}-3,,
${at.siteId},${at.room.id()},,,,ups,,HG-${tag}-4,,
${at.siteId},${at.room.id()},,,,ups,UPS 05,HG-${tag}-1,,
${at.siteId},${at.room.id()},,,,ups,UPS 06,HG-${tag}-6,,2027-02-30
${at.siteId},999999999,,,,camera,Camera 07,HG-${tag}-7,,
${at.siteId},${at.room.id()},,,,camera,Camera 08,HG-${tag}-8,,
"""
    }

    def "a dry run lists every invalid row with its row number, field and reason, and imports nothing"() {
        when:
        def r = upload(csvWithBadRows(), true)

        then:
        r.status == HttpStatus.OK
        r.body.dryRun
        r.body.rows == 8
        r.body.valid == 2
        r.body.imported == 0
        r.body.errors.collect { [it.row, it.field] } == [
                [3, 'positionU'],  // overlaps row 2 in the same rack: caught inside the file
                [4, 'kind'],
                [5, 'name'],
                [6, 'labelCode'],  // same label as row 2
                [7, 'warrantyEnd'],
                [8, 'roomId']]
        r.body.errors.find { it.row == 4 }.reason.contains('"toaster" không thuộc các giá trị')
        assets.findBySiteIdOrderByName(at.siteId).isEmpty()
    }

    def "a real import with bad rows imports nothing and answers 422 with the same list"() {
        when:
        def r = upload(csvWithBadRows(), false)

        then:
        r.status == HttpStatus.UNPROCESSABLE_ENTITY
        r.body.imported == 0
        r.body.errors.size() == 6
        assets.findBySiteIdOrderByName(at.siteId).isEmpty()
        client.toBlocking().retrieve("/api/audit-events?actor=spec-all&entityType=asset", Map).results
                .every { !(it.after ?: '').contains(at.siteId) }
    }

    def "skipInvalid imports the good rows, lists the skipped ones with row, field and reason, and is 422 when no row is good"() {
        when:
        def r = upload(csvWithBadRows(), false, true)

        then:
        r.status == HttpStatus.OK
        !r.body.dryRun
        r.body.imported == 2
        r.body.errors*.row == [3, 4, 5, 6, 7, 8]
        assets.findBySiteIdOrderByName(at.siteId)*.name() == ['Camera 08', 'Máy chủ, CSDL 01']

        when: 'the same file again: every row is now bad'
        def again = upload(csvWithBadRows(), false, true)

        then:
        again.status == HttpStatus.UNPROCESSABLE_ENTITY
        again.body.imported == 0
        assets.findBySiteIdOrderByName(at.siteId).size() == 2
    }

    def "good rows are imported in one go, audited, and an XLSX export imports back as a dry run"() {
        given:
        def good = csvWithBadRows().readLines().withIndex().findAll { line, i -> i in [0, 1, 8] }*.get(0).join('\n')

        when:
        def r = upload(good, false)
        def imported = assets.findBySiteIdOrderByName(at.siteId)

        then:
        r.status == HttpStatus.OK
        r.body.imported == 2
        imported*.name == ['Camera 08', 'Máy chủ, CSDL 01']
        imported.find { it.kind().name() == 'server' }.warrantyEnd().toString() == '2028-01-31'

        when:
        byte[] xlsx = client.toBlocking().retrieve(HttpRequest.GET("/api/assets/export?format=xlsx&siteId=${at.siteId}"), byte[])
        def sheet = new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0)
        String csv = new String(client.toBlocking().retrieve(HttpRequest.GET("/api/assets/export?format=csv&siteId=${at.siteId}&kind=camera"), byte[]), 'UTF-8')

        then:
        sheet.lastRowNum == 2
        sheet.getRow(0).getCell(8).stringCellValue == 'Tên thiết bị'
        (1..2).collect { sheet.getRow(it).getCell(8).stringCellValue } as Set == ['Camera 08', 'Máy chủ, CSDL 01'] as Set
        csv.readLines().size() == 2
        csv.contains('Camera 08')

        when: 'the export is imported again'
        def again = upload(xlsx, MediaType.MICROSOFT_EXCEL_OPEN_XML, true)

        then: 'its label codes are already taken'
        again.body.rows == 2
        again.body.errors*.field == ['labelCode', 'labelCode']
    }

    def "an unknown export format is 422 naming format"() {
        when:
        client.toBlocking().retrieve(HttpRequest.GET('/api/assets/export?format=ods'), byte[])

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.UNPROCESSABLE_ENTITY
        e.response.getBody(Map).get().fields*.field == ['format']
    }
}
