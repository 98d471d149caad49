package vn.dcim.web.api.report

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.poi.ss.usermodel.Sheet
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import spock.lang.Shared
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.AssetStatusChange
import vn.dcim.core.asset.AssetStatusChangeRepository
import vn.dcim.core.asset.Criticality
import vn.dcim.core.audit.AuditEvent
import vn.dcim.core.audit.AuditEventRepository
import vn.dcim.core.licence.LicenceKind
import vn.dcim.core.licence.RiskLevel
import vn.dcim.core.licence.SoftwareAsset
import vn.dcim.core.licence.SoftwareAssetRepository
import vn.dcim.core.report.ReportPeriod
import vn.dcim.core.site.Room
import vn.dcim.core.site.RoomKind
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime

/**
 * A registry with history across Q1–Q4 2026, read back through the Q3 and 2026 reports cell by cell.
 * Its own application context gives it an empty schema, so every row counted here was made here.
 */
@MicronautTest(transactional = false)
class EquipmentReportSpec extends MariaDbSpec {
    @Inject @Client('/') HttpClient client
    @Inject SiteRepository sites
    @Inject RoomRepository rooms
    @Inject AssetRepository assets
    @Inject AssetStatusChangeRepository changes
    @Inject AuditEventRepository audit
    @Inject SoftwareAssetRepository software

    @Shared boolean built
    Long roomId

    static Instant at(String vietnamTime) {
        LocalDateTime.parse(vietnamTime).atZone(ReportPeriod.ZONE).toInstant()
    }

    Asset asset(String label, AssetKind kind, Criticality crit, String agency, String warranty, List<List> history) {
        def last = history.last()[1] as AssetStatus
        def a = assets.save(new Asset(null, 'rpt', roomId, null, null, null, null, kind, "TB ${label}".toString(), label,
                null, null, null, last, crit, agency, null, null, null, warranty ? LocalDate.parse(warranty) : null,
                null, null, null))
        AssetStatus from = null
        history.each { h ->
            changes.save(new AssetStatusChange(null, a.id(), from, h[1] as AssetStatus, h[2] as String, 'spec', at(h[0] as String)))
            from = h[1] as AssetStatus
        }
        a
    }

    void move(Asset a, String when) {
        audit.save(new AuditEvent(null, at(when), 'spec', 'asset', a.id().toString(), 'move', '{}', '{}'))
    }

    void sw(String name, RiskLevel c, RiskLevel i, RiskLevel a, String expiry) {
        software.save(new SoftwareAsset(null, 'rpt', name, 1000G, Criticality.normal, 'p', 's', 'Sở TTTT', 'HĐ', '1.0', 'MC01',
                c, i, a, LicenceKind.subscription, null, expiry ? LocalDate.parse(expiry) : null))
    }

    def setup() {
        if (built) {
            return
        }
        sites.save(new Site('rpt', 'TTTHDL', 'Tuyên Quang', null))
        roomId = rooms.save(new Room(null, 'rpt', 'Phòng máy chủ', '1', RoomKind.server_room)).id()
        def a1 = asset('A1', AssetKind.server, Criticality.critical, 'Sở Y tế', '2026-11-15', [
                ['2026-05-10T09:00', 'in_service', 'registered'], ['2026-07-15T08:00', 'faulty', 'Hỏng ổ cứng'],
                ['2026-07-20T08:00', 'under_repair', 'gửi hãng'], ['2026-08-01T08:00', 'in_service', 'đã thay ổ']])
        def a2 = asset('A2', AssetKind.ups, Criticality.normal, null, null, [['2026-07-05T10:00', 'in_service', 'registered']])
        asset('A3', AssetKind.camera, Criticality.normal, 'Công an tỉnh', null, [
                ['2026-04-01T10:00', 'in_service', 'registered'], ['2026-08-20T10:00', 'faulty', 'mất hình'],
                ['2026-09-10T10:00', 'awaiting_disposal', 'hết khấu hao']])
        asset('A4', AssetKind.server, Criticality.high, null, '2026-12-01', [
                ['2026-03-01T10:00', 'in_service', 'registered'], ['2026-06-01T10:00', 'awaiting_disposal', 'cũ'],
                ['2026-09-25T10:00', 'disposed', 'QĐ thanh lý 12']])
        asset('A5', AssetKind.network_switch, Criticality.critical, null, null, [
                ['2026-10-05T10:00', 'in_service', 'registered'], ['2026-10-06T10:00', 'faulty', 'lỗi cổng']])
        asset('A6', AssetKind.firewall, Criticality.critical, 'Sở Y tế', null, [
                ['2026-06-30T23:30', 'in_service', 'registered'], ['2026-09-30T23:59', 'faulty', 'Mất nguồn'],
                ['2026-10-01T00:00', 'under_repair', 'sửa']])
        def a7 = asset('A7', AssetKind.storage, Criticality.normal, null, '2026-12-31', [['2026-02-01T10:00', 'in_service', 'registered']])
        move(a1, '2026-06-15T10:00')
        move(a2, '2026-08-10T10:00')
        move(a7, '2026-11-01T10:00')
        sw('Cổng dịch vụ công', RiskLevel.high, RiskLevel.low, RiskLevel.low, '2026-10-20')
        sw('Thư điện tử', RiskLevel.low, RiskLevel.low, RiskLevel.low, '2027-03-01')
        sw('Một cửa', RiskLevel.low, RiskLevel.medium, RiskLevel.low, null)
        built = true
    }

    XSSFWorkbook xlsx(String query) {
        new XSSFWorkbook(new ByteArrayInputStream(client.toBlocking().retrieve(HttpRequest.GET("/api/reports/equipment?${query}"), byte[])))
    }

    /** The data rows of a sheet (from the third row), each cell as text or number. */
    static List<List<Object>> rows(Sheet sheet) {
        (2..sheet.lastRowNum).findAll { sheet.getRow(it) != null }.collect { r ->
            sheet.getRow(r).collect { c -> c.cellType.name() == 'NUMERIC' ? (c.numericCellValue as long) : c.stringCellValue }
        }
    }

    def "the Q3 report shows the registry as it stood on 30 September, cell by cell"() {
        when:
        def wb = xlsx('period=2026-Q3&format=xlsx')

        then:
        wb.numberOfSheets == 7
        wb.getSheetAt(0).getRow(0).getCell(0).stringCellValue.startsWith('Báo cáo tình hình quản lý, sử dụng trang thiết bị – Quý 3/2026 (Số liệu tại ngày 30/09/2026)')
        wb.getSheetAt(0).getRow(1).collect { it.stringCellValue } == ['Loại thiết bị', 'Số lượng']
        rows(wb.getSheet('Theo loại')) == [['UPS', 1], ['Camera', 1], ['Tường lửa', 1], ['Máy chủ', 1], ['Thiết bị lưu trữ', 1], ['Tổng cộng', 5]]
        rows(wb.getSheet('Theo trạng thái')) == [['Kế hoạch', 0], ['Đang sử dụng', 3], ['Hỏng', 1], ['Đang sửa chữa', 0],
                                                  ['Chờ thanh lý', 1], ['Đã thanh lý', 1]]
        rows(wb.getSheet('Theo đơn vị')) == [['Trung tâm (tài sản của đơn vị)', 2], ['Công an tỉnh', 1], ['Sở Y tế', 2], ['Tổng cộng', 5]]
        rows(wb.getSheet('Biến động')) == [['Bổ sung mới', 1], ['Di chuyển', 1], ['Sửa chữa xong', 1], ['Hỏng', 3],
                                            ['Chuyển chờ thanh lý', 1], ['Đã thanh lý', 1]]
        rows(wb.getSheet('Sự cố TB quan trọng')) == [['A1', 'TB A1', '15/07/2026 08:00', 'Hỏng ổ cứng'],
                                                      ['A6', 'TB A6', '30/09/2026 23:59', 'Mất nguồn']]
        rows(wb.getSheet('Hết hạn kỳ tới')) == [['Bản quyền phần mềm', '1.0', 'Cổng dịch vụ công', '20/10/2026'],
                                                ['Bảo hành', 'A1', 'TB A1', '15/11/2026'],
                                                ['Bảo hành', 'A7', 'TB A7', '31/12/2026']]
        rows(wb.getSheet('Phần mềm theo rủi ro')) == [['Thấp', 1], ['Trung bình', 1], ['Cao', 1]]
    }

    def "the yearly report counts the whole year and lists 2027's expiries; English headings on request"() {
        when:
        def wb = xlsx('period=2026&format=xlsx&lang=en')

        then:
        wb.getSheetAt(0).getRow(0).getCell(0).stringCellValue.startsWith('Equipment management and use report – Year 2026 (As at 31/12/2026)')
        rows(wb.getSheet('Movements')) == [['Added', 7], ['Moved', 3], ['Repaired', 1], ['Failed', 4],
                                           ['Moved to awaiting disposal', 2], ['Disposed', 1]]
        rows(wb.getSheet('By status')) == [['Planned', 0], ['In service', 3], ['Faulty', 1], ['Under repair', 1],
                                           ['Awaiting disposal', 1], ['Disposed', 1]]
        rows(wb.getSheet('By kind')).last() == ['Total', 6]
        rows(wb.getSheet('Critical equipment faults'))*.get(0) == ['A1', 'A6', 'A5']
        rows(wb.getSheet('Expiring next period')) == [['Software licence', '1.0', 'Thư điện tử', '01/03/2027']]
    }

    def "the PDF carries the same figures with Vietnamese headings"() {
        when:
        byte[] pdf = client.toBlocking().retrieve(HttpRequest.GET('/api/reports/equipment?period=2026-Q3&format=pdf'), byte[])
        def text = Loader.loadPDF(pdf).withCloseable { new PDFTextStripper().getText(it) }

        then:
        text.contains('Quý 3/2026')
        text.contains('Sự cố TB quan trọng')
        text.contains('Chuyển chờ thanh lý 1')
        text.contains('Hỏng ổ cứng')
    }

    def "a bad #field answers 422 naming it"() {
        when:
        client.toBlocking().retrieve(HttpRequest.GET("/api/reports/equipment?${query}"), byte[])

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.UNPROCESSABLE_ENTITY
        e.response.getBody(Map).get().fields*.field == [field]

        where:
        query                          || field
        'period=2026-Q5'               || 'period'
        'period=Q3'                    || 'period'
        'period=2026&format=docx'      || 'format'
        'period=2026&lang=fr'          || 'lang'
    }
}
