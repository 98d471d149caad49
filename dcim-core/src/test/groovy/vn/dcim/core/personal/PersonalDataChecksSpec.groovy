package vn.dcim.core.personal

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.compliance.ComplianceState
import vn.dcim.core.testing.MariaDbSpec

import java.time.Duration
import java.time.Instant

/**
 * The personal data protection law's requirements in the compliance view, judged on the data: retention in force
 * (nothing kept past its days), picture readings each with a reason, no erasure still owed after a hold's release.
 * Features run in order on one database.
 */
@MicronautTest(transactional = false)
class PersonalDataChecksSpec extends MariaDbSpec {
    @Inject AccessLog accessLog
    @Inject FacePictures pictures
    @Inject LegalHolds holds
    @Inject SubjectRights rights
    @Inject PersonalDataRetentionDuty duty
    @Inject PersonalDataRetentionCheck retention
    @Inject PictureReadsPurposedCheck reads
    @Inject SubjectRequestsAnsweredCheck requests

    def "a picture or an access event kept past its days is a finding until the purge has run"() {
        given:
        def now = Instant.now()
        expect:
        retention.judge(now, null).state() == ComplianceState.compliant

        when:
        pictures.store(new FacePictures.Pushed('door-r', null, 'stale', 'Cũ Quá Hạn', 'R-1', now - Duration.ofDays(40), PersonalDataSpec.JPEG))
        accessLog.append([new AccessEvent(null, 'door-r', 'stale', 'site-1', AccessResult.granted, 'R-1', 'Cũ Quá Hạn', AccessDirection.in,
                now - Duration.ofDays(420), now - Duration.ofDays(420))])
        def stale = retention.judge(now, null)

        then:
        stale.state() == ComplianceState.non_compliant
        stale.said().args() == ['1', '30', '1', '400']

        when:
        duty.run(now)

        then:
        retention.judge(now, null).state() == ComplianceState.compliant
    }

    def "what a legal hold keeps past its days is no finding: the purge keeps it too"() {
        given: 'a person under a legal hold, with a picture and an access event past their days'
        def now = Instant.now()
        def hold = holds.place('Người Đang Điều Tra', 'H-7', 'Sự cố đang điều tra', 'sup')
        pictures.store(new FacePictures.Pushed('door-h', null, 'held', 'Người Đang Điều Tra', 'H-7', now - Duration.ofDays(40), PersonalDataSpec.JPEG))
        accessLog.append([new AccessEvent(null, 'door-h', 'held', 'site-1', AccessResult.granted, 'H-7', 'Người Đang Điều Tra', AccessDirection.in,
                now - Duration.ofDays(420), now - Duration.ofDays(420))])

        expect: 'the check agrees with the purge, which keeps them'
        retention.judge(now, null).state() == ComplianceState.compliant

        when: 'the hold is released'
        holds.release(hold.id(), 'sup')

        then: 'they are past their days now, until the purge runs'
        retention.judge(now, null).said().args() == ['1', '30', '1', '400']

        when:
        duty.run(now)

        then:
        retention.judge(now, null).state() == ComplianceState.compliant
    }

    def "a picture read without a reason is a finding naming the reader"() {
        given:
        def p = pictures.store(new FacePictures.Pushed('door-p', null, 'read', 'Người Được Xem', 'P-1', Instant.now(), PersonalDataSpec.JPEG)).get()

        expect:
        reads.judge(Instant.now(), null).state() == ComplianceState.compliant

        when:
        pictures.read(p.id(), 'supervisor-a', 'đối chiếu sự cố')

        then:
        reads.judge(Instant.now(), null).state() == ComplianceState.compliant

        when:
        pictures.read(p.id(), 'supervisor-b', null)
        def bad = reads.judge(Instant.now(), null)

        then:
        bad.state() == ComplianceState.non_compliant
        bad.said().args() == ["supervisor-b #${p.id()}".toString()]
    }

    def "an erasure refused by a hold is owed once the hold is released, until it is handled"() {
        given:
        def hold = holds.place('Người Bị Giữ', null, 'Sự cố đang điều tra', 'sup')
        rights.erase('Người Bị Giữ', null, 'chính người đó', null, 'sup')

        expect: 'refused while the hold is in force: answered'
        requests.judge(Instant.now(), null).state() == ComplianceState.compliant

        when:
        holds.release(hold.id(), 'sup')
        def owed = requests.judge(Instant.now(), null)

        then:
        owed.state() == ComplianceState.non_compliant
        owed.said().args()[0].toString().startsWith('Người Bị Giữ (#')

        when:
        rights.erase('Người Bị Giữ', null, 'chính người đó', null, 'sup')

        then:
        requests.judge(Instant.now(), null).state() == ComplianceState.compliant
    }
}
