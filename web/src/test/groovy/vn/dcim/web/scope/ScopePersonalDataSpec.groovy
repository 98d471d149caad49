package vn.dcim.web.scope

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.audit.AuditLog
import vn.dcim.core.personal.FacePictures
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.api.personal.PersonalDataApiSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Duration
import java.time.Instant
import java.util.zip.ZipInputStream

/**
 * One person who passed the doors of two sites, read by an account limited to one of them: the access events, the face
 * pictures, the data-subject export (JSON and ZIP) and the personal-data screen show the own site's records only, counted
 * and paged in SQL; a picture of the other site answers 404 and its reading is not audited as done; an agency's account
 * reaches none of it. The province's account still sees both sites.
 */
@MicronautTest(transactional = false)
class ScopePersonalDataSpec extends MariaDbSpec {
    @Shared String r = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toLowerCase()

    @Inject EmbeddedServer server
    @Inject @Client('/') HttpClient client
    @Inject TestUsers users
    @Inject UserAccounts accounts
    @Inject AccessLog accessLog
    @Inject FacePictures pictures
    @Inject AuditLog audit

    @Shared Calls calls
    @Shared String siteToken
    @Shared String agencyToken
    @Shared Map<String, Object> ids = [:]

    String person() { "Trần Thị Hai Nơi $r" }

    String badge() { "HN-$r" }

    def "seeded: the person passed three doors of the own site and two of the far site, a picture at each of two doors"() {
        given:
        calls = new Calls(server.URL)
        String all = users.token(TestUsers.EVERY_ROLE)
        String own = "pd-own-$r"
        String far = "pd-far-$r"
        [own, far].each { assert calls.post('/api/sites', [id: it, name: "TTDL $it", province: 'Thái Nguyên'], all).status == 201 }
        Instant now = Instant.now()
        event("door-own-$r", own, 'o1', now - Duration.ofHours(5))
        event("door-far-$r", far, 'f1', now - Duration.ofHours(4))
        event("door-own-$r", own, 'o2', now - Duration.ofHours(3))
        event("door-far-$r", far, 'f2', now - Duration.ofHours(2))
        event("door-own-$r", own, 'o3', now - Duration.ofHours(1))
        ids.ownPicture = picture("door-own-$r", own, 'o3', now - Duration.ofHours(1))
        ids.farPicture = picture("door-far-$r", far, 'f2', now - Duration.ofHours(2))
        ids.own = own
        ids.far = far
        siteToken = scoped("pd-site-$r", [siteIds: [own]])
        long agency = calls.post('/api/agencies', [code: "PDA$r".toUpperCase(), name: "Sở PDA$r"], all).json.id as long
        agencyToken = scoped("pd-agency-$r", [agencyId: agency])

        expect:
        ids.ownPicture && ids.farPicture
    }

    def "the access log of the person: the own site's events only, counted and paged in SQL"() {
        when:
        def page = calls.get("/api/access-events?person=${enc(person())}&limit=2&offset=1", siteToken).json
        def everyone = calls.get("/api/access-events?person=${enc(person())}", users.token(TestUsers.EVERY_ROLE)).json

        then: 'newest first: o3, o2, o1 of the own site; the second page of two starts at o2'
        page.count == 3
        page.results*.messageId == ['o2', 'o1']
        everyone.count == 5
    }

    def "the person's face pictures: the own site's only, counted and paged in SQL"() {
        when:
        def mine = calls.get("/api/face-pictures?badge=${badge()}", siteToken).json
        def recent = calls.get('/api/face-pictures?limit=1000', siteToken).json
        def second = calls.get("/api/face-pictures?badge=${badge()}&limit=1&offset=1", users.token(TestUsers.EVERY_ROLE)).json

        then:
        mine.count == 1
        mine.results*.id == [ids.ownPicture]
        mine.results[0].siteId == ids.own
        !recent.results*.siteId.contains(ids.far)
        recent.results*.id*.toLong().contains(ids.ownPicture as long)
        !recent.results*.id*.toLong().contains(ids.farPicture as long)
        second.count == 2
        second.results*.id == [ids.farPicture]
    }

    def "a picture of the far site answers 404 and no reading of it is audited; the own site's is seen"() {
        given:
        int readsBefore = readsOf(ids.farPicture as long)

        when:
        def far = calls.get("/api/face-pictures/${ids.farPicture}/image?why=spec", siteToken)
        def own = calls.get("/api/face-pictures/${ids.ownPicture}/image?why=spec", siteToken)

        then:
        far.status == 404
        !far.text.contains(person())
        own.status == 200
        readsOf(ids.farPicture as long) == readsBefore
    }

    def "the export of a centre limited to its site holds what its doors recorded, and names the sites it was cut to"() {
        given:
        Map ask = [person: person(), askedBy: "${person()} (đơn ngày 27/11)".toString()]

        when:
        def export = calls.post('/api/personal-data/exports', ask, siteToken).json
        byte[] zip = client.toBlocking().retrieve(HttpRequest.POST('/api/personal-data/exports/archive', ask).bearerAuth(siteToken), byte[])
        List<String> entries = []
        new ZipInputStream(new ByteArrayInputStream(zip)).with { z ->
            for (def e = z.nextEntry; e != null; e = z.nextEntry) entries << e.name
        }
        def requests = calls.get('/api/personal-data/requests', users.token(TestUsers.EVERY_ROLE)).json.results

        then:
        export.accessEvents*.messageId == ['o1', 'o2', 'o3']
        export.pictures*.id == [ids.ownPicture]
        export.sites == [ids.own]
        entries == ['records.json', "pictures/${ids.ownPicture}.jpg".toString()]
        requests.find { it.person == person() }.detail.contains("of site(s) ${ids.own}")
    }

    def "the province's export holds both sites"() {
        when:
        def export = calls.post('/api/personal-data/exports', [badge: badge(), askedBy: 'chính người đó'], users.token(TestUsers.EVERY_ROLE)).json

        then:
        export.accessEvents*.messageId == ['o1', 'f1', 'o2', 'f2', 'o3']
        export.pictures*.id.toSet() == [ids.ownPicture, ids.farPicture].toSet()
    }

    def "the personal-data screen of the site account shows its own door's picture, not the far one's, and no holds or requests"() {
        when:
        def page = calls.get('/ui/personal-data', siteToken, [Accept: 'text/html'])

        then:
        page.status == 200
        page.text.contains("door-own-$r")
        !page.text.contains("door-far-$r")
        !page.text.contains('id="pd-holds"')
        !page.text.contains('id="pd-erase"')
        page.text.contains('id="pd-limited"')
    }

    def "the agency's account reaches no personal data: #path answers 404"() {
        expect:
        calls.send(method, path.replace('#', ids.ownPicture.toString()), [Authorization: "Bearer $agencyToken"],
                method == 'POST' ? [person: person(), askedBy: 'x'] : null).status == 404

        where:
        method | path
        'GET'  | '/api/access-events'
        'GET'  | '/api/face-pictures'
        'GET'  | '/api/face-pictures/#/image'
        'POST' | '/api/personal-data/exports'
        'POST' | '/api/personal-data/exports/document'
        'POST' | '/api/personal-data/erasures'
        'GET'  | '/api/personal-data/holds'
        'GET'  | '/ui/personal-data'
    }

    def "the site account does not erase nor hold (they span every site): #path answers 404"() {
        expect:
        calls.send('POST', path, [Authorization: "Bearer $siteToken"], [person: person(), askedBy: 'x', reason: 'y']).status == 404
        calls.get("/api/access-events?person=${enc(person())}", users.token(TestUsers.EVERY_ROLE)).json.count == 5

        where:
        path << ['/api/personal-data/erasures', '/api/personal-data/holds']
    }

    private int readsOf(long pictureId) {
        audit.browse('face_picture', String.valueOf(pictureId), null, 'read', 100, 0).total() as int
    }

    private void event(String door, String site, String id, Instant at) {
        accessLog.append([new AccessEvent(null, door, id, site, AccessResult.granted, badge(), person(), AccessDirection.in, at, at)])
    }

    private long picture(String door, String site, String id, Instant at) {
        pictures.store(new FacePictures.Pushed(door, site, id, person(), badge(), at, PersonalDataApiSpec.JPEG)).get().id()
    }

    private String scoped(String name, Map scope) {
        users.person(name, "Phạm vi $name", TestUsers.EVERY_ROLE)
        long id = accounts.findByUsername(name).get().id()
        def set = calls.send('PUT', "/api/users/$id/scope", [Authorization: "Bearer ${users.adminToken()}"], scope)
        assert set.status == 200: set.text
        users.login(name, TestUsers.PASSWORD).access_token as String
    }

    private static String enc(String s) { URLEncoder.encode(s, 'UTF-8') }
}
