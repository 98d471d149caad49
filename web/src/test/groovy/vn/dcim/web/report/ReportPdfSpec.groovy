package vn.dcim.web.report

import vn.dcim.core.report.*

import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import spock.lang.Specification

import java.time.Instant
import java.time.ZoneId

/**
 * The auditor's PDF wraps a long cell onto as many lines as it needs instead of cutting it
 * with "…"; times print on the center's wall clock as dd/MM/yyyy HH:mm, as on every screen.
 */
class ReportPdfSpec extends Specification {
    static final ZoneId HANOI = ZoneId.of('Asia/Ho_Chi_Minh')
    static final String LONG = 'Đơn vị vận hành phải sao lưu cơ sở dữ liệu ít nhất hằng tháng, lưu tại hai nơi riêng biệt, ' +
            'kiểm tra tổng kiểm và khôi phục thử; bản sao thứ hai đặt ở thiết bị khác với bản thứ nhất (Điều 11.3, 11.4).'

    static String text(Report report) {
        Loader.loadPDF(ReportPdf.write(report)).withCloseable { new PDFTextStripper().getText(it) }
    }

    static Report report(List<List<Object>> rows) {
        new Report('Báo cáo', 'Kỳ 2026-Q4', Instant.parse('2026-11-24T18:30:00Z'), HANOI,
                [new Report.Section('Từng điều khoản', ['Mã', 'Điều', 'Căn cứ'], rows)])
    }

    def "a cell of #length characters is printed whole, on #lines line(s) or more"() {
        when:
        String printed = text(report([['R-003-11.3', 'Art. 11.3', cell]]))

        then: 'every character of the cell is there, in order, and nothing is cut'
        printed.replaceAll(/\s+/, '').contains(cell.replaceAll(/\s+/, ''))
        !printed.contains('…')
        printed.readLines().count { it.trim() } >= 4 + lines

        where:
        cell                                   || lines
        'Đạt'                                  || 1
        LONG                                   || 2
        LONG * 6                               || 6
        'https://dcim.example.vn/' + 'x' * 400 || 2
        length = cell.length()
    }

    def "a character the font cannot draw (#symbol) prints as ? and the report is still made"() {
        when:
        String printed = text(report([['R-003-14.3', 'Art. 14.3', "bảo trì $symbol tạm dừng".toString()]]))

        then:
        printed.contains('bảo trì ? tạm dừng')

        where:
        symbol << ['⏸', new String(Character.toChars(0x1F525))]
    }

    def "#at prints as #shown in the center's zone"() {
        when:
        String printed = text(report([['R-003-11.3', 'Art. 11.3', at]]))

        then:
        printed.contains(shown)
        printed.contains('25/11/2026 01:30')   // the generation time, 18:30 UTC the day before

        where:
        at                                     || shown
        Instant.parse('2026-11-19T18:30:00Z')  || '20/11/2026 01:30'
        Instant.parse('2026-07-01T00:00:00Z')  || '01/07/2026 07:00'
        java.time.LocalDate.of(2026, 12, 31)   || '31/12/2026'
    }

    def "a narrow column's heading (#word) is never broken inside a word, however long the other columns"() {
        given: 'the energy table: eight columns, the last a long note'
        def headers = ['Trung tâm', 'Kỳ', 'Điện năng toàn trung tâm (kWh)', 'Điện năng thiết bị CNTT (kWh)', 'PUE', 'Hạng đo PUE',
                       'CUE (kgCO2/kWh)', 'Ghi chú']
        def row = ['Trung tâm Tích hợp dữ liệu tỉnh Bắc Kạn', '07/2026', 20130.5, 13420.1, 1.5, 'PUE2', 0.989,
                   'không tính: bộ chuyển nguồn chưa có đồng hồ đo điện năng hoặc công suất']
        def report = new Report('Báo cáo', 'Kỳ quý 3/2026', Instant.parse('2026-11-24T18:30:00Z'), HANOI,
                [new Report.Section('10. Năng lượng', headers, [row] * 3)])

        when:
        List<String> words = text(report).split(/\s+/) as List

        then: 'the word is printed whole, not as two pieces on two lines ("PU", "E")'
        word in words
        !(1..<word.length()).any { k -> word.take(k) in words && word.drop(k) in words }

        where:
        word << ['PUE', 'CUE', '(kgCO2/kWh)', '(kWh)', '0.989']
    }
}
