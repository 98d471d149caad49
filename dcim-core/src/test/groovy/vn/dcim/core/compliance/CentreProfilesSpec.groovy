package vn.dcim.core.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.centre.Centres
import vn.dcim.core.error.ConflictException
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.error.NotFoundException
import vn.dcim.core.testing.MariaDbSpec

import java.nio.file.Files

/**
 * A merged province runs two centres, each judged by the regulation it still follows; a centre that adopts another
 * keeps every requirement's history, each change naming the profile that judged it.
 */
@MicronautTest(transactional = false)
class CentreProfilesSpec extends MariaDbSpec {
    /** A regulation of the operator's own, loaded from a file: sessions idle at most 5 minutes (the product signs out at 10). */
    static final String PROFILE_DIR = profileDir()
    static final String SESSION_TIMEOUT = 'R-000-06.2a'

    @Inject Centres centres
    @Inject CentreProfiles compliance
    @Inject ComplianceStore store

    @Override
    Map<String, String> getProperties() {
        super.getProperties() + ['dcim.compliance.profile-dir': PROFILE_DIR]
    }

    static String profileDir() {
        def dir = Files.createTempDirectory('dcim-profiles')
        def values = PolicyProfiles.load('qd-11-2023-bac-kan').values().collect { k, v ->
            "  $k: {value: ${k == 'session-timeout-minutes' ? 5 : v.value()}, article: \"Điều 4\"}" }.join('\n')
        Files.writeString(dir.resolve('thai-nguyen.yml'), """id: qd-12-2026-thai-nguyen
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
        def centre = centres.add(code(), 'Trung tâm Bắc Kạn (cũ)', 'Thái Nguyên', 'leader')
        compliance.adopt(centre.id(), 'bac-kan', null, 'leader')
        def installationBefore = store.current()[SESSION_TIMEOUT]

        when:
        def first = compliance.evaluate(centre.id(), 'vi').find { it.id() == SESSION_TIMEOUT }

        then: 'sessions idle 10 minutes meet QĐ 22/2021'
        compliance.profileOf(centre.id()).id() == 'qd-11-2023-bac-kan'
        first.state() == ComplianceState.compliant

        when: 'the new province issues its regulation and the centre adopts it'
        compliance.adopt(centre.id(), 'qd-12-2026-thai-nguyen', 'QĐ 12/2026 thay thế QĐ 11/2023', 'leader')
        def second = compliance.evaluate(centre.id(), 'vi').find { it.id() == SESSION_TIMEOUT }

        then: 'the stricter number judges it now'
        second.state() == ComplianceState.non_compliant

        and: 'the history keeps the earlier state with the profile then in force'
        compliance.history(centre.id(), SESSION_TIMEOUT).collect { [it.state(), it.profileId()] } ==
                [[ComplianceState.compliant, 'qd-11-2023-bac-kan'], [ComplianceState.non_compliant, 'qd-12-2026-thai-nguyen']]

        and: 'the switches are kept, from when'
        compliance.switches(centre.id()).collect { [it.previousProfileId(), it.profileId(), it.changedBy()] } ==
                [[null, 'qd-11-2023-bac-kan', 'leader'], ['qd-11-2023-bac-kan', 'qd-12-2026-thai-nguyen', 'leader']]
        compliance.switches(centre.id())[1].reason() == 'QĐ 12/2026 thay thế QĐ 11/2023'

        and: 'the whole installation is not touched'
        store.current()[SESSION_TIMEOUT] == installationBefore
    }

    def "two centres of one province are judged apart, each by its own regulation"() {
        given:
        def north = centres.add(code(), 'Trung tâm Thái Nguyên', 'Thái Nguyên', 'leader')
        def south = centres.add(code(), 'Trung tâm Bắc Kạn (cũ)', 'Thái Nguyên', 'leader')
        compliance.adopt(north.id(), 'qd-12-2026-thai-nguyen', null, 'leader')
        compliance.adopt(south.id(), 'qd-11-2023-bac-kan', null, 'leader')

        expect:
        compliance.evaluate(north.id(), 'en').find { it.id() == SESSION_TIMEOUT }.state() == ComplianceState.non_compliant
        compliance.evaluate(south.id(), 'en').find { it.id() == SESSION_TIMEOUT }.state() == ComplianceState.compliant
        store.current(north.id())[SESSION_TIMEOUT].state() == ComplianceState.non_compliant
        store.current(south.id())[SESSION_TIMEOUT].state() == ComplianceState.compliant
    }

    def "a centre that never chose follows the installation's profile"() {
        given:
        def centre = centres.add(code(), 'Trung tâm mới', 'Quảng Ngãi', 'leader')

        expect:
        compliance.profileOf(centre.id()).id() == 'qd-11-2023-bac-kan'
        compliance.switches(centre.id()).isEmpty()
    }

    def "a switch the register cannot keep is refused: #why"() {
        given:
        def centre = centres.add(code(), 'A', 'An Giang', 'leader')
        compliance.adopt(centre.id(), 'qd-59-2024-an-giang', null, 'leader')

        when:
        compliance.adopt(centreId ?: centre.id(), profile, reason, 'leader')

        then:
        thrown(expected)
        compliance.switches(centre.id()).size() == 1

        where:
        why                                   | centreId | profile       | reason     || expected
        'the one it follows, by former name'  | null     | 'an-giang'    | null       || ConflictException
        'an unknown profile'                  | null     | 'thai-binh'   | null       || InvalidInputException
        'no profile'                          | null     | ' '           | null       || InvalidInputException
        'a reason too long'                   | null     | 'bac-kan'     | 'x' * 1001 || InvalidInputException
        'a centre that does not exist'        | 999_999  | 'bac-kan'     | null       || NotFoundException
    }

    def "the history of a requirement the catalogue does not have is not found"() {
        given:
        def centre = centres.add(code(), 'A', 'An Giang', 'leader')

        when:
        compliance.history(centre.id(), 'R-999-99')

        then:
        thrown(NotFoundException)
    }
}
