package vn.dcim.web.report

import vn.dcim.core.testing.Sql
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.agency.Agencies
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import javax.sql.DataSource

/**
 * The quarterly and yearly report, and an agency's monthly report, count the change requests (QĐ 11/2023 Điều 17 khoản
 * 2, Điều 23 khoản 3): by kind and outcome, the lead time from request to done (median and longest), and the changes of
 * racked equipment made without a request. Read from the documents as a supervisor and an agency's person download them.
 */
@MicronautTest(transactional = false)
class ChangeCountsReportSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject DataSource dataSource
    @Inject Agencies agencies
    @Inject vn.dcim.core.account.UserAccounts accounts

    @Shared long agency

    /** A request of 2025 as the register holds it: made at {@code created}, closed {@code hours} later when done or refused. */
    void request(Sql sql, String kind, String status, String created, Integer hours, Long agencyId = null) {
        sql.update("""INSERT INTO change_request (kind, status, title, agency_id, requested_by, created_at, decided_at, closed_at)
                VALUES (?, ?, ?, ?, 'spec', ?, ?, ?)""".toString(), [kind, status, "Yêu cầu $kind".toString(), agencyId, created,
                status in ['done', 'approved', 'scheduled', 'refused'] ? created : null,
                hours == null ? null : java.time.LocalDateTime.parse(created.replace(' ', 'T')).plusHours(hours).toString().replace('T', ' ')])
    }

    def "seeded: 2025's second quarter of requests, three of them the agency's in May, and two changes without a request"() {
        given:
        def sql = new Sql(dataSource)
        sql.update("DELETE FROM change_request WHERE created_at >= '2025-01-01' AND created_at < '2026-01-01'")
        sql.update("DELETE FROM change_bypass WHERE happened_at >= '2025-01-01' AND happened_at < '2026-01-01'")
        agency = agencies.add('SYT' + System.nanoTime() % 100000, 'Sở Y tế', null, null, null, null, 'spec').id()

        when:
        request(sql, 'install', 'done', '2025-04-02 01:00:00', 24)
        request(sql, 'install', 'done', '2025-05-06 02:00:00', 48, agency)
        request(sql, 'install', 'done', '2025-05-20 02:00:00', 12, agency)
        request(sql, 'install', 'refused', '2025-06-01 03:00:00', 5)
        request(sql, 'move', 'cancelled', '2025-05-07 04:00:00', null, agency)
        request(sql, 'connect', 'submitted', '2025-06-10 05:00:00', null)
        // outside the quarter: not counted
        request(sql, 'remove', 'done', '2025-07-01 05:00:00', 2)
        sql.update("INSERT INTO change_bypass (asset_id, actor, happened_at, what) VALUES (999001, 'spec', '2025-04-15 08:00:00', 'moved'), "
                + "(999002, 'spec', '2025-06-15 08:00:00', 'moved'), (999003, 'spec', '2025-09-15 08:00:00', 'moved')")

        then:
        sql.count("SELECT COUNT(*) FROM change_request WHERE created_at >= '2025-04-01' AND created_at < '2025-07-01'") == 6
    }

    def "the quarter's PDF counts the requests by kind and outcome, the lead time and the changes without a request (#lang)"() {
        when:
        def pdf = download("/api/reports/equipment?period=2025-Q2&format=pdf&lang=$lang", users.token(EnumSet.of(Role.supervisor)))
        String text = Loader.loadPDF(pdf).withCloseable { new PDFTextStripper().getText(it) }.replaceAll(/\s+/, ' ')

        then:
        text.contains(heading)
        text.contains(install)
        text.contains(move)
        text.contains(connect)
        text.contains(total)
        text.contains(lead)
        text.contains(without)

        where:
        lang | heading                                    | install             | move                 | connect              | total                 | lead                                                                    | without
        'vi' | '13. Yêu cầu thay đổi thiết bị'             | 'Lắp đặt 4 3 1 3 0 0' | 'Di chuyển 1 0 0 0 1 0' | 'Đấu nối 1 0 0 0 0 1' | 'Tổng cộng 6 3 1 3 1 1' | 'Thời gian từ yêu cầu đến hoàn thành: trung vị 24.0 giờ, dài nhất 48.0 giờ' | 'Thay đổi không qua yêu cầu: 2'
        'en' | '13. Equipment change requests'            | 'Install 4 3 1 3 0 0' | 'Move 1 0 0 0 1 0'      | 'Connect 1 0 0 0 0 1' | 'Total 6 3 1 3 1 1'     | 'Lead time from request to done: median 24.0 h, longest 48.0 h'         | 'Changes made without a request: 2'
    }

    def "the quarter's workbook holds the same figures on a sheet of their own"() {
        when:
        def wb = new XSSFWorkbook(new ByteArrayInputStream(download('/api/reports/equipment?period=2025-Q2&format=xlsx&lang=vi',
                users.token(EnumSet.of(Role.supervisor)))))
        def sheet = wb.getSheet('13. Yêu cầu thay đổi')
        def install = sheet.find { row -> row.getCell(0)?.stringCellValue == 'Lắp đặt' }

        then:
        (1..6).collect { install.getCell(it).numericCellValue as int } == [4, 3, 1, 3, 0, 0]
    }

    def "the agency's monthly report counts its own requests of the month, as its person downloads it"() {
        given:
        String name = "ag-report-${System.nanoTime() % 100000}"
        users.person(name, 'Người Sở Y tế', EnumSet.of(Role.agency))
        def calls = new Calls(server.URL)
        long id = accounts.findByUsername(name).get().id()
        assert calls.send('PUT', "/api/users/$id/scope", [Authorization: "Bearer ${users.adminToken()}"], [agencyId: agency]).status == 200
        String token = users.login(name, TestUsers.PASSWORD).access_token

        when:
        def pdf = download("/api/agencies/$agency/report?month=2025-05&format=pdf&lang=vi", token)
        String text = Loader.loadPDF(pdf).withCloseable { new PDFTextStripper().getText(it) }.replaceAll(/\s+/, ' ')

        then: 'two installs done (48 h and 12 h: median 30 h) and a move withdrawn; the centre\'s own requests are not its'
        text.contains('6. Yêu cầu thay đổi của đơn vị')
        text.contains('Lắp đặt 2 2 0 2 0 0')
        text.contains('Di chuyển 1 0 0 0 1 0')
        text.contains('Tổng cộng 3 2 0 2 1 0')
        text.contains('trung vị 30.0 giờ, dài nhất 48.0 giờ')
        text.contains('Thay đổi không qua yêu cầu: 0')
    }

    byte[] download(String path, String token) {
        def response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create("${server.URL}$path"))
                .header('Authorization', "Bearer $token").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
        assert response.statusCode() == 200: new String(response.body(), 'UTF-8')
        response.body()
    }
}
