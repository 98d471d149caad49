package vn.dcim.web.api.asset

import org.apache.poi.ss.usermodel.CellType
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import spock.lang.Specification

import java.nio.charset.StandardCharsets

/**
 * Exports are opened in Excel: a cell that starts like a formula must stay text (OWASP CSV
 * injection), and the file still imports back to what was exported.
 */
class SpreadsheetsSpec extends Specification {

    static String csvCell(Object value) {
        String text = new String(Spreadsheets.csv(['name'], [[value]]), StandardCharsets.UTF_8).replace('\uFEFF', '')
        Spreadsheets.parseCsv(text) // proves the file still parses
        text.split('\r\n')[1]
    }

    def "the CSV cell #value is written as #written and imports back unchanged"() {
        when:
        String cell = csvCell(value)
        def back = Spreadsheets.parseCsv(new String(Spreadsheets.csv(['name'], [[value]]), StandardCharsets.UTF_8).replace('\uFEFF', ''))

        then:
        cell == written
        back[1][0] == value.toString()

        where:
        value                                  || written
        '=HYPERLINK("http://evil","bấm")'      || '"\'=HYPERLINK(""http://evil"",""bấm"")"'
        '=1+2'                                 || "'=1+2"
        '+84 912 345 678'                      || "'+84 912 345 678"
        '-2+3+cmd|\' /C calc\'!A0'             || "'-2+3+cmd|' /C calc'!A0"
        '@SUM(A1:A9)'                          || "'@SUM(A1:A9)"
        '\t=1'                                 || "'\t=1"
        '\r=1'                                 || '"\'\r=1"'
        '-5'                                   || '-5'
        '-12.50'                               || '-12.50'
        -7                                     || '-7'
        'Cảm biến nhiệt độ phòng máy'          || 'Cảm biến nhiệt độ phòng máy'
        'UPS-01'                               || 'UPS-01'
    }

    def "an XLSX export writes a formula-looking text as a string cell, never a formula"() {
        when:
        byte[] file = Spreadsheets.xlsx('assets', ['name', 'value'], [['=HYPERLINK("http://evil","x")', 12.5d], ['@SUM(A1)', null]])
        def sheet = new XSSFWorkbook(new ByteArrayInputStream(file)).getSheetAt(0)

        then:
        sheet.getRow(1).getCell(0).cellType == CellType.STRING
        sheet.getRow(1).getCell(0).stringCellValue == '=HYPERLINK("http://evil","x")'
        sheet.getRow(2).getCell(0).cellType == CellType.STRING
        sheet.getRow(1).getCell(1).cellType == CellType.NUMERIC
    }
}
