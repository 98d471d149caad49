package vn.dcim.web.alarm

import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.testing.MariaDbSpec
import io.micronaut.http.cookie.Cookie
import vn.dcim.core.db.Jdbc

/** Incidents, rules and recipients over HTTP, with errors that name the field. */
@MicronautTest(transactional = false)
class IncidentApiSpec extends MariaDbSpec {

    @Inject @Client('/') HttpClient client
    @Inject AlarmRaiser raiser
    @Inject Jdbc jdbc

    def "a critical alarm opens a serious incident that is handled, journaled and closed over the API"() {
        given:
        def http = client.toBlocking()
        def ups = 'ups-' + UUID.randomUUID().toString().take(6)
        raiser.raise(new AlarmSignal(ups, 'ups-runtime-low', '0', Severity.critical, 'Art. 6.4', 'UPS runtime below 10 min'))

        when:
        def page = http.retrieve('/api/incidents?status=open', Map)
        def summary = page.results.find { it.title.contains('nguồn điện') }

        then:
        page.count >= 1
        summary.level == 'serious'
        summary.escalatedLevel == 'serious'

        when:
        def id = summary.id
        http.retrieve(HttpRequest.PATCH("/api/incidents/${id}", [by: 'Lãnh đạo', assignee: 'Tổ điện', status: 'in_progress']), Map)
        http.retrieve(HttpRequest.POST("/api/incidents/${id}/journal", [by: 'Tổ điện', text: 'Đã chuyển tải sang UPS 2']), Map)
        http.retrieve(HttpRequest.POST("/api/incidents/${id}/close", [by: 'Lãnh đạo', rootCause: 'Ắc quy chai']), Map)

        then: 'Art. 13.3a: not closed before the backup is confirmed'
        def refused = thrown(HttpClientResponseException)
        refused.status.code == 409
        refused.response.getBody(Map).get().fields[0].field == 'backupDone'

        when:
        http.retrieve(HttpRequest.POST("/api/incidents/${id}/backup", [by: 'Tổ điện', where: 'backups/a']), Map)
        def closed = http.retrieve(HttpRequest.POST("/api/incidents/${id}/close", [by: 'Lãnh đạo', rootCause: 'Ắc quy chai', resolution: 'Thay ắc quy']), Map)

        then:
        closed.incident.status == 'closed'
        closed.rootCause == 'Ắc quy chai'
        closed.alarms*.source == [ups]
        closed.journal*.kind.containsAll(['opened', 'escalation', 'status', 'note', 'backup', 'closed'])
        closed.journal.find { it.kind == 'note' }.text == 'Đã chuyển tải sang UPS 2'

        when: 'the screens and the printable report'
        def report = http.retrieve("/ui/incidents/${id}/report")
        def list = http.retrieve('/ui/incidents?status=closed')
        def screen = http.retrieve("/ui/incidents/${id}")
        def rules = http.retrieve('/ui/alarms/rules')

        then:
        report.contains('Ắc quy chai')
        report.contains('Đã chuyển tải sang UPS 2')
        list.contains("incident-${id}")
        screen.contains('Đã chuyển tải sang UPS 2') && screen.contains('Tổ điện')
        rules.contains('rule-room-temperature-high')

        when: 'the report as a PDF to send'
        def pdf = http.exchange(HttpRequest.GET("/api/incidents/${id}/report"), byte[])
        def pdfText = org.apache.pdfbox.Loader.loadPDF(pdf.body()).withCloseable { new org.apache.pdfbox.text.PDFTextStripper().getText(it) }

        then:
        pdf.contentType.get().toString() == 'application/pdf'
        pdfText.contains('BÁO CÁO SỰ CỐ')
        pdfText.contains('Ắc quy chai')
        pdfText.contains('Đã chuyển tải sang UPS 2')
    }

    def "rules are edited over the API; a rearm on the wrong side of the trigger is refused naming the field"() {
        given:
        def http = client.toBlocking()
        def rule = http.retrieve('/api/alarm-rules/room-temperature-high', Map)

        when:
        rule.trigger = 28
        rule.rearm = 27
        def saved = http.retrieve(HttpRequest.PUT('/api/alarm-rules/room-temperature-high', rule), Map)

        then:
        saved.trigger == 28
        http.retrieve(HttpRequest.GET('/api/alarm-rules'), Argument.listOf(Map)).find { it.id == 'room-temperature-high' }.rearm == 27

        when:
        rule.rearm = 30
        http.retrieve(HttpRequest.PUT('/api/alarm-rules/room-temperature-high', rule), Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == 422
        e.response.getBody(Map).get().fields[0].field == 'rearm'
    }

    def "recipients are validated per channel"() {
        when:
        client.toBlocking().retrieve(HttpRequest.POST('/api/notification-recipients',
                [name: 'Sở TTTT', role: 'management_body', channel: channel, address: address]), Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == 422
        e.response.getBody(Map).get().fields[0].field == 'address'

        where:
        channel   | address
        'email'   | 'not-an-address'
        'webhook' | 'ftp://example.org/hook'
    }

    def "journal lines the product writes are told in the reader's language; typed notes and older lines stay as written"() {
        given: 'an incident opened by a critical alarm, moved on, with a typed note and a line written before lines had keys'
        def http = client.toBlocking()
        def ups = 'ups-' + UUID.randomUUID().toString().take(6)
        // the earlier features closed their incidents: this alarm opens a fresh one
        raiser.raise(new AlarmSignal(ups, 'ups-runtime-low', '0', Severity.critical, 'Art. 6.4', 'Art. 6.4: UPS runtime below 10 min'))
        def id = http.retrieve('/api/incidents?status=open&limit=500', Map).results.find { i ->
            http.retrieve("/api/incidents/${i.id}", Map).alarms*.source.contains(ups) }.id
        http.retrieve(HttpRequest.PATCH("/api/incidents/${id}", [status: 'in_progress']), Map)
        http.retrieve(HttpRequest.POST("/api/incidents/${id}/journal", [text: 'Đã gọi điện lực']), Map)
        jdbc.update('old line', "INSERT INTO incident_journal (incident_id, at, author, kind, text) VALUES (?, NOW(3), 'system', 'note', 'Old line in English')", id)

        when:
        def vi = http.retrieve(HttpRequest.GET("/api/incidents/${id}").cookie(Cookie.of('lang', 'vi')), Map).journal
        def en = http.retrieve(HttpRequest.GET("/api/incidents/${id}").cookie(Cookie.of('lang', 'en')), Map).journal

        then: 'each line the product wrote has its key and arguments, and its text in the request language'
        def opened = vi.find { it.kind == 'opened' }
        opened.key == 'journal.opened'
        opened.args[0] == 'enum.incident-level.serious'
        opened.text.startsWith('Mở sự cố ở mức Nghiêm trọng (Điều 13 khoản 2): ')
        en.find { it.kind == 'opened' }.text.startsWith('Opened at level Serious (Art. 13.2): ')
        vi.find { it.key == 'journal.changed.status' }.text == 'Trạng thái: Mới → Đang xử lý'
        en.find { it.key == 'journal.changed.status' }.text == 'Status: Open → In progress'

        and: 'the alarm a line names is told as the console tells it, on its equipment (here a device registered without a name of its own)'
        vi.find { it.key == 'journal.alarm.raised' }.text == "Cảnh báo phát sinh: ${ups} (Nghiêm trọng, Điều 6 khoản 4): Điều 6 khoản 4: thời gian lưu điện của UPS dưới 10 phút"
        en.find { it.key == 'journal.alarm.raised' }.text == "Alarm raised: ${ups} (Critical, Art. 6.4): Art. 6.4: UPS runtime below 10 min"

        and: 'what a person typed, and a line from before, are shown as written, in both languages'
        [vi, en].every { lines -> lines.find { it.text == 'Đã gọi điện lực' }.key == null }
        [vi, en].every { lines -> lines.find { it.text == 'Old line in English' }.key == null }

        when: 'the incident screen in Vietnamese'
        def screen = http.retrieve(HttpRequest.GET("/ui/incidents/${id}").cookie(Cookie.of('lang', 'vi')))

        then:
        screen.contains('Trạng thái: Mới → Đang xử lý')
        !screen.contains('Status: open')
        !screen.contains('Opened at level')
    }
}
