package vn.dcim.web.api.personal

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.account.Role
import vn.dcim.core.audit.AuditLog
import vn.dcim.core.personal.FacePictures
import vn.dcim.core.testing.Jpegs
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.TestUsers

import java.time.Duration
import java.time.Instant
import java.util.zip.ZipInputStream

import static vn.dcim.web.testing.Refused.failure

/**
 * A data subject's rights through the API, as the supervisor who answers them and the auditor who checks: a person's
 * access-log records exported (JSON, ZIP with their pictures) and erased down to the law's minimum, a legal hold
 * refusing the erasure, a face picture seen only by the roles access.yml names and every reading audited.
 */
@MicronautTest(transactional = false)
class PersonalDataApiSpec extends MariaDbSpec {
    static final byte[] JPEG = Jpegs.jpeg('JFIF spec face')

    @Inject @Client('/') HttpClient client
    @Inject TestUsers users
    @Inject AccessLog accessLog
    @Inject FacePictures pictures
    @Inject AuditLog audit

    def "a supervisor exports a person's access-log records and erases them down to the law's minimum"() {
        given:
        def tag = UUID.randomUUID().toString().take(6)
        def name = "Vũ Thị Quyền $tag".toString()
        def now = Instant.now()
        event("door-$tag", 'old', name, "Q-$tag", now - Duration.ofDays(250))
        event("door-$tag", 'young', name, "Q-$tag", now - Duration.ofDays(5))
        picture("door-$tag", 'young', name, "Q-$tag", now - Duration.ofDays(5))
        def ask = [person: name.toString(), askedBy: "$name (đơn ngày 27/11)".toString(), reason: 'Luật 91/2025/QH15']

        when:
        Map export = send(HttpRequest.POST('/api/personal-data/exports', ask), Role.supervisor)

        then:
        export.accessEvents*.messageId == ['old', 'young']
        export.accessEvents*.person.unique() == [name]
        export.pictures*.messageId == ['young']

        when: 'the archive holds the records and the picture itself'
        byte[] zip = client.toBlocking().retrieve(HttpRequest.POST('/api/personal-data/exports/archive', ask)
                .bearerAuth(users.token([Role.supervisor] as Set)), byte[])
        def entries = [:]
        new ZipInputStream(new ByteArrayInputStream(zip)).with { z ->
            for (def e = z.nextEntry; e != null; e = z.nextEntry) entries[e.name] = z.readAllBytes()
        }

        then:
        entries.keySet().toList() == ['records.json', "pictures/${export.pictures[0].id}.jpg".toString()]
        entries["pictures/${export.pictures[0].id}.jpg".toString()] == JPEG
        new String(entries['records.json'] as byte[], 'UTF-8').contains(name)

        when:
        Map erased = send(HttpRequest.POST('/api/personal-data/erasures', ask), Role.supervisor)
        Map left = send(HttpRequest.GET("/api/access-events?person=${URLEncoder.encode(name, 'UTF-8')}"), Role.auditor)
        Map requests = send(HttpRequest.GET('/api/personal-data/requests'), Role.auditor)

        then:
        erased.outcome == 'partly'
        erased.accessEvents == 1
        erased.pictures == 1
        erased.kept[0].contains('QĐ 11/2023 Điều 30 khoản 7 điểm a')
        left.results*.messageId == ['young']
        requests.results.findAll { it.person == name }*.kind == ['erase', 'export', 'export']
        requests.results.find { it.person == name && it.kind == 'erase' }.handledBy == users.account([Role.supervisor] as Set)
    }

    def "a legal hold refuses the erasure and says why"() {
        given:
        def tag = UUID.randomUUID().toString().take(6)
        event("door-$tag", 'e', "Held $tag", "H-$tag", Instant.now() - Duration.ofDays(300))
        Map hold = send(HttpRequest.POST('/api/personal-data/holds', [badge: "H-$tag".toString(), reason: 'Sự cố ANTT số 12/2026 đang điều tra']), Role.supervisor)

        when:
        Map erased = send(HttpRequest.POST('/api/personal-data/erasures', [badge: "H-$tag".toString(), askedBy: 'chính người đó']), Role.supervisor)

        then:
        erased.outcome == 'refused'
        erased.kept == ["legal hold #${hold.id} (${users.account([Role.supervisor] as Set)}): Sự cố ANTT số 12/2026 đang điều tra".toString()]
        accessLog.ofPerson(null, "H-$tag", 10).size() == 1
    }

    def "#role may not #what (403)"() {
        expect:
        failure { send(request, role) }.status == HttpStatus.FORBIDDEN

        where:
        role            | what                    | request
        Role.operator   | 'export a person'       | HttpRequest.POST('/api/personal-data/exports', [person: 'A', askedBy: 'A'])
        Role.operator   | 'erase a person'        | HttpRequest.POST('/api/personal-data/erasures', [person: 'A', askedBy: 'A'])
        Role.auditor    | 'erase a person'        | HttpRequest.POST('/api/personal-data/erasures', [person: 'A', askedBy: 'A'])
        Role.admin      | 'place a legal hold'    | HttpRequest.POST('/api/personal-data/holds', [person: 'A', reason: 'x'])
        Role.operator   | 'list face pictures'    | HttpRequest.GET('/api/face-pictures')
        Role.admin      | 'see a face picture'    | HttpRequest.GET('/api/face-pictures/1/image')
        Role.maintenance| 'see a face picture'    | HttpRequest.GET('/api/face-pictures/1/image')
    }

    def "an auditor sees a face picture, and the reading is written in the audit log: who, whose, why"() {
        given:
        def tag = UUID.randomUUID().toString().take(6)
        def kept = picture("door-$tag", 'p', "Đỗ Văn Ảnh $tag", "A-$tag", Instant.now())
        def auditor = users.account([Role.auditor] as Set)

        when:
        def answer = client.toBlocking().exchange(HttpRequest.GET("/api/face-pictures/${kept.id()}/image?why=${URLEncoder.encode('đối chiếu sự cố', 'UTF-8')}")
                .bearerAuth(users.token([Role.auditor] as Set)), byte[])
        def rows = audit.browse('face_picture', String.valueOf(kept.id()), auditor, 'read', 10, 0).events()

        then:
        answer.body() == JPEG
        answer.contentType.get().toString() == 'image/jpeg'
        rows.size() == 1
        rows[0].afterJson().contains("Đỗ Văn Ảnh $tag")
        rows[0].afterJson().contains('đối chiếu sự cố')
    }

    Map send(HttpRequest request, Role role) {
        client.toBlocking().retrieve(request.bearerAuth(users.token([role] as Set)), Map)
    }

    private void event(String door, String id, String person, String badge, Instant at) {
        accessLog.append([new AccessEvent(null, door, id, 'site-1', AccessResult.granted, badge, person, AccessDirection.in, at, at)])
    }

    private def picture(String door, String id, String person, String badge, Instant at) {
        pictures.store(new FacePictures.Pushed(door, null, id, person, badge, at, JPEG)).get()
    }
}
