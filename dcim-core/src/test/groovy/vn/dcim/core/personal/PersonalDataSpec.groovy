package vn.dcim.core.personal

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.audit.AuditLog
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.people.People
import vn.dcim.core.schedule.RunStatus
import vn.dcim.core.testing.Jpegs
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant

/**
 * Personal data as the law wants it: retention per kind with lawful floors, the nightly purge sparing legal holds,
 * a person's records exported, their erasure refused by a hold and bounded by the access log's lawful minimum,
 * face pictures kept encrypted and every reading audited.
 */
@MicronautTest(transactional = false)
class PersonalDataSpec extends MariaDbSpec {
    static final byte[] JPEG = Jpegs.jpeg('JFIF face of a person')

    @Inject AccessLog accessLog
    @Inject People people
    @Inject FacePictures pictures
    @Inject LegalHolds holds
    @Inject SubjectRights rights
    @Inject PersonalDataRetentionDuty duty
    @Inject AuditLog audit
    @Inject DataSource dataSource

    def "configured #configuredLog/#configuredPictures days keep the access log #log and pictures #pics days (adjusted: #adjusted)"() {
        given:
        def policy = RetentionPolicy.of(configuredLog, configuredPictures, 100_000)

        expect:
        policy.accessLogDays() == log
        policy.pictureDays() == pics
        policy.adjusted() == adjusted

        where:
        configuredLog | configuredPictures || log | pics | adjusted
        400           | 30                 || 400 | 30   | false
        90            | 30                 || 183 | 30   | true     // QĐ 11/2023 Điều 30 khoản 7 điểm a: at least 6 months
        400           | 7                  || 400 | 30   | true     // Điều 6 khoản 5: images at least 30 days
        200           | 365                || 200 | 200  | true     // a picture is never kept longer than its access log
        183           | 183                || 183 | 183  | false
    }

    def "the nightly purge erases pictures past their days and events past the access log's, sparing a legal hold, counted and audited"() {
        given:
        def now = Instant.now()
        def tag = UUID.randomUUID().toString().take(6)
        def (kept, held) = ["Phạm Văn Giữ $tag", "Lê Thị Điều Tra $tag"]
        [kept, held].each { who ->
            event("door-$tag", "$who-old", who, "b-$who", now - Duration.ofDays(500))
            event("door-$tag", "$who-mid", who, "b-$who", now - Duration.ofDays(100))
            picture("door-$tag", "$who-old-pic", who, "b-$who", now - Duration.ofDays(45))
            picture("door-$tag", "$who-new-pic", who, "b-$who", now - Duration.ofDays(3))
            people.addVisit(who, 'Sở TTTT', 'bảo trì', "b-$who", now - Duration.ofDays(501), now - Duration.ofDays(500), 'sup', true, null, 'op')
            people.addVisit(who, 'Sở TTTT', 'bảo trì', "b-$who", now - Duration.ofDays(11), now - Duration.ofDays(10), 'sup', true, null, 'op')
        }
        holds.place(held, null, 'Sự cố an ninh đang điều tra', 'spec-supervisor')

        when:
        def outcome = duty.run(now)

        then: 'the free person keeps only what is younger than each kind\'s retention'
        outcome.status() == RunStatus.ok
        accessLog.ofPerson(kept, null, 100)*.messageId == ["$kept-mid"]
        pictures.ofPerson(kept, null)*.messageId == ["$kept-new-pic"]
        people.visitsOf(kept, null).size() == 1

        and: 'the held person keeps everything'
        accessLog.ofPerson(held, null, 100).size() == 2
        pictures.ofPerson(held, null).size() == 2
        people.visitsOf(held, null).size() == 2

        and: 'the run is counted in its outcome and in the audit log'
        outcome.message() =~ /Erased [1-9]\d* face picture\(s\) older than 30 days and [1-9]\d* access event\(s\) older than 400 days \([1-9]\d* legal hold\(s\) kept\); [1-9]\d* visit\(s\)/
        def row = audit.browse('personal_data', 'retention', null, 'purge', 1, 0).events()[0]
        row.actor() == 'system'
        row.afterJson().contains('"accessLogDays":400')
    }

    def "a person's export holds their access events, visits, staff entry and pictures, found by name without marks or by badge"() {
        given:
        def now = Instant.now()
        def tag = UUID.randomUUID().toString().take(6)
        def name = "Nguyễn Thị Xuất $tag"
        event("door-$tag", 'e1', name, "B-$tag", now - Duration.ofDays(2))
        event("door-$tag", 'e2', null, "B-$tag", now - Duration.ofDays(1))      // a badge swiped without a name
        event("door-$tag", 'e3', "Someone Else $tag", "C-$tag", now - Duration.ofDays(1))
        people.addVisit(name, 'Sở TTTT', 'bảo trì', "B-$tag", now - Duration.ofDays(5), now - Duration.ofDays(5) + Duration.ofHours(2), 'sup', true, null, 'op')
        people.addStaff(name, "B-$tag", now - Duration.ofDays(900), 'sup')
        picture("door-$tag", 'e1', name, "B-$tag", now - Duration.ofDays(2))

        when:
        def r = rights.export("nguyen thi xuat $tag", "B-$tag", 'đơn của chính người đó', null, 'spec-supervisor')

        then:
        r.accessEvents()*.messageId == ['e1', 'e2']
        r.visits()*.visitor == [name]
        r.staff()*.name == [name]
        r.pictures()*.messageId == ['e1']
        rights.requests(10, 0).find { it.id() == r.requestId() }.with {
            kind() == SubjectRequest.Kind.export && outcome() == SubjectRequest.Outcome.exported && askedBy() == 'đơn của chính người đó'
                    && handledBy() == 'spec-supervisor' && detail().startsWith('2 access event(s), 1 visit(s), 1 staff entry(ies), 1 face picture(s)')
        }
    }

    def "a legal hold refuses the erasure with its reason; released, the erasure keeps only what the law's minimum holds"() {
        given:
        def now = Instant.now()
        def tag = UUID.randomUUID().toString().take(6)
        def name = "Trần Văn Xóa $tag"
        event("door-$tag", 'old', name, "X-$tag", now - Duration.ofDays(300))
        event("door-$tag", 'young', name, "X-$tag", now - Duration.ofDays(20))
        picture("door-$tag", 'young', name, "X-$tag", now - Duration.ofDays(20))
        def hold = holds.place(null, "X-$tag", 'Sự cố ngày 20/11: đang điều tra', 'spec-supervisor')

        when:
        def refused = rights.erase(name, null, 'người đó', null, 'spec-supervisor')

        then:
        refused.outcome() == SubjectRequest.Outcome.refused
        refused.kept() == ["legal hold #${hold.id()} (spec-supervisor): Sự cố ngày 20/11: đang điều tra".toString()]
        accessLog.ofPerson(name, null, 10).size() == 2
        pictures.ofPerson(name, null).size() == 1

        when:
        holds.release(hold.id(), 'spec-supervisor')
        def done = rights.erase(name, null, 'người đó', null, 'spec-supervisor')

        then:
        done.outcome() == SubjectRequest.Outcome.partly
        done.accessEvents() == 1
        done.pictures() == 1
        done.kept()[0].contains('QĐ 11/2023 Điều 30 khoản 7 điểm a')
        accessLog.ofPerson(name, null, 10)*.messageId == ['young']
        pictures.ofPerson(name, null).isEmpty()
        rights.requests(10, 0).findAll { it.person() == name }*.outcome() == [SubjectRequest.Outcome.partly, SubjectRequest.Outcome.refused]
    }

    def "a picture is kept encrypted, bounded in size, and reading it writes who read whose picture and why"() {
        given:
        def tag = UUID.randomUUID().toString().take(6)
        def kept = picture("door-$tag", 'p1', "Hoàng Ảnh $tag", "P-$tag", Instant.now())
        def raw = new Sql(dataSource).rows('SELECT sealed FROM face_picture WHERE id = ?', [kept.id()])[0].sealed as byte[]

        expect: 'the database holds no picture bytes'
        raw.length > JPEG.length
        !new String(raw, 'ISO-8859-1').contains('JFIF face of a person')

        when:
        def opened = pictures.read(kept.id(), 'spec-auditor', 'đối chiếu sự cố')
        def row = audit.browse('face_picture', String.valueOf(kept.id()), 'spec-auditor', 'read', 5, 0).events()

        then:
        opened.content() == JPEG
        row.size() == 1
        row[0].afterJson().contains("Hoàng Ảnh $tag") && row[0].afterJson().contains('đối chiếu sự cố')

        when:
        pictures.store(new FacePictures.Pushed("door-$tag", null, 'big', null, null, Instant.now(), Jpegs.jpeg('x' * 600_000)))

        then:
        thrown(InvalidInputException)

        when:
        pictures.store(new FacePictures.Pushed("door-$tag", null, 'text', null, null, Instant.now(), 'not a picture'.bytes))

        then:
        thrown(InvalidInputException)
    }

    private void event(String door, String id, String person, String badge, Instant at) {
        accessLog.append([new AccessEvent(null, door, id, 'site-1', AccessResult.granted, badge, person, AccessDirection.in, at, at)])
    }

    private FacePicture picture(String door, String id, String person, String badge, Instant at) {
        pictures.store(new FacePictures.Pushed(door, null, id, person, badge, at, JPEG)).get()
    }
}
