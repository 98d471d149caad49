package vn.dcim.web.report

import vn.dcim.core.report.*

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.poi.ss.usermodel.Sheet
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource

/**
 * The quarterly report (Art. 7.2, 18.1) read back cell by cell from the XLSX against a registry
 * whose history crosses the period's bounds.
 */
@MicronautTest(transactional = false)
class EquipmentReportSpec extends MariaDbSpec {

    @Inject EquipmentReports reports
    @Inject DataSource dataSource

    Sql sql

    def setup() {
        sql = new Sql(dataSource)
        ['incident_alarm', 'incident_journal', 'incident', 'audit_event', 'asset_status_change', 'software_installation', 'software_asset', 'asset'].each { sql.update("DELETE FROM $it") }
        sql.update("INSERT INTO site (id, name) VALUES ('r', 'R') ON DUPLICATE KEY UPDATE name = name")
        asset('UPS-1', 'ups', 'critical', 'Sở TTTT', 'in_service', '2026-03-01', null,
                [['in_service', 'faulty', '2026-08-10', 'battery failure'], ['faulty', 'under_repair', '2026-08-20', 'sent to vendor'],
                 ['under_repair', 'in_service', '2026-09-05', 'battery replaced']])
        asset('GEN-1', 'generator', 'high', null, 'faulty', '2026-02-01', '2026-11-30',
                [['in_service', 'faulty', '2026-10-15', 'no start']])
        long srv1 = asset('SRV-1', 'server', 'normal', 'Sở Tài chính', 'in_service', '2026-07-15', '2027-06-01', [])
        asset('SRV-2', 'server', 'normal', 'Sở Tài chính', 'disposed', '2025-01-01', null,
                [['in_service', 'awaiting_disposal', '2026-09-01', 'end of life'], ['awaiting_disposal', 'disposed', '2026-09-20', 'QĐ 12/2026']])
        asset('CAM-1', 'camera', 'normal', null, 'in_service', '2026-11-01', null, [])
        // the move between two racks of one room, named in the report as people say it
        sql.update("INSERT IGNORE INTO room (site_id, name, kind) VALUES ('r', 'Phòng máy chủ', 'server_room')")
        long room = sql.count("SELECT id FROM room WHERE site_id = 'r' AND name = 'Phòng máy chủ'")
        sql.update("INSERT IGNORE INTO rack (room_id, name, height_u) VALUES (?, 'R02', 42), (?, 'R03', 42)", [room, room])
        long rackFrom = sql.count("SELECT id FROM rack WHERE room_id = ? AND name = 'R02'", [room])
        long rackTo = sql.count("SELECT id FROM rack WHERE room_id = ? AND name = 'R03'", [room])
        sql.update("INSERT INTO audit_event (occurred_at, actor, entity_type, entity_id, action, before_json, after_json) VALUES "
                + "('2026-08-01 09:00:00', 'kho', 'asset', ?, 'move', ?, ?)",
                [srv1.toString(), "{\"siteId\":\"r\",\"roomId\":$room,\"rackId\":$rackFrom,\"positionU\":10}".toString(),
                 "{\"siteId\":\"r\",\"roomId\":$room,\"rackId\":$rackTo,\"positionU\":20}".toString()])
    }

    long asset(String label, String kind, String criticality, String agency, String status, String created, String warranty, List<List<String>> history) {
        sql.update("INSERT INTO asset (site_id, kind, name, label_code, criticality, owning_agency, status, created_at, warranty_end) "
                + "VALUES ('r', ?, ?, ?, ?, ?, ?, ?, ?)", [kind, label + ' name', label, criticality, agency, status, created + ' 08:00:00', warranty])
        long id = sql.count('SELECT MAX(id) FROM asset')
        def first = history ? history[0][0] : status
        sql.update("INSERT INTO asset_status_change (asset_id, from_status, to_status, reason, changed_by, changed_at) VALUES (?, NULL, ?, 'registered', 'kho', ?)",
                [id, first, created + ' 08:00:00'])
        history.each { h ->
            sql.update("INSERT INTO asset_status_change (asset_id, from_status, to_status, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, 'kho', ?)",
                    [id, h[0], h[1], h[3], h[2] + ' 10:00:00'])
        }
        id
    }

    void software(String name, String confidentiality, String licence, String created, String expiry) {
        sql.update("""INSERT INTO software_asset (site_id, name, criticality, purpose, scope_of_use, managing_body, licence_information,
            version, storage_location, confidentiality, integrity, availability, licence_kind, licence_expiry, created_at)
            VALUES ('r', ?, 'high', 'p', 's', 'Sở TTTT', ?, '1.0', 'srv', ?, 'low', 'low', 'subscription', ?, ?)""",
                [name, licence, confidentiality, expiry, created + ' 08:00:00'])
    }

    def "software assets by risk class at the period's end, and licences ending next quarter (Art. 10.2, 21.1e)"() {
        given:
        software('Một cửa điện tử', 'high', 'HĐ 12/2025', '2026-01-10', '2026-12-15')
        software('Phần mềm văn phòng', 'low', null, '2026-05-01', null)
        software('Mua sau kỳ', 'medium', 'HĐ 3/2026', '2026-10-20', null)

        when:
        def wb = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(reports.build(ReportPeriod.parse('2026-Q3'), 'vi'))))

        then:
        wb.getSheetAt(8).getRow(0).getCell(0).stringCellValue == '8. Tài sản phần mềm theo phân loại rủi ro (Điều 10 khoản 2)'
        cells(wb.getSheetAt(8)) == [['Cao', 1, 0], ['Trung bình', 0, 0], ['Thấp', 1, 1], ['Tổng cộng', 2, 1]]
        cells(wb.getSheetAt(7)).contains(['Bản quyền phần mềm', '', 'Một cửa điện tử 1.0', 'Phần mềm', '15/12/2026'])
    }

    static List<List<Object>> cells(Sheet sheet) {
        (3..sheet.lastRowNum).collect { r ->
            sheet.getRow(r).collect { c -> c.cellType.name() == 'NUMERIC' ? (c.numericCellValue as int) : c.stringCellValue }
        }
    }

    def "the 2026-Q3 report agrees, cell by cell, with the registry at the quarter's end"() {
        when:
        def wb = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.write(reports.build(ReportPeriod.parse('2026-Q3'), 'vi'))))

        then: 'cover'
        wb.getSheetAt(0).getRow(0).getCell(0).stringCellValue == 'BÁO CÁO TÌNH HÌNH QUẢN LÝ, SỬ DỤNG THIẾT BỊ'

        and: 'every sheet is named for its content, as Excel allows: at most 31 characters, each name once, a long title by its own short name'
        def names = (0..<wb.numberOfSheets).collect { wb.getSheetName(it) }
        names[0] == 'Bìa'
        names[1] == '1. Theo loại và trạng thái'
        (1..<wb.numberOfSheets).every { wb.getSheetAt(it).getRow(0).getCell(0).stringCellValue.startsWith(names[it].take(3)) }
        names.every { it.length() <= 31 } && names*.toLowerCase().unique().size() == names.size()
        wb.getSheetAt(0).getRow(1).getCell(0).stringCellValue.startsWith('Kỳ báo cáo quý 3/2026 (01/07/2026 – 30/09/2026)')

        and: 'by kind and status on 30 September: the UPS is repaired, the generator not yet broken, SRV-2 disposed, CAM-1 not bought yet'
        def byKind = wb.getSheetAt(1)
        byKind.getRow(0).getCell(0).stringCellValue == '1. Thiết bị theo loại và trạng thái (cuối kỳ)'
        byKind.getRow(2).collect { it.stringCellValue } == ['Loại thiết bị', 'Kế hoạch', 'Đang sử dụng', 'Hỏng', 'Đang sửa chữa', 'Chờ thanh lý', 'Đã thanh lý', 'Tổng']
        cells(byKind) == [['UPS', 0, 1, 0, 0, 0, 0, 1],
                          ['Máy phát điện', 0, 1, 0, 0, 0, 0, 1],
                          ['Máy chủ', 0, 1, 0, 0, 0, 1, 2],
                          ['Tổng cộng', 0, 3, 0, 0, 0, 1, 4]]

        and: 'by owning agency'
        cells(wb.getSheetAt(2)) == [['(chưa ghi đơn vị)', 0, 1, 0, 0, 0, 0, 1],
                                    ['Sở TTTT', 0, 1, 0, 0, 0, 0, 1],
                                    ['Sở Tài chính', 0, 1, 0, 0, 0, 1, 2]]

        and: 'what changed during the quarter'
        cells(wb.getSheetAt(3)) == [['Bổ sung mới', 1], ['Điều chuyển vị trí', 1], ['Sửa chữa xong', 1], ['Hỏng', 1],
                                    ['Chờ thanh lý', 1], ['Đã thanh lý', 1]]
        cells(wb.getSheetAt(4))*.take(5) == [
                ['15/07/2026', 'SRV-1', 'SRV-1 name', 'Máy chủ', 'Bổ sung mới'],
                ['01/08/2026', 'SRV-1', 'SRV-1 name', 'Máy chủ', 'Điều chuyển vị trí'],
                ['10/08/2026', 'UPS-1', 'UPS-1 name', 'UPS', 'Hỏng'],
                ['01/09/2026', 'SRV-2', 'SRV-2 name', 'Máy chủ', 'Chờ thanh lý'],
                ['05/09/2026', 'UPS-1', 'UPS-1 name', 'UPS', 'Sửa chữa xong'],
                ['20/09/2026', 'SRV-2', 'SRV-2 name', 'Máy chủ', 'Đã thanh lý']]
        cells(wb.getSheetAt(4))[0][8] == 'kho'
        cells(wb.getSheetAt(4))[1][5..6] == ['R › Phòng máy chủ › R02 › U10', 'R › Phòng máy chủ › R03 › U20']

        and: 'faults of critical equipment: the UPS, not the generator (its fault is in October)'
        cells(wb.getSheetAt(5)) == [['10/08/2026', 'UPS-1', 'UPS-1 name', 'UPS', 'Rất quan trọng', 'battery failure']]

        and: 'warranties ending next quarter'
        cells(wb.getSheetAt(7)) == [['Bảo hành thiết bị', 'GEN-1', 'GEN-1 name', 'Máy phát điện', '30/11/2026']]
    }

    def "a period reaching into the future counts what the registry holds now"() {
        given:
        def now = sql.rows("SELECT kind, status, COUNT(*) AS n FROM asset GROUP BY kind, status")

        when:
        def report = reports.build(ReportPeriod.parse('2026'), 'en')
        def byKind = report.sections()[0]
        def statuses = byKind.headers()[1..-2]

        then:
        report.title() == 'EQUIPMENT MANAGEMENT AND USE REPORT'
        byKind.rows().last()[-1] == now.sum { it.n as int }
        now.every { row ->
            def label = [ups: 'UPS', generator: 'Generator', server: 'Server', camera: 'Camera'][row.kind]
            def status = [in_service: 'In service', faulty: 'Faulty', disposed: 'Disposed'][row.status]
            byKind.rows().find { it[0] == label }[statuses.indexOf(status) + 1] == row.n as int
        }
    }

    def "the PDF carries the Vietnamese headings and the same figures"() {
        when:
        def text = Loader.loadPDF(ReportPdf.write(reports.build(ReportPeriod.parse('2026-Q3'), 'vi'))).withCloseable { new PDFTextStripper().getText(it) }

        then:
        text.contains('BÁO CÁO TÌNH HÌNH QUẢN LÝ, SỬ DỤNG THIẾT BỊ')
        text.contains('1. Thiết bị theo loại và trạng thái (cuối kỳ)')
        text.contains('Máy phát điện')
        text.contains('battery failure')
    }

    def "a period is a quarter or a year: #text"() {
        expect:
        ReportPeriod.parse(text).with { [it.start().toString(), it.end().toString(), it.next().label()] } == expected

        where:
        text      || expected
        '2026-Q3' || ['2026-07-01', '2026-10-01', '2026-Q4']
        '2026-q4' || ['2026-10-01', '2027-01-01', '2027-Q1']
        '2026'    || ['2026-01-01', '2027-01-01', '2027']
    }

    def "a malformed period is refused naming the field"() {
        when:
        ReportPeriod.parse('2026-Q5')

        then:
        def e = thrown(InvalidInputException)
        e.field() == 'period'
    }
}
