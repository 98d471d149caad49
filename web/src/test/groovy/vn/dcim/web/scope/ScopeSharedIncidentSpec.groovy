package vn.dcim.web.scope

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.openqa.selenium.By
import org.openqa.selenium.WebDriver
import vn.dcim.web.ui.pages.Browser
import org.apache.pdfbox.text.PDFTextStripper
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Clock
import java.time.ZoneId
import java.time.format.DateTimeFormatter

/**
 * One incident that spans two sites and three owners (a power loss felt by an agency's server and the centre's at the
 * own site, and by equipment at the far site), as each limited account meets it: an operator of one site reads and
 * prints its site's part, acknowledges its site's alarms and notes its part, and nothing of the other site; an agency's
 * person reads its equipment's part, notes it in the agency's name and prints it; the centre reads everything, the
 * agency's note marked as the agency's. Every name seeded carries AGX (the agency's, own site), CTR (the centre's, own
 * site) or FAR (the far site) and this run's mark.
 */
@MicronautTest(transactional = false)
// the centre's zone set apart from the JVM's UTC, so that a time printed in UTC is caught
@Property(name = 'dcim.time-zone', value = 'Asia/Ho_Chi_Minh')
class ScopeSharedIncidentSpec extends ScopeSeededSpec {
    @Shared Map<String, String> tokens = [:]

    /** What each account must never meet in its part: the other site's or owner's names, ids and the centre's words. */
    List<String> farMarks() { ["FAR$r", ids.devices.FAR, ids.far, "Trực FAR$r", "Gốc FAR$r"]*.toString() }

    List<String> agencyMarks() { farMarks() + ["CTR$r", ids.devices.CTR]*.toString() }

    def "seeded: an incident holding an alarm of the agency's and the centre's equipment at the own site and one at the far site"() {
        when:
        def at = seedSites("shr-own-$low", "TTDL chung $r", "shr-far-$low", "TTDL FAR$r", "Phòng FAR$r")
        Map sites = [AGX: at.own, CTR: at.own, FAR: at.far]
        Map racks = [:], devices = [:], alarms = [:]
        ['AGX', 'CTR', 'FAR'].each { String k ->
            racks[k] = post('/api/racks', [roomId: k == 'FAR' ? at.farRoom : at.ownRoom, name: "Giá $k$r"]).id
            long asset = post('/api/assets', [siteId: sites[k], roomId: k == 'FAR' ? at.farRoom : at.ownRoom, rackId: racks[k], positionU: 10,
                                              heightU: 2, face: 'front', kind: 'server', name: "Máy chủ $k$r", labelCode: "SHR-$k-$r"]).id as long
            devices[k] = "shr-${k.toLowerCase()}-$low".toString()
            post('/api/devices', [id: devices[k], siteId: sites[k], assetId: asset, name: "Đo điện $k$r", protocol: 'mqtt'])
        }
        long agency = seedAgency('SHA')
        long other = seedAgency('SHO')
        long bare = seedAgency('SHN')
        give(agency, 'rack', racks.AGX)
        give(other, 'rack', racks.FAR)
        ['AGX', 'CTR', 'FAR'].each { String k ->
            raiser.raise(new AlarmSignal(devices[k] as String, 'shr-power', '0', Severity.major, 'QĐ 11/2023 Điều 17', "Mất nguồn $k$r"))
            alarms[k] = calls.get("/api/alarms?device=${devices[k]}", users.adminToken()).json.results.find { it.ruleId == 'shr-power' }.id
        }
        // the shift opens one incident on the three alarms, gives it to a person and writes what it found at the far site
        long span = post('/api/incidents', [title: "Mất điện chung SPAN$r", siteId: at.own, level: 'ordinary',
                                            alarmIds: [alarms.AGX, alarms.CTR, alarms.FAR]]).incident.id as long
        assert calls.send('PATCH', "/api/incidents/$span", [Authorization: "Bearer ${all()}"],
                [assignee: "Trực FAR$r", rootCause: "Gốc FAR$r"]).status == 200
        post("/api/incidents/$span/journal", [text: "Đã kiểm tra tủ điện FAR$r"])
        // an incident of the far site alone: the own site's operator never meets it
        long farOnly = post('/api/incidents', [title: "Sự cố riêng FAR$r", siteId: at.far, level: 'ordinary']).incident.id as long
        ids = [own: at.own, far: at.far, devices: devices, alarms: alarms, span: span, farOnly: farOnly, agency: agency]
        tokens.site = scopedToken("shr-site-$low", EnumSet.of(Role.operator), [siteIds: [at.own]])
        tokens.farSite = scopedToken("shr-farsite-$low", EnumSet.of(Role.operator), [siteIds: [at.far]])
        tokens.agency = scopedToken("shr-agency-$low", EnumSet.of(Role.agency), [agencyId: agency])
        tokens.otherAgency = scopedToken("shr-other-$low", EnumSet.of(Role.agency), [agencyId: other])
        tokens.bareAgency = scopedToken("shr-bare-$low", EnumSet.of(Role.agency), [agencyId: bare])
        tokens.staff = users.token(EnumSet.of(Role.operator))
        tokens.admin = users.adminToken()

        then:
        calls.get("/api/incidents/$span", tokens.admin).json.alarms.size() == 3
    }

    def "the own site's operator lists the shared incident, not the far site's, and is not told the assignee"() {
        when:
        def listed = calls.get('/api/incidents?limit=500', tokens.site)
        def screen = calls.get('/ui/incidents', tokens.site, [Accept: 'text/html,*/*;q=0.8'])

        then:
        listed.status == 200
        listed.json.results*.id*.toLong().contains(ids.span as long)
        !listed.json.results*.id*.toLong().contains(ids.farOnly as long)
        listed.json.results.find { it.id == ids.span }.assignee == null
        leak(listed.text, farMarks()) == null
        screen.text.contains("SPAN$r")
        leak(screen.text, farMarks()) == null
    }

    def "the own site's operator reads its site's part of the shared incident: its alarms, nothing of the far site"() {
        when:
        def part = calls.get("/api/incidents/${ids.span}", tokens.site)
        def screen = calls.get("/ui/incidents/${ids.span}", tokens.site, [Accept: 'text/html,*/*;q=0.8'])
        def whole = calls.get("/api/incidents/${ids.span}", tokens.admin)

        then: 'its site\'s two alarms, the ticket\'s title, level and state'
        part.status == 200
        part.json.part
        part.json.alarms*.id as Set == [ids.alarms.AGX, ids.alarms.CTR] as Set
        part.json.incident.title == "Mất điện chung SPAN$r"
        part.json.incident.status == 'in_progress' || part.json.incident.status == 'open'
        part.json.incident.siteId == ids.own

        and: 'no assignee, root cause, notifications or the shift\'s lines: they may name the far site'
        part.json.incident.assignee == null
        part.json.rootCause == null
        !part.json.notifications
        leak(part.text, farMarks()) == null

        and: 'the screen says it is a part, offers its part printed and names nothing of the far site'
        screen.status == 200
        screen.text.contains('chỉ hiển thị phần thuộc các địa điểm của tài khoản')
        screen.text.contains("/api/incidents/${ids.span}/report")
        screen.text.contains("CTR$r")
        leak(screen.text, farMarks()) == null

        and: 'the centre reads the whole'
        whole.json.alarms.size() == 3 && !whole.json.part
        whole.text.contains("Gốc FAR$r")
    }

    def "the far site's operator reads the far part, and the incident of the far site alone"() {
        when:
        def part = calls.get("/api/incidents/${ids.span}", tokens.farSite)

        then:
        part.status == 200
        part.json.part
        part.json.alarms*.id == [ids.alarms.FAR]
        part.json.incident.siteId == null // the incident's site is the own one, not the reader's
        leak(part.text, ["AGX$r", "CTR$r", ids.devices.AGX, ids.devices.CTR, ids.own]*.toString()) == null
        calls.get("/api/incidents/${ids.farOnly}", tokens.farSite).status == 200
    }

    def "the own site's operator acknowledges its site's alarm in the shared incident, and not the far site's"() {
        when:
        def own = calls.post("/api/alarms/${ids.alarms.CTR}/ack", [note: "Đã xử lý CTR$r"], tokens.site)
        def foreign = calls.post("/api/alarms/${ids.alarms.FAR}/ack", [note: 'x'], tokens.site)
        def part = calls.get("/api/incidents/${ids.span}", tokens.site)

        then:
        own.status == 200
        foreign.status == 404
        calls.get("/api/alarms/${ids.alarms.FAR}", tokens.admin).json.acknowledgedAt == null
        part.json.alarms.find { it.id == ids.alarms.CTR }.acknowledgedAt != null
        part.json.journal*.text.any { it.contains("Đã xử lý CTR$r") }
    }

    def "#who does not change the shared incident: #what answers #expected"() {
        expect:
        calls.send(method, "/api/incidents/${ids.span}$path", [Authorization: "Bearer ${tokens[who]}"], body).status in expected
        calls.get("/api/incidents/${ids.span}", tokens.admin).json.incident.assignee == "Trực FAR$r"

        where:
        who      | what                 | method  | path      | body               | expected
        'site'   | 'its assignee'       | 'PATCH' | ''        | [assignee: 'x']    | [404] // its role may, its scope does not reach the whole
        'site'   | 'closing it'         | 'POST'  | '/close'  | [:]                | [404]
        'site'   | 'its level'          | 'POST'  | '/level'  | [level: 'serious'] | [404]
        'site'   | 'its backup'         | 'POST'  | '/backup' | [:]                | [404]
        'agency' | 'its assignee'       | 'PATCH' | ''        | [assignee: 'x']    | [403, 404] // the shift's, by role and by scope
        'agency' | 'closing it'         | 'POST'  | '/close'  | [:]                | [403, 404]
    }

    def "a note of the own site's operator is of its part: the far site's operator and the agency do not read it, the centre does"() {
        when:
        def noted = calls.post("/api/incidents/${ids.span}/journal", [text: "Ghi chú OWNNOTE$r"], tokens.site)

        then:
        noted.status == 201
        !noted.json.agency
        calls.get("/api/incidents/${ids.span}", tokens.site).text.contains("OWNNOTE$r")
        calls.get("/api/incidents/${ids.span}", tokens.admin).text.contains("OWNNOTE$r")
        !calls.get("/api/incidents/${ids.span}", tokens.farSite).text.contains("OWNNOTE$r")
        !calls.get("/api/incidents/${ids.span}", tokens.agency).text.contains("OWNNOTE$r")
    }

    def "the agency notes the shared incident in its own name: its people and the centre read it as the agency's, no one else"() {
        when:
        def noted = calls.post("/api/incidents/${ids.span}/agency-notes", [text: "Máy chủ đã khởi động lại AGNOTE$r"], tokens.agency)
        def own = calls.get("/api/incidents/${ids.span}", tokens.agency)
        def centre = calls.get("/api/incidents/${ids.span}", tokens.admin)
        def centreScreen = calls.get("/ui/incidents/${ids.span}", tokens.admin, [Accept: 'text/html,*/*;q=0.8'])
        def agencyScreen = calls.get("/ui/incidents/${ids.span}", tokens.agency, [Accept: 'text/html,*/*;q=0.8'])

        then: 'kept as the agency\'s'
        noted.status == 201
        noted.json.agency == "Sở SHA$r"
        noted.json.kind == 'note'

        and: 'its own part shows it, and none of the centre\'s or the far site\'s lines'
        own.json.part
        own.json.journal.find { it.text.contains("AGNOTE$r") }.agency == "Sở SHA$r"
        leak(own.text, agencyMarks() + ["OWNNOTE$r".toString()]) == null

        and: 'the centre reads it marked as the agency\'s'
        centre.json.journal.find { it.text.contains("AGNOTE$r") }.agency == "Sở SHA$r"
        centreScreen.text.contains("đơn vị Sở SHA$r")

        and: 'the agency\'s screen offers the note in its name, citing the article that gives it its content'
        agencyScreen.text.contains('/agency-notes')
        agencyScreen.text.contains('QĐ 11/2023 Điều 17 khoản 3')
        leak(agencyScreen.text, agencyMarks()) == null

        and: 'an operator of a site sees no agency\'s words in its part; the far equipment\'s agency reads its own part, not the note'
        !calls.get("/api/incidents/${ids.span}", tokens.site).text.contains("AGNOTE$r")
        !calls.get("/api/incidents/${ids.span}", tokens.farSite).text.contains("AGNOTE$r")
        with(calls.get("/api/incidents/${ids.span}", tokens.otherAgency)) {
            status == 200
            json.alarms*.id == [ids.alarms.FAR]
            leak(text, ["AGNOTE$r", "AGX$r", "CTR$r", "SHA$r"]*.toString()) == null
        }
        calls.get("/api/incidents/${ids.span}", tokens.bareAgency).status == 404
    }

    def "#who may not write an agency's note: #status"() {
        expect:
        calls.post("/api/incidents/${ids.span}/agency-notes", [text: 'Ghi chú'], tokens[who]).status == status

        where:
        who           | status
        'staff'       | 403   // the centre's staff write the journal, not in an agency's name
        'site'        | 403
        'bareAgency'  | 404   // an incident that did not touch its equipment does not exist for it
    }

    def "the agency's person does not write the shift's journal, and an empty note is refused naming the field"() {
        expect:
        calls.post("/api/incidents/${ids.span}/journal", [text: 'x'], tokens.agency).status in [403, 404]
        calls.post("/api/incidents/${ids.span}/agency-notes", [text: ''], tokens.agency).status in [400, 422]
    }

    def "#who prints its part of the shared incident: Vietnamese when no language is asked, times in the centre's zone, nothing of the others"() {
        when:
        def answer = bytes("/api/incidents/${ids.span}/report", tokens[who])
        String printed = Loader.loadPDF(answer.body()).withCloseable { new PDFTextStripper().getText(it) }
        String opened = DateTimeFormatter.ofPattern('dd/MM/yyyy HH:mm').withZone(ZoneId.of('Asia/Ho_Chi_Minh'))
                .format(java.time.Instant.parse(calls.get("/api/incidents/${ids.span}", tokens.admin).json.incident.openedAt as String))

        then:
        answer.statusCode() == 200
        answer.headers().firstValue('Content-Type').get().startsWith('application/pdf')
        printed.contains('BÁO CÁO SỰ CỐ')
        printed.contains('Chỉ phần sự cố thuộc phạm vi của tài khoản')
        printed.contains(opened)
        seen.every { printed.contains(it.replace('#', r)) }
        leak(printed, marks.call()) == null
        !printed.contains('Thông báo đã gửi')

        where:
        who      | seen                        | marks
        'agency' | ['AGX#', 'AGNOTE#']         | { -> agencyMarks() + ["OWNNOTE$r".toString()] }
        'site'   | ['AGX#', 'CTR#', 'OWNNOTE#'] | { -> farMarks() + ["AGNOTE$r".toString()] }
    }

    def "the centre prints the whole, the agency's note marked as the agency's"() {
        when:
        def answer = bytes("/api/incidents/${ids.span}/report", tokens.admin)
        String printed = Loader.loadPDF(answer.body()).withCloseable { new PDFTextStripper().getText(it) }

        then:
        answer.statusCode() == 200
        printed.contains("FAR$r") && printed.contains("Gốc FAR$r")
        printed.replaceAll(/\s+/, ' ').contains("(đơn vị Sở SHA$r)")
        !printed.contains('Chỉ phần sự cố thuộc phạm vi của tài khoản')
    }

    def "in Chromium, #who #does on the shared incident's screen, and sees it there"() {
        given:
        WebDriver driver = Browser.start()
        Browser.signIn(driver, server.URL, "shr-$account-${r.toLowerCase()}", TestUsers.PASSWORD)

        when:
        driver.get("${server.URL}/ui/incidents/${ids.span}")
        def journal = driver.findElement(By.id('journal'))
        act.call(driver)
        Browser.waitUntilGone(driver, journal)

        then:
        Browser.waiting(driver, 15).until { Browser.settled { shown.call(driver) as boolean } }
        driver.findElements(By.id('part')).size() == 1
        leak(driver.pageSource, marks.call()) == null
        Browser.policyViolations(driver) == []

        cleanup:
        driver?.quit()

        where:
        who                    | account  | does                              | marks                | act                                                            | shown
        'the agency\'s person' | 'agency' | 'writes its note'                 | { -> agencyMarks() } | { WebDriver d ->
            d.findElement(By.id('note')).sendKeys("Khởi động lại dịch vụ BROWSERNOTE$r")
            d.findElement(By.id('add-note')).click()
        } | { WebDriver d -> d.findElement(By.id('journal')).text.contains("BROWSERNOTE$r") }
        'the site\'s operator' | 'site'   | 'acknowledges its site\'s alarm'  | { -> farMarks() }    | { WebDriver d ->
            d.findElement(By.cssSelector("button.ack[data-id='${ids.alarms.AGX}']")).click()
        } | { WebDriver d -> d.findElements(By.cssSelector("button.ack[data-id='${ids.alarms.AGX}']")).isEmpty()
                && d.findElement(By.cssSelector('table.alarms')).text.contains("shr-site-${r.toLowerCase()}") }
    }

    def "the part's screen offers no acknowledgement to the agency, and none of another site's alarm to the site's operator"() {
        when:
        def agency = calls.get("/ui/incidents/${ids.span}", tokens.agency, [Accept: 'text/html,*/*;q=0.8']).text
        def site = calls.get("/ui/incidents/${ids.span}", tokens.site, [Accept: 'text/html,*/*;q=0.8']).text

        then:
        !agency.contains('class="ack"')
        !site.contains("data-id=\"${ids.alarms.FAR}\"")
        site.contains('incident-part.js') && !site.contains('/static/incident.js')
    }

    // --- helpers

    HttpResponse<byte[]> bytes(String path, String token) {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("${server.URL}$path")).header('Authorization', "Bearer $token")
                .build(), HttpResponse.BodyHandlers.ofByteArray())
    }

    /** The first mark found in a text (case aside), or null. */
    static String leak(String text, List<String> marks) {
        String seen = (text ?: '').toLowerCase()
        marks.find { seen.contains(it.toLowerCase()) }
    }
}
