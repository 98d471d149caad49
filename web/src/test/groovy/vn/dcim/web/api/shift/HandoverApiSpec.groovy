package vn.dcim.web.api.shift

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import vn.dcim.core.account.Role
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.text.Phrase
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Clock
import java.time.Instant
import java.time.YearMonth
import java.time.format.DateTimeFormatter

/**
 * QĐ 11/2023 Art. 12.1i through the API: the outgoing operator opens and annotates a handover, another
 * signed-in person accepts it, it never changes again and is printed in the month's operation log.
 */
@MicronautTest(transactional = false)
class HandoverApiSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject @Client('/') HttpClient client
    /** The center's zone as the product runs here (DCIM_TIME_ZONE; the machine's in specs). */
    @Inject Clock clock
    @Inject AlarmRaiser raiser

    String tokenOf(String name, String fullName) {
        users.person(name, fullName, EnumSet.of(Role.operator))
        users.login(name, TestUsers.PASSWORD).access_token as String
    }

    def "a handover written by one operator, accepted by another, is printed in the month's operation log"() {
        given:
        def calls = new Calls(server.URL)
        def outgoing = tokenOf('nguyen-van-a', 'Nguyễn Văn A')
        def incoming = tokenOf('tran-thi-b', 'Trần Thị B')

        when: 'the outgoing operator opens the handover and writes the notes'
        def opened = calls.post('/api/handovers', null, outgoing)
        def id = opened.json.id
        def noted = calls.send('PUT', "/api/handovers/$id/notes", [Authorization: "Bearer $outgoing"], [notes: 'Máy phát điện số 2 đang chờ thay lọc dầu; theo dõi nhiệt độ phòng máy'])

        then:
        opened.status == 201
        opened.json.outgoing == 'nguyen-van-a'
        opened.json.summary instanceof Map
        noted.status == 200

        when: 'the outgoing operator tries to accept their own handover'
        def self = calls.post("/api/handovers/$id/accept", null, outgoing)

        then:
        self.status == 409
        self.text.contains('incoming')

        when: 'the incoming operator accepts it'
        def accepted = calls.post("/api/handovers/$id/accept", null, incoming)

        then:
        accepted.status == 200
        accepted.json.incoming == 'tran-thi-b'
        accepted.json.acceptedAt != null

        when: 'afterwards nobody changes it'
        def rewrite = calls.send('PUT', "/api/handovers/$id/notes", [Authorization: "Bearer $outgoing"], [notes: 'sửa lại'])
        def twice = calls.post("/api/handovers/$id/accept", null, tokenOf('le-van-c', 'Lê Văn C'))

        then:
        rewrite.status == 409
        twice.status == 409
        calls.get("/api/handovers/$id", incoming).json.notes == 'Máy phát điện số 2 đang chờ thay lọc dầu; theo dõi nhiệt độ phòng máy'

        when: 'the month of the shift is printed'
        Instant at = Instant.parse(accepted.json.acceptedAt as String)
        def month = YearMonth.from(at.atZone(clock.zone))
        def pdf = client.toBlocking().exchange(HttpRequest.GET("/api/operation-log/${month}.pdf"), byte[])
        String text = Loader.loadPDF(pdf.body()).withCloseable { new PDFTextStripper().getText(it) }.replaceAll(/\s+/, ' ')

        then:
        pdf.contentType.get().toString() == 'application/pdf'
        pdf.header('Content-Disposition').contains("nhat-ky-van-hanh-${month}.pdf")
        text.contains('NHẬT KÝ VẬN HÀNH HỆ THỐNG')
        text.contains('Người giao ca: Nguyễn Văn A (nguyen-van-a)')
        text.contains('Người nhận ca: Trần Thị B (tran-thi-b)')
        text.contains('Nhận ca lúc: ' + DateTimeFormatter.ofPattern('dd/MM/yyyy HH:mm').format(at.atZone(clock.zone)))
        text.contains('Máy phát điện số 2 đang chờ thay lọc dầu')
    }

    def "a duty's alarm (a stale device) is written in Vietnamese with the center's time, as the console tells it"() {
        given: 'the staleness duty raised its keyed alarm: English stored, key and arguments beside'
        def calls = new Calls(server.URL)
        def device = 'stale-' + UUID.randomUUID().toString().take(6)
        Instant last = Instant.parse('2026-11-25T19:02:06Z')
        raiser.raise(new AlarmSignal(device, 'device-stale', '0', Severity.major, 'Art. 25.1',
                Phrase.of('alarm.text.device.stale', 'Art. 25.1: no data from {0} since {1} ({2} polling intervals)', device, last, 3)))
        def outgoing = tokenOf('op-stale-a', 'Đỗ Văn G')

        when:
        def summary = calls.post('/api/handovers', null, outgoing).json.summary
        def lines = (summary.openAlarms + summary.events)*.text.findAll { it.contains(device) }
        String local = DateTimeFormatter.ofPattern('dd/MM/yyyy HH:mm').format(last.atZone(clock.zone))

        then: 'open and raised, each in the Vietnamese words of the key, the time in the center\'s zone, no English left'
        lines.size() == 2
        lines.every { it.contains("không nhận được dữ liệu từ $device kể từ $local") && !it.contains('no data from') }
    }

    def "the operation log is searched by text, with the page's links"() {
        given:
        def calls = new Calls(server.URL)
        def a = tokenOf('op-list-a', 'Phạm Thị D')
        def b = tokenOf('op-list-b', 'Hoàng Văn E')
        3.times {
            def id = calls.post('/api/handovers', null, a).json.id
            calls.send('PUT', "/api/handovers/$id/notes", [Authorization: "Bearer $a"], [notes: "kiểm tra điều hòa lần $it, omega-api"])
            calls.post("/api/handovers/$id/accept", null, b)
        }

        when:
        def page = calls.get('/api/handovers?q=omega-api&limit=2', b).json

        then:
        page.count == 3
        page.results.size() == 2
        page.next.contains('offset=2')
        page.results.every { it.outgoing == 'op-list-a' && it.incoming == 'op-list-b' }
    }

    def "#query is refused naming #field"() {
        when:
        def answer = new Calls(server.URL).get(path, users.token())

        then:
        answer.status == 422
        answer.json.fields[0].field == field

        where:
        path                                   || field
        '/api/handovers?from=25/11/2026'       || 'from'
        '/api/handovers?to=2026-13-01'         || 'to'
        '/api/handovers?limit=0'               || 'limit'
        '/api/operation-log/2026-13.pdf'       || 'month'
        '/api/operation-log/nov.pdf'           || 'month'
        query = path
    }
}
