package vn.dcim.web.ui.centre

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.poi.xssf.usermodel.XSSFWorkbook
import vn.dcim.core.account.Role
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.api.centre.CentreApiSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/**
 * The register of centres as its people use it, signed in: the administrator adds the merged province's two former
 * centres, gives each its site and switches one to the new province's regulation; the auditor reads each requirement's
 * history across the switch and takes away each centre's report, which names the regulation the centre follows and the
 * province that issued it.
 */
@MicronautTest(transactional = false)
class CentreScreensSpec extends MariaDbSpec {
    static final String PROFILE_DIR = CentreApiSpec.profileDir()
    static final String SESSION_TIMEOUT = 'R-000-06.2a'
    static final String HTML = 'text/html,*/*;q=0.8'
    static final Map<String, String> FORM = ['Content-Type': 'application/x-www-form-urlencoded', Accept: HTML]

    @Inject EmbeddedServer server
    @Inject TestUsers users

    @Override
    Map<String, String> extraProperties() {
        ['dcim.compliance.profile-dir': PROFILE_DIR]
    }


    Calls calls() { new Calls(server.URL) }

    String admin() { users.token([Role.admin] as Set) }

    String auditor() { users.token([Role.auditor] as Set) }

    static String form(Map<String, String> fields) {
        fields.collect { k, v -> URLEncoder.encode(k, 'UTF-8') + '=' + URLEncoder.encode(v ?: '', 'UTF-8') }.join('&')
    }

    String tag() { UUID.randomUUID().toString().take(6).toLowerCase() }

    /** A centre added through the screen's form by the administrator, with a site of its own; answers its id and site. */
    Map addCentre(String name, String profile) {
        def code = 'tt-' + tag()
        def added = calls().post('/ui/centres/new', form([code: code, name: name, province: 'Thái Nguyên', profileId: profile]), admin(), FORM)
        assert added.status == 303 && added.header('Location') ==~ '/ui/centres/\\d+'
        long id = added.header('Location').replaceAll('\\D', '') as long
        def site = 'site-' + tag()
        assert calls().post('/api/sites', [id: site, name: 'Phòng máy ' + name, province: 'Thái Nguyên'], users.token([Role.asset_manager] as Set)).status == 201
        def assigned = calls().post("/ui/centres/$id/sites", form([siteId: site]), admin(), FORM)
        assert assigned.status == 303 && !assigned.header('Location').contains('refused')
        [id: id, code: code, site: site]
    }

    def "the administrator adds, renames and gives sites to centres; the auditor reads the register and may change nothing"() {
        when:
        def bk = addCentre('Trung tâm Bắc Kạn (cũ)', 'bac-kan')
        def ag = addCentre('Trung tâm An Giang', 'qd-59-2024-an-giang')
        def renamed = calls().post("/ui/centres/${bk.id}", form([name: 'Trung tâm Bắc Kạn', province: 'Thái Nguyên']), admin(), FORM)
        def list = calls().get('/ui/centres', auditor(), [Accept: HTML])
        def page = calls().get("/ui/centres/${bk.id}", auditor(), [Accept: HTML])

        then: 'each centre with its site and the regulation it follows, named with the authority that issued it'
        renamed.status == 303
        list.status == 200
        list.text.contains('class="centre-name">Trung tâm Bắc Kạn<') && !list.text.contains('class="centre-name">Trung tâm Bắc Kạn (cũ)<')
        list.text.contains('Phòng máy Trung tâm Bắc Kạn (cũ)')
        list.text.contains('QĐ 11/2023/QĐ-UBND + QĐ 22/2021/QĐ-UBND của UBND tỉnh Bắc Kạn')
        list.text.contains('QĐ 59/2024/QĐ-UBND của UBND tỉnh An Giang')
        page.text.contains("data-site=\"${bk.site}\"") && !page.text.contains("data-site=\"${ag.site}\"")

        and: 'the auditor sees no form and a change of theirs is refused'
        !list.text.contains('id="centre-new-form"') && !page.text.contains('id="centre-switch"')
        calls().post("/ui/centres/${bk.id}/profile", form([profileId: 'an-giang']), auditor(), FORM).with {
            status == 403 || (status in [302, 303] && header('Location').contains('/ui/forbidden'))
        }
    }

    def "a form the register cannot keep comes back naming its field: #why"() {
        given:
        def c = addCentre('Trung tâm ' + tag(), 'an-giang')

        when:
        def answer = calls().post(path.replace('ID', c.id as String), form(fields), admin(), FORM)

        then:
        answer.status == 303
        answer.header('Location').contains("refused=$field")
        calls().get(answer.header('Location').replaceFirst('#.*', ''), admin(), [Accept: HTML]).text.contains('id="centre-refused"')

        where:
        why                          | path                      | fields                                               || field
        'a code with spaces'         | '/ui/centres/new'         | [code: 'tt x', name: 'X', province: 'Y']             || 'code'
        'an unknown regulation'      | '/ui/centres/new'         | [code: 'tt-y', name: 'X', province: 'Y', profileId: 'thai-binh'] || 'profileId'
        'the regulation in force'    | '/ui/centres/ID/profile'  | [profileId: 'qd-59-2024-an-giang']                   || 'profileId'
        'a site that is not'         | '/ui/centres/ID/sites'    | [siteId: 'no-such-site']                             || 'siteId'
        'a blank name'               | '/ui/centres/ID'          | [name: ' ', province: 'Y']                           || 'name'
    }

    def "a centre switches regulation on the screen and keeps each requirement's history, which the auditor reads"() {
        given: 'the former Bắc Kạn centre, judged by QĐ 11/2023: sessions idle 10 minutes meet it'
        def c = addCentre('Trung tâm Bắc Kạn ' + tag(), 'bac-kan')
        assert calls().get("/api/compliance?centre=${c.id}", auditor()).json.find { it.id == SESSION_TIMEOUT }.state == 'compliant'

        when: 'the administrator switches it to the new province’s regulation (5 minutes)'
        def switched = calls().post("/ui/centres/${c.id}/profile", form([profileId: 'qd-12-2026-thai-nguyen', reason: 'QĐ 12/2026 thay thế QĐ 11/2023']),
                admin(), FORM)
        def page = calls().get("/ui/centres/${c.id}", auditor(), [Accept: HTML]).text
        def history = calls().get("/api/compliance/${SESSION_TIMEOUT}/history?centre=${c.id}", auditor()).json

        then: 'the centre was judged anew at once, and the earlier state stays with the regulation that judged it'
        switched.status == 303 && !switched.header('Location').contains('refused')
        history.collect { [it.state, it.profileId] } == [['compliant', 'qd-11-2023-bac-kan'], ['non_compliant', 'qd-12-2026-thai-nguyen']]

        and: 'the page shows the regulation now, both switches with the reason, and the history naming both regulations'
        page.contains('id="profile-name">QĐ 12/2026 — UBND tỉnh Thái Nguyên<')
        page.contains('QĐ 12/2026 thay thế QĐ 11/2023')
        page.findAll(/class="profile-switch"/).size() == 2
        page.contains("data-id=\"$SESSION_TIMEOUT\" data-profile=\"qd-11-2023-bac-kan\"")
        page.contains("data-id=\"$SESSION_TIMEOUT\" data-profile=\"qd-12-2026-thai-nguyen\"")
    }

    def "each centre's report names the regulation it follows and who issued it; the province's names both (#lang)"() {
        given: 'two former centres of one province under different regulations'
        def bk = addCentre('Trung tâm Bắc Kạn ' + tag(), 'bac-kan')
        def ag = addCentre('Trung tâm An Giang ' + tag(), 'qd-59-2024-an-giang')

        when:
        def ofBk = report("&centre=${bk.id}&lang=$lang")
        def ofAg = report("&centre=${ag.id}&lang=$lang")
        def province = report("&lang=$lang")

        then:
        ofBk.contains(issued[0]) && !ofBk.contains(issued[1])
        ofAg.contains(issued[1]) && !ofAg.contains(issued[0])
        province.contains(bk.code) && province.contains(ag.code)
        province.contains(heading)
        // the province's table of centres: each centre's row names its regulation and the authority that issued it
        province.readLines().find { it.startsWith(bk.code + '|') }.contains('QĐ 11/2023/QĐ-UBND + QĐ 22/2021/QĐ-UBND|UBND tỉnh Bắc Kạn')
        province.readLines().find { it.startsWith(ag.code + '|') }.contains('QĐ 59/2024/QĐ-UBND|UBND tỉnh An Giang')

        where:
        lang | issued                                                                                             | heading
        'vi' | ['QĐ 11/2023/QĐ-UBND + QĐ 22/2021/QĐ-UBND của UBND tỉnh Bắc Kạn', 'QĐ 59/2024/QĐ-UBND của UBND tỉnh An Giang'] | 'Các trung tâm và quy định áp dụng'
        'en' | ['QĐ 11/2023/QĐ-UBND + QĐ 22/2021/QĐ-UBND issued by UBND tỉnh Bắc Kạn', 'QĐ 59/2024/QĐ-UBND issued by UBND tỉnh An Giang'] | 'Centres and the regulation each follows'
    }

    def "the reports screen offers the auditor's report of each centre and of the whole province: #query answers #status"() {
        given:
        def c = addCentre('Trung tâm Kon Tum ' + tag(), 'kon-tum')

        when:
        def page = calls().get('/ui/reports', auditor(), [Accept: HTML]).text
        def answer = calls().get('/api/compliance/report?format=pdf' + query.replace('ID', c.id as String), auditor())

        then:
        page.contains('id="compliance-report-centre"') && page.contains("<option value=\"${c.id}\">Trung tâm Kon Tum")
        answer.status == status

        where:
        query              || status
        '&centre='         || 200
        '&centre=ID'       || 200
        '&centre=999999'   || 404
        '&centre=kon-tum'  || 404
    }

    /** Every cell of the current quarter's report as an XLSX, one line a row, taken away by the auditor. */
    String report(String query) {
        def r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create(server.URL.toString().replaceAll('/$', '') + '/api/compliance/report?format=xlsx' + query))
                .header('Authorization', "Bearer ${auditor()}").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
        assert r.statusCode() == 200
        // the cover sheet holds the title and subtitle, so the regulation named there is read with the tables
        new XSSFWorkbook(new ByteArrayInputStream(r.body())).withCloseable { wb ->
            (0..<wb.numberOfSheets).collect { i -> wb.getSheetAt(i).collect { row -> row.collect { it.toString() }.join('|') }.join('\n') }.join('\n')
        }
    }
}
