package vn.dcim.core.centre

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.compliance.ComplianceState
import vn.dcim.core.compliance.ComplianceStore
import vn.dcim.core.error.ConflictException
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.error.NotFoundException
import vn.dcim.core.site.LocationRegistry
import vn.dcim.core.site.Site
import vn.dcim.core.testing.MariaDbSpec

import java.nio.file.Files

/**
 * A merged province runs two centres: each runs its own sites and is judged by the regulation it still follows;
 * a centre that adopts another keeps every requirement's history, each change naming the profile that judged it.
 */
@MicronautTest(transactional = false)
class CentresSpec extends MariaDbSpec {
    /** A regulation of the operator's own, loaded from a file: sessions idle at most 5 minutes (the product signs out at 10). */
    static final String PROFILE_DIR = profileDir()
    static final String SESSION_TIMEOUT = 'R-000-06.2a'

    @Inject Centres centres
    @Inject CentreCompliance compliance
    @Inject ComplianceStore store
    @Inject LocationRegistry locations

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['dcim.compliance.profile-dir': PROFILE_DIR]
    }

    static String profileDir() {
        def dir = Files.createTempDirectory('dcim-profiles')
        def values = vn.dcim.core.compliance.PolicyProfiles.load('qd-11-2023-bac-kan').values().collect { k, v ->
            "  $k: {value: ${k == 'session-timeout-minutes' ? 5 : v.value()}, article: \"Điều 4\"}" }.join('\n')
        java.nio.file.Files.writeString(dir.resolve('thai-nguyen.yml'), """id: qd-12-2026-thai-nguyen
regulation: "QĐ 12/2026/QĐ-UBND"
issuer: "UBND tỉnh Thái Nguyên"
name: "QĐ 12/2026 — UBND tỉnh Thái Nguyên"
values:
$values
""")
        dir.toFile().deleteOnExit()
        dir.toString()
    }

    static String code() { 'tt-' + System.nanoTime() % 1_000_000 }

    def "a centre switches profile and keeps each requirement's history, with the profile that judged each change"() {
        given: 'the former Bắc Kạn centre, still under its own regulation (named by its former province)'
        def centre = centres.add(code(), 'Trung tâm Bắc Kạn (cũ)', 'Thái Nguyên', 'bac-kan', 'leader')
        def installationBefore = store.current()[SESSION_TIMEOUT]

        when:
        def first = compliance.evaluate(centre.id(), 'vi').find { it.id() == SESSION_TIMEOUT }

        then: 'sessions idle 10 minutes meet QĐ 22/2021'
        centre.profileId() == 'qd-11-2023-bac-kan'
        first.state() == ComplianceState.compliant

        when: 'the new province issues its regulation and the centre adopts it'
        centres.switchProfile(centre.id(), 'qd-12-2026-thai-nguyen', 'QĐ 12/2026 thay thế QĐ 11/2023', 'leader')
        def second = compliance.evaluate(centre.id(), 'vi').find { it.id() == SESSION_TIMEOUT }

        then: 'the stricter number judges it now'
        second.state() == ComplianceState.non_compliant

        and: 'the history keeps the earlier state with the profile then in force'
        compliance.history(centre.id(), SESSION_TIMEOUT).collect { [it.state(), it.profileId()] } ==
                [[ComplianceState.compliant, 'qd-11-2023-bac-kan'], [ComplianceState.non_compliant, 'qd-12-2026-thai-nguyen']]

        and: 'the switches are kept, from when'
        centres.profileHistory(centre.id()).collect { [it.previousProfileId(), it.profileId(), it.changedBy()] } ==
                [[null, 'qd-11-2023-bac-kan', 'leader'], ['qd-11-2023-bac-kan', 'qd-12-2026-thai-nguyen', 'leader']]
        centres.profileHistory(centre.id())[1].reason() == 'QĐ 12/2026 thay thế QĐ 11/2023'

        and: 'the whole installation and the other centres are not touched'
        store.current()[SESSION_TIMEOUT] == installationBefore
    }

    def "two centres of one province are judged apart, each by its own regulation"() {
        given:
        def north = centres.add(code(), 'Trung tâm Thái Nguyên', 'Thái Nguyên', 'qd-12-2026-thai-nguyen', 'leader')
        def south = centres.add(code(), 'Trung tâm Bắc Kạn (cũ)', 'Thái Nguyên', 'qd-11-2023-bac-kan', 'leader')

        expect:
        compliance.evaluate(north.id(), 'en').find { it.id() == SESSION_TIMEOUT }.state() == ComplianceState.non_compliant
        compliance.evaluate(south.id(), 'en').find { it.id() == SESSION_TIMEOUT }.state() == ComplianceState.compliant
        store.current(north.id())[SESSION_TIMEOUT].state() == ComplianceState.non_compliant
        store.current(south.id())[SESSION_TIMEOUT].state() == ComplianceState.compliant
    }

    def "a site is run by one centre: assigning it to another moves it"() {
        given:
        def siteId = 'site-' + System.nanoTime() % 1_000_000
        locations.createSite(new Site(siteId, 'Phòng máy chủ', 'Thái Nguyên', null), 'am-1')
        def a = centres.add(code(), 'A', 'Thái Nguyên', 'bac-kan', 'leader')
        def b = centres.add(code(), 'B', 'Thái Nguyên', 'bac-kan', 'leader')

        when:
        centres.assignSite(a.id(), siteId, 'leader')

        then:
        centres.sitesOf(a.id()) == [siteId]
        centres.centreOf(siteId).get().id() == a.id()

        when:
        centres.assignSite(b.id(), siteId, 'leader')

        then:
        centres.sitesOf(a.id()) == []
        centres.sitesOf(b.id()) == [siteId]

        when:
        centres.releaseSite(b.id(), siteId, 'leader')

        then:
        centres.centreOf(siteId).isEmpty()

        when: 'a site that is not the centre\'s, and a site that does not exist'
        centres.releaseSite(a.id(), siteId, 'leader')

        then:
        thrown(NotFoundException)

        when:
        centres.assignSite(a.id(), 'no-such-site', 'leader')

        then:
        thrown(NotFoundException)
    }

    def "a centre the register cannot keep is refused: #why"() {
        when:
        centres.add(code, name, province, profile, 'leader')

        then:
        thrown(expected)

        where:
        why                  | code        | name        | province     | profile        || expected
        'blank code'         | ' '         | 'A'         | 'Thái Nguyên'| 'bac-kan'      || InvalidInputException
        'spaces in the code' | 'tt bk'     | 'A'         | 'Thái Nguyên'| 'bac-kan'      || InvalidInputException
        'no name'            | 'tt-x1'     | ''          | 'Thái Nguyên'| 'bac-kan'      || InvalidInputException
        'no province'        | 'tt-x2'     | 'A'         | null         | 'bac-kan'      || InvalidInputException
        'unknown profile'    | 'tt-x3'     | 'A'         | 'Thái Nguyên'| 'thai-binh'    || InvalidInputException
        'no profile'         | 'tt-x4'     | 'A'         | 'Thái Nguyên'| null           || InvalidInputException
    }

    def "a code is the centre's for good, and a switch to the profile in force is refused"() {
        given:
        def c = code()
        def centre = centres.add(c, 'A', 'An Giang', 'an-giang', 'leader')

        when:
        centres.add(c.toUpperCase(), 'B', 'An Giang', 'an-giang', 'leader')

        then:
        thrown(ConflictException)

        when: 'the former name of the regulation it follows already'
        centres.switchProfile(centre.id(), 'an-giang', null, 'leader')

        then:
        thrown(ConflictException)
        centres.profileHistory(centre.id()).size() == 1
    }
}
