package vn.dcim.web.compliance

import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import vn.dcim.core.account.Role
import vn.dcim.core.db.Jdbc
import vn.dcim.core.network.IspLinkCheckDuty
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Instant

@MicronautTest(transactional = false)
class ComplianceApiSpec extends MariaDbSpec {

    @Inject @Client('/') HttpClient client
    @Inject IspLinkCheckDuty ispCheck
    @Inject Jdbc jdbc
    @Inject TestUsers users
    @Inject io.micronaut.runtime.server.EmbeddedServer server

    java.net.http.HttpResponse<byte[]> bytes(String path, String token) {
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(server.URL.toString().replaceAll('/$', '') + path))
                .header('Authorization', "Bearer $token").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
    }

    /** The requirement ids listed in the first column of any sheet of a workbook. */
    static int idsIn(XSSFWorkbook wb) {
        (0..<wb.numberOfSheets).collect { i -> wb.getSheetAt(i).collect { row -> row.getCell(0)?.toString() }.count { it ==~ /R-[0-9A-Za-z]{1,10}-.+/ } }.max()
    }

    List<Map> rows() {
        client.toBlocking().retrieve(HttpRequest.GET('/api/compliance'), Argument.listOf(Map))
    }

    Map<String, Map> byId() {
        rows().collectEntries { [it.id, it] }
    }

    def "every requirement of both texts and of the personal data law is a row with id, article, kind, state, since and evidence"() {
        when:
        def all = rows()

        then: '176 of QĐ 11/2023 and QĐ 22/2021, 3 of Law 91/2025/QH15 (judged on the data)'
        all.size() == 179
        all.every { it.id && it.article && it.kind && it.state && it.since && it.evidence != null }
        all.countBy { it.kind } == [automatic: 51, attestation: 120, not_applicable: 8]
    }

    def "with no data nothing reads compliant but the product's own settings (Art. 16.3, yearly tasks)"() {
        when:
        def rows = byId()

        then: 'empty registers are not enough data'
        rows['R-003-16.3'].state in ['not_enough_data', 'compliant']
        rows['R-003-27.6'].state == 'not_enough_data'
        rows['R-003-06.5'].state == 'not_enough_data'
        rows['R-003-11.4'].state == 'not_enough_data'
        and: 'no reading kept: the retention of Art. 30.7a is judged on readings, not on its setting'
        rows['R-003-30.7a'].state == 'not_enough_data'
        and: 'a report never sent is not compliant (Art. 7.2)'
        rows['R-003-07.2'].state == 'non_compliant'
        and: 'compliant rows are only settings the product enforces on itself, or accounts actually judged'
        rows.values().findAll { it.state == 'compliant' }*.id.every {
            // R-L91-retention: the retention of personal data is the product's own setting, nothing is kept past it
            it in ['R-003-15.1a', 'R-000-06.2c', 'R-003-15.1c', 'R-003-16.2', 'R-000-06.1b', 'R-000-06.2a', 'R-003-16.3', 'R-L91-retention']
        }
    }

    def "served over plain HTTP (no DCIM_HTTPS), Art. 25.3 is non-compliant and the evidence names the setting"() {
        when:
        def row = byId()['R-003-25.3']

        then:
        row.state == 'non_compliant'
        row.summary.contains('DCIM_HTTPS=true')
        row.evidence*.href == ['/ui/admin']

        and: 'beside the English, the message keys a screen tells in its reader\'s language'
        row.summaryKey == 'compliance.s.encrypted-transmission.plain'
        !row.summaryArgs  // no arguments: the serialiser leaves the empty list out
        row.evidence*.labelKey == ['compliance.ev.server-settings']
    }

    def "a non-compliant row is a compliance finding naming its article, not an alarm, and a change of state is kept in the history"() {
        when:
        rows()
        def alarms = jdbc.list('read', "SELECT article FROM alarm WHERE source = 'compliance' AND closed_at IS NULL",
                { rs -> rs.getString(1) } as Jdbc.Row)
        def history = client.toBlocking().retrieve(HttpRequest.GET('/api/compliance/R-003-25.3/history'), Argument.listOf(Map))

        then:
        alarms == []
        findings()['R-003-25.3'].article == 'Art. 25.3'
        findings()['R-003-25.3'].state == 'non_compliant'
        history.size() == 1
        history[0].state == 'non_compliant'
        history[0].previousState == null
    }

    Map<String, Map> findings() {
        Map page = client.toBlocking().retrieve(HttpRequest.GET('/api/compliance-findings?limit=1000'), Map)
        assert page.count == page.results.size()
        page.results.collectEntries { [(it.id): it] }
    }

    def "two providers probed up do not show load sharing (Art. 8.1đ): with no traffic readings of the links the row says so, never compliant"() {
        given: 'two uplinks registered through the API, probing 127.0.0.1'
        client.toBlocking().exchange(HttpRequest.POST('/api/sites', [id: 'bk', name: 'Bắc Kạn DIC']))
        ['VNPT', 'Viettel'].each {
            client.toBlocking().exchange(HttpRequest.POST('/api/isp-links', [siteId: 'bk', provider: it, probeTargets: '127.0.0.1']))
        }

        expect:
        byId()['R-003-08.1dd'].state == 'not_enough_data'
        byId()['R-003-08.1dd'].summaryKey == 'compliance.s.two-isps.unprobed'

        when:
        ispCheck.run(Instant.now())
        def row = byId()['R-003-08.1dd']

        then: 'both up, but answering probes is not carrying traffic: the reason is given'
        row.state == 'not_enough_data'
        row.summaryKey == 'compliance.s.two-isps.no-traffic'
        row.summary.contains('2 up') && row.summary.contains('load sharing cannot be shown')
        row.evidence*.href == ['/ui/isp-links']
    }

    def "an attestation makes a row attested until it expires; a not-applicable declaration needs a reason and is audited"() {
        given:
        def calls = new Calls(server.URL)
        def token = users.token([Role.supervisor] as Set)

        expect:
        byId()['R-003-36.3-rec'].state == 'not_enough_data'

        when:
        def attested = calls.post('/api/compliance/R-003-36.3-rec/attestations',
                [note: 'Lịch trực 24/7 quý IV đã ban hành', validDays: 90, documentName: 'lich-truc.pdf', documentType: 'application/pdf',
                 documentBase64: 'JVBERi0xLjQK'.toString()], token)
        def row = byId()['R-003-36.3-rec']

        then:
        attested.status == 201
        row.state == 'attested'
        and: "the document is the evidence: its attestation on the requirement's page, where it downloads"
        row.evidence*.href == ['/ui/compliance/R-003-36.3-rec#attestations', "/ui/compliance/R-003-36.3-rec#attestation-${attested.json.id}".toString()]

        when: 'the validity ends'
        jdbc.update('expire', "UPDATE compliance_attestation SET valid_until = '2020-01-01 00:00:00' WHERE requirement_id = 'R-003-36.3-rec'")

        then:
        byId()['R-003-36.3-rec'].state == 'overdue'

        when:
        def noReason = calls.post('/api/compliance/R-003-09.1/not-applicable', [reason: ''], token)
        def declared = calls.post('/api/compliance/R-003-09.1/not-applicable', [reason: 'Trung tâm không vận hành mạng TSLCD'], token)

        then:
        noReason.status in [400, 422]
        declared.status == 201
        byId()['R-003-09.1'].state == 'not_applicable'
        jdbc.list('audit', "SELECT action FROM audit_event WHERE entity_type = 'compliance_requirement' AND entity_id = 'R-003-09.1'",
                { rs -> rs.getString(1) } as Jdbc.Row) == ['not_applicable']
    }

    def "an attestation running out within 30 days is a finding naming its article, and leaves the findings once renewed"() {
        given:
        def token = users.token([Role.supervisor] as Set)

        when:
        new Calls(server.URL).post('/api/compliance/R-003-05.1/attestations', [note: 'Phân công nhiệm vụ đã ban hành', validDays: 10], token)

        then:
        byId()['R-003-05.1'].state == 'attested'
        byId()['R-003-05.1'].summary.contains('expires soon')
        findings()['R-003-05.1'].article == 'Art. 5.1'

        when: 'renewed for a year'
        new Calls(server.URL).post('/api/compliance/R-003-05.1/attestations', [note: 'Gia hạn', validDays: 365], token)

        then:
        byId()['R-003-05.1'].state == 'attested'
        !findings().containsKey('R-003-05.1')
    }

    def "the auditor takes away the report of a quarter as #format, listing every requirement"() {
        given:
        when:
        def response = bytes("/api/compliance/report?period=2026-Q4&format=$format", users.token([Role.auditor] as Set))

        then:
        response.statusCode() == 200
        response.headers().firstValue('Content-Disposition').get().contains("bao-cao-tuan-thu-2026-Q4.$format")
        check(response.body())

        where:
        format || check
        'pdf'  || { byte[] b -> new String(b, 0, 5) == '%PDF-' }
        'xlsx' || { byte[] b -> idsIn(new XSSFWorkbook(new ByteArrayInputStream(b))) == 179 }
    }

    /** Every text of a report: the cells of an XLSX, the page text of a PDF; blanks taken out, as a PDF wraps long cells. */
    static String textOf(String format, byte[] b) {
        String text = format == 'xlsx'
                ? new XSSFWorkbook(new ByteArrayInputStream(b)).with { wb -> (0..<wb.numberOfSheets).collect { i -> wb.getSheetAt(i).collect { row -> row.collect { it.toString() }.join('|') }.join('\n') }.join('\n') }
                : org.apache.pdfbox.Loader.loadPDF(b).withCloseable { new org.apache.pdfbox.text.PDFTextStripper().getText(it) }
        text.replaceAll(/\s+/, '')
    }

    def "the report in Vietnamese (the default) tells the checks' sentences in Vietnamese, never in English (#format)"() {
        given: 'a sample of checks judged now, each with its English sentence and its message key, the same as at its last change'
        // sentences opening with words (not a setting's name such as innodb_encrypt_tables=OFF, the same in both languages)
        def sample = rows().findAll { it.kind == 'automatic' && it.summaryKey && it.summary ==~ /^[A-Za-z0-9 ,]{15}.{15,}/ && !it.summaryArgs?.any { a -> a.startsWith('enum.') } }
                .findAll { it.summary == client.toBlocking().retrieve(HttpRequest.GET("/api/compliance/${it.id}/history"), Argument.listOf(Map)).last().summary }
        def token = users.token([Role.auditor] as Set)

        when:
        def vi = textOf(format, bytes("/api/compliance/report?period=2026-Q4&format=$format", token).body())
        def en = textOf(format, bytes("/api/compliance/report?period=2026-Q4&format=$format&lang=en", token).body())

        then: 'the English report shows the sentences, so their absence from the Vietnamese one means something'
        sample.size() >= 10
        sample.findAll { !en.contains(shown(format, it.summary)) }*.id == []
        and:
        sample.findAll { vi.contains(shown(format, it.summary)) }*.id == []
        vi.contains('Khôngđạt')
        !en.contains('Khôngđạt')

        where:
        format << ['xlsx', 'pdf']
    }

    /** What of a sentence a report shows: all of it in a spreadsheet cell; its start in a PDF cell, which ends in "…" when too long. */
    static String shown(String format, String sentence) {
        String s = sentence.replaceAll(/\s+/, '')
        format == 'xlsx' ? s : s.substring(0, Math.min(15, s.length()))
    }

    def "the compliance alarms of before V101 stay out of the alarm API in every state (#state): they are the findings' history"() {
        given: 'a compliance alarm as the release before raised it, closed by V101'
        jdbc.update('old compliance alarm', """INSERT INTO alarm (source, rule_id, instance, severity, article, message, raised_at, last_seen_at, cleared_at, closed_at)
                VALUES ('compliance', 'compliance-R-003-25.3', '0', 'major', 'Art. 25.3', 'plain HTTP', NOW(3), NOW(3), NOW(3), NOW(3))""")

        when:
        def answer = new Calls(server.URL).get("/api/alarms?limit=1000${state ? '&state=' + state : ''}", users.token([Role.operator] as Set))

        then:
        answer.status == 200
        !answer.json.results.any { it.source == 'compliance' }

        where:
        state << [null, 'closed', 'cleared', 'console', 'unacknowledged']
    }

    def "a compliance finding is neither in the alarm API nor on the alarm console (#lang)"() {
        given: 'Art. 25.3 judged non-compliant (plain HTTP)'
        rows()

        when:
        def calls = new Calls(server.URL)
        def answer = calls.get('/api/alarms?device=compliance&state=console&limit=1000', users.token([Role.operator] as Set),
                ['Accept-Language': lang])
        def console = client.toBlocking().retrieve(HttpRequest.GET('/ui/alarms/rows').cookie(io.micronaut.http.cookie.Cookie.of('lang', lang)))

        then:
        answer.status == 200
        !answer.json.results.any { it.source == 'compliance' }
        !console.contains(told)
        findings().containsKey('R-003-25.3')

        where:
        lang || told
        'vi' || 'Điều 25 khoản 3 không đạt'
        'en' || 'Art. 25.3 non-compliant'
    }

    def "a bad period or an unknown requirement is refused, never a 500"() {
        when:
        client.toBlocking().retrieve(HttpRequest.GET(path))

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code in [400, 404, 422]

        where:
        path << ['/api/compliance/report?period=2026-Q5&format=pdf', '/api/compliance/report?period=2026&format=doc',
                 '/api/compliance/R-003-99.9/history']
    }

    def "the compliance screen lists every requirement in both languages"() {
        expect:
        client.toBlocking().retrieve('/ui/compliance').contains('Không đạt')
        client.toBlocking().retrieve(HttpRequest.GET('/ui/compliance').cookie(io.micronaut.http.cookie.Cookie.of('lang', 'en'))).contains('Non-compliant')
    }
}
