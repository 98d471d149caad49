package vn.dcim.core.compliance

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/**
 * A province loads the numbers of its own regulation from a file: a good file becomes a selectable profile
 * named by its regulation, a bad one is refused with every problem named, and the others still load.
 */
class ProfileFileSpec extends Specification {
    @TempDir Path dir

    static final Set<String> KEYS = PolicyProfiles.load('qd-11-2023-bac-kan').values().keySet()

    /** The default profile's numbers as a file of another regulation, with {@code change} applied to its text. */
    static String file(String id = 'qd-12-2026-thai-nguyen', Closure<String> change = { it }) {
        def values = PolicyProfiles.load('qd-11-2023-bac-kan').values().collect { k, v ->
            "  $k: {value: ${v.value()}, article: \"Điều 5\"}" }.join('\n')
        change("""id: $id
aliases: [thai-nguyen]
regulation: "QĐ 12/2026/QĐ-UBND"
issuer: "UBND tỉnh Thái Nguyên"
name: "QĐ 12/2026 — UBND tỉnh Thái Nguyên"
texts: ["005"]
values:
$values
""".toString())
    }

    def "a good file is a profile named by its regulation and issuer"() {
        when:
        def p = ProfileFile.parse('thai-nguyen.yml', file(), KEYS)

        then:
        p.id() == 'qd-12-2026-thai-nguyen'
        p.regulation() == 'QĐ 12/2026/QĐ-UBND'
        p.issuer() == 'UBND tỉnh Thái Nguyên'
        p.answersTo('thai-nguyen')
        p.values().keySet() == KEYS
        !p.draft()
    }

    def "a bad file is refused, naming the problem: #why"() {
        when:
        ProfileFile.parse('bad.yml', file('qd-12-2026-thai-nguyen', change), KEYS)

        then:
        def e = thrown(ProfileFile.Invalid)
        e.source() == 'bad.yml'
        e.problems().any { it.contains(problem) }

        where:
        why                      | change                                                                     || problem
        'not YAML'               | { it + '\n  - : [' }                                                       || 'not YAML'
        'not a mapping'          | { '- a\n- b' }                                                             || 'not a YAML mapping'
        'an id with capitals'    | { it.replace('id: qd-12-2026-thai-nguyen', 'id: QĐ 12') }                  || "id: 'QĐ 12' is not"
        'no regulation'          | { it.replace('regulation: "QĐ 12/2026/QĐ-UBND"\n', '') }                   || 'regulation: missing'
        'no issuer'              | { it.replace('issuer: "UBND tỉnh Thái Nguyên"', 'issuer: ""') }            || 'issuer: missing'
        'a number missing'       | { it.replaceAll(/(?m)^  camera-retention-days:.*\n/, '') }                 || 'values.camera-retention-days: missing'
        'a misspelt number'      | { it.replace('camera-retention-days:', 'camera-retension-days:') }         || 'values.camera-retension-days: not a number the checks use'
        'a text for a number'    | { it.replaceAll(/session-timeout-minutes: \{value: [0-9.]+/, 'session-timeout-minutes: {value: "ten"') } || 'values.session-timeout-minutes.value: must be a number'
        'a negative number'      | { it.replaceAll(/session-timeout-minutes: \{value: [0-9.]+/, 'session-timeout-minutes: {value: -5') }    || 'values.session-timeout-minutes.value: must be a number of zero or more'
        'a number without article' | { it.replaceAll(/(session-timeout-minutes: \{value: [0-9.]+), article: "Điều 5"/, '$1') } || 'values.session-timeout-minutes.article: missing'
        'an unknown field'       | { it + 'province: Thái Nguyên\n' }                                         || 'province: unknown field'
        'draft not a yes/no'     | { it + 'draft: maybe\n' }                                                  || 'draft: must be true or false'
    }

    def "every problem of a file is told at once"() {
        when:
        ProfileFile.parse('bad.yml', file('X', { it.replace('issuer: "UBND tỉnh Thái Nguyên"\n', '') }), KEYS)

        then:
        def e = thrown(ProfileFile.Invalid)
        e.problems().size() == 2
        e.message.contains('issuer: missing')
        e.message.contains("id: 'X'")
    }

    def "the directory's good files load beside the product's, a bad one is refused and the rest still load"() {
        given:
        java.nio.file.Files.writeString(dir.resolve('thai-nguyen.yml'), file())
        java.nio.file.Files.writeString(dir.resolve('broken.yml'), file('qd-01-2026-quang-ngai', { it.replace('regulation:', 'regulaton:') }))
        java.nio.file.Files.writeString(dir.resolve('taken.yml'), file('bac-kan', { it.replace('aliases: [thai-nguyen]', 'aliases: []') }))
        java.nio.file.Files.writeString(dir.resolve('notes.txt'), 'not a profile, not read')

        when:
        def profiles = new PolicyProfiles('bac-kan', dir.toString())

        then: 'the former name still selects the Bắc Kạn regulation'
        profiles.selected().id() == 'qd-11-2023-bac-kan'
        profiles.find('thai-nguyen').get().regulation() == 'QĐ 12/2026/QĐ-UBND'
        profiles.all()*.id() == PolicyProfiles.IDS + ['qd-12-2026-thai-nguyen']

        and: 'the refused files say why'
        profiles.rejected()*.source() == ['broken.yml', 'taken.yml']
        profiles.rejected()[0].problems().any { it.startsWith('regulaton: unknown field') }
        profiles.rejected()[1].problems() == ["'bac-kan' already names the profile qd-11-2023-bac-kan"]
    }

    def "each former province's name selects the regulation it issued: #former"() {
        expect:
        new PolicyProfiles(former, null).selected().id() == id

        where:
        former     || id
        'bac-kan'  || 'qd-11-2023-bac-kan'
        'an-giang' || 'qd-59-2024-an-giang'
        'hung-yen' || 'qd-05-2016-hung-yen'
        'kon-tum'  || 'du-thao-2017-tp-kon-tum'
        'qd-59-2024-an-giang' || 'qd-59-2024-an-giang'
    }

    def "an unknown profile in the settings stops the start with the names it could have been"() {
        when:
        new PolicyProfiles('thai-binh', null)

        then:
        def e = thrown(IllegalStateException)
        e.message.contains('thai-binh')
        e.message.contains('qd-11-2023-bac-kan')
    }
}
