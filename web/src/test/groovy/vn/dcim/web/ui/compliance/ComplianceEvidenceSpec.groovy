package vn.dcim.web.ui.compliance

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.compliance.ComplianceChecksSpec
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import javax.sql.DataSource

/**
 * The auditor's view: every link of the compliance screen opens a screen in the reader's language
 * (never the API's JSON, never a 404), the rows filter by state, article and source text with the count of each
 * state, and the attestation form is shown only to those who may submit it. Records are put in the registers
 * first, so that the checks name records (an asset, a device, an incident, a licence, a vulnerability…), not
 * only registers.
 */
@MicronautTest(transactional = false)
class ComplianceEvidenceSpec extends MariaDbSpec {
    @Inject TestUsers users
    @Inject EmbeddedServer server
    @Inject DataSource dataSource

    @Shared boolean seeded

    Calls calls() {
        new Calls(server.URL)
    }

    def setup() {
        if (seeded) {
            return
        }
        // the fixtures of the checks' own spec (dcim-core's test-jar): one record each check names on its row
        def C = ComplianceChecksSpec
        def now = "DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL 5 MINUTE, '%Y-%m-%d %H:%i:%s')"
        def sql = new Sql(dataSource)
        ([C.SITE, C.ROOM, C.asset(1, 'server', 'faulty', 'L1'), C.asset(2, 'ups', 'in_service', null), C.software(null, '2026-01-01'),
          C.incident(null, null), C.vulnerability('serious', 'open', null), C.staff('Lan', 'B1', '2026-11-01 00:00:00'),
          C.entry('B1', '2026-11-10 08:00:00'), C.visit('V7', '2026-11-12 08:00:00', '2026-11-12 17:00:00'), C.entry('V7', '2026-11-13 09:00:00'),
          C.recipient('management_body'), C.yearlyReport(null), C.backup('2026-11-19 01:00:00', true, true), C.plan('UPS service'),
          C.task('malware_scan', '2026-10-31', null)] + C.DOOR + C.keptRecords(['a', 'b']) + C.shifts('2026-11-22 00:00:00', 2)).each { sql.update(it) }
        // env-1, an MQTT sensor known only by its readings (the link that answered 404 in the issue)
        sql.update("INSERT INTO latest_reading (device_id, metric, instance, ts, value) VALUES ('env-1', 'env.temperature', '0', $now, 31)".toString())
        sql.update("INSERT INTO account (username, system_name, status, created_at) VALUES ('an', 'HIS', 'active', '2026-01-01 00:00:00')")
        // an attestation with its document, made by the one who may
        def attested = calls().post('/api/compliance/R-003-05.1/attestations', [note: 'Biên bản phân công', validDays: 90,
                documentName: 'phan-cong.pdf', documentType: 'application/pdf', documentBase64: 'JVBERi0xLjQK'], users.token([Role.supervisor] as Set))
        assert attested.status == 201
        seeded = true
    }

    /** The links of a page's content (not the menu), fragments kept, entities decoded. */
    static List<Map<String, String>> links(String html) {
        String content = html.substring(html.indexOf('<main'))
        (content =~ /<a\b[^>]*>/).collect { String tag ->
            [cls: (tag =~ /class="([^"]*)"/).with { it.find() ? it.group(1) : '' },
             href: (tag =~ /href="([^"]*)"/).with { it.find() ? it.group(1).replace('&amp;', '&') : '' }]
        }.findAll { it.href }
    }

    def "as an auditor reading #lang, every link of the compliance screen opens a screen in #lang"() {
        given:
        def token = users.token([Role.auditor] as Set)
        def cookie = [Cookie: "lang=$lang".toString()]
        def screen = calls().get('/ui/compliance', token, cookie)
        def all = links(screen.text)
        def pages = all.findAll { !it.href.startsWith('/api/compliance/report') }*.href.collect { it.replaceFirst('#.*', '') }.unique()

        expect: 'the records the checks name are among them, and no link leads to the API'
        screen.status == 200
        ['/ui/devices/env-1', '/ui/assets/1', '/ui/incidents/8', '/ui/licences', '/ui/compliance/records/vulnerabilities',
         '/ui/compliance/records/backups', '/ui/compliance/records/staff', '/ui/compliance/records/visits',
         '/ui/compliance/records/notifications', '/ui/compliance/records/duty-roster', '/ui/compliance/R-003-05.1', '/ui/records'].every { wanted ->
            pages.any { it == wanted || it.startsWith(wanted + '?') }
        }
        all.findAll { it.cls == 'evidence-link' }.size() > 150
        pages.findAll { it.startsWith('/api/') } == []

        when: 'each is followed'
        def answers = pages.collectEntries { [(it): calls().get(it, token, cookie)] }

        then: 'each answers a page, in the reader language'
        answers.findAll { href, a -> a.status != 200 }.collect { href, a -> "$href ${a.status}" } == []
        answers.findAll { href, a -> !a.header('Content-Type').startsWith('text/html') }.keySet() as List == []
        answers.findAll { href, a -> !a.text.contains("<html lang=\"$lang\"") }.keySet() as List == []

        and: "the requirement's page leads to the attested document, and the report links download the files"
        def document = links(answers['/ui/compliance/R-003-05.1'].text).find { it.cls == 'document-link' }.href
        calls().get(document, token).status == 200
        all.findAll { it.href.startsWith('/api/compliance/report') }.collect { calls().get(it.href, token).status } == [200, 200]

        where:
        lang << ['vi', 'en']
    }

    def "signed in as #role, the attestation form is #shown"() {
        when:
        def text = calls().get('/ui/compliance', users.token([role] as Set)).text
        def page = calls().get('/ui/compliance/R-003-05.1', users.token([role] as Set)).text

        then:
        text.contains('id="attest-form"') == form
        text.contains('/static/compliance.js') == form
        page.contains('id="attest-form"') == false

        where:
        role               || form
        Role.auditor       || false
        Role.asset_manager || false
        Role.supervisor    || true
        Role.admin         || true
        shown = form ? 'shown' : 'not shown'
    }

    static List<String> column(String html, String cls) {
        (html =~ /<td class="$cls"[^>]*>([^<]*)</).collect { it[1] }
    }

    static Map<String, Integer> counts(String html) {
        (html =~ /data-state="([a-z_]+)"[\s\S]*?<span class="count">(\d+)<\/span>/).collect { [it[1], it[2] as int] }
                .findAll { it[0] != 'findings' }.collectEntries()
    }

    def "the findings (apart from the alarms) are a list of their own, the same as GET /api/compliance-findings"() {
        given:
        def token = users.token([Role.auditor] as Set)
        def api = calls().get('/api/compliance-findings?limit=1000', users.token([Role.supervisor] as Set)).json

        when:
        def html = calls().get('/ui/compliance?state=findings', token, [Cookie: 'lang=en']).text
        def ids = (html =~ /<tr[^>]*data-id="([^"]+)"/).collect { it[1] }
        def shown = (html =~ /id="findings-count"[\s\S]*?<span class="count">(\d+)<\/span>/).collect { it[1] as int }

        then: 'the rows are the findings, and the count beside the states says how many'
        ids as Set == api.results*.id as Set
        shown == [api.count]
        ids.size() == api.count
    }

    def "filtered by #query: #rows row(s), each #which, and the counts per state over the same article and source"() {
        given:
        def token = users.token([Role.auditor] as Set)

        when:
        def html = calls().get("/ui/compliance$query", token, [Cookie: 'lang=en']).text
        def ids = (html =~ /<tr[^>]*data-id="([^"]+)"/).collect { it[1] }

        then:
        ids.size() == rows
        ids.every(idOk)
        column(html, 'article').every(articleOk)
        counts(html).keySet() == ['compliant', 'non_compliant', 'not_enough_data', 'attested', 'overdue', 'not_applicable'] as Set
        counts(html).values().sum() == placed
        query.contains('state=') ? counts(html)[query.find(/state=([a-z_]+)/) { it[1] }] == rows : counts(html).values().sum() == rows

        where:
        query                                   | which                        | idOk                       | articleOk                            || rows | placed
        ''                                      | 'of every text'              | { true }                   | { true }                             || 179  | 179
        '?source=000'                           | 'of QĐ 22/2021'              | { it.startsWith('R-000') } | { true }                             || 27   | 27
        '?source=003&article=6'                 | 'of Art. 6 of QĐ 11/2023'    | { it.startsWith('R-003-06') } | { it ==~ /Art\. 6(\.\w+)?/ }      || 6    | 6
        '?article=Art.+6.5'                     | 'of Art. 6.5'                | { it.startsWith('R-003-06.5') } | { it.startsWith('Art. 6.5') }  || 1    | 1
        '?state=not_applicable'                 | 'not applicable'             | { true }                   | { true }                             || 8    | 179
        '?state=attested&source=003'            | 'attested'                   | { it == 'R-003-05.1' }     | { true }                             || 1    | 149
        '?article=x&source=999'                 | 'of no article'              | { true }                   | { true }                             || 0    | 0
    }
}
