package vn.dcim.web.teach

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Stepwise
import vn.dcim.core.account.Role
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

/**
 * A centre's dialect file that breaks after it was in use (a mistyped edit, a half-copied file) keeps its previous
 * version in force in the bridge. The teach screen and the API say so, with why the new version was refused, instead
 * of showing a dialect that stopped being read; a file that was never usable is shown as not loaded, with its reason.
 */
@Stepwise
@MicronautTest(transactional = false)
class DialectInForceSpec extends CallsSpec {
    static Path dir = Files.createTempDirectory('dcim-dialects-in-force')

    @Inject TestUsers users

    @Override
    Map<String, String> extraProperties() {
        // looked at again only when asked, so what the screen shows comes from the reads made here
        ['dcim.mqtt.dialects.dir': dir.toString(), 'dcim.mqtt.dialects.rescan-ms': '0']
    }

    def cleanupSpec() {
        dir.toFile().deleteDir()
    }

    String admin() { users.token(EnumSet.of(Role.admin)) }

    def "a dialect file in use is listed as in use"() {
        given:
        save('acme-crac.yaml', dialect('acme-crac'))

        expect:
        calls.post('/api/teach/reload', [:], admin()).status == 200
        with(own('acme-crac.yaml')) {
            dialect == 'acme-crac'
            loaded
            problem == null
            !previousInForce
            topics == ['acmecrac/+/state']
        }
        state('acme-crac.yaml', 'en') == 'in use'
    }

    def "the same file broken afterwards: the previous version is in force, and the screen says why the new one was refused (#lang)"() {
        given: 'an edit that leaves a bracket open, read by the product'
        save('acme-crac.yaml', "dialect: acme-crac\ntopics: [acmecrac/+/state\nsource: levels[1]\n")
        calls.post('/api/teach/reload', [:], admin())

        when:
        def row = own('acme-crac.yaml')
        def shown = state('acme-crac.yaml', lang)

        then: 'the API names the version in force and the refusal'
        row.previousInForce
        row.loaded
        row.dialect == 'acme-crac'
        row.topics == ['acmecrac/+/state']
        row.problem.contains('acme-crac.yaml')

        and: 'the screen says both, in the reader language, not "not loaded"'
        shown == words(previous + ' ' + row.problem)
        !shown.contains(notLoaded)

        where:
        lang | previous                                          | notLoaded
        'vi' | 'Phiên bản trước vẫn đang được dùng; phiên bản mới của tệp bị từ chối, sửa tệp để dùng nó. Lý do:'          | 'chưa nạp'
        'en' | 'The previous version is in force; the new version of the file was refused, mend the file to use it. Why:' | 'not loaded'
    }

    def "a file never usable is not loaded, with its reason (#lang)"() {
        given:
        save('acme-ups.yaml', "dialect: acme-ups\ntopics: [acmeups/+/state\n")
        calls.post('/api/teach/reload', [:], admin())

        when:
        def row = own('acme-ups.yaml')
        def shown = state('acme-ups.yaml', lang)

        then:
        !row.previousInForce
        !row.loaded
        row.problem.contains('acme-ups.yaml')
        shown == words(refused + row.problem)

        where:
        lang | refused
        'vi' | 'Không nạp được. Lý do: '
        'en' | 'Not loaded. Why: '
    }

    def "mended, the file is in use again and the refusal is gone"() {
        given:
        save('acme-crac.yaml', dialect('acme-crac'))
        calls.post('/api/teach/reload', [:], admin())

        expect:
        with(own('acme-crac.yaml')) {
            loaded
            problem == null
            !previousInForce
        }
        state('acme-crac.yaml', 'vi') == 'đang dùng'
    }

    Map own(String file) {
        def r = calls.get('/api/teach/dialects', admin())
        assert r.status == 200
        r.json.find { it.file == file } as Map
    }

    /** The state cell of the file's row in the "centre's dialects" table of /ui/teach, as a reader of {@code lang} sees it. */
    String state(String file, String lang) {
        def r = calls.get('/ui/teach', admin(), [Cookie: "lang=$lang".toString()])
        assert r.status == 200
        def rows = (r.text =~ /(?s)<tr data-dialect="[^"]*">(.*?)<\/tr>/).collect { it[1] as String }
        def row = rows.find { it.contains(">${file}</code>") }
        assert row != null
        def cells = (row =~ /(?s)<td[^>]*>(.*?)<\/td>/).collect { it[1] as String }
        words(cells[2].replaceAll(/<[^>]+>/, ' ')
                .replace('&quot;', '"').replace('&#39;', "'").replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&'))
    }

    /** A text as a browser shows it: runs of white space as one space. */
    static String words(String text) {
        text.replaceAll(/\s+/, ' ').trim()
    }

    static String dialect(String name) {
        """\
            dialect: ${name}
            description: ACME precision cooling over MQTT
            topics: [acmecrac/+/state]
            source: levels[1]
            fields:
              map:
                ret: {metric: env.temperature, unit: "°C"}
            """.stripIndent()
    }

    static void save(String name, String text) {
        Path tmp = Files.createTempFile(dir, '.edit', '.tmp')
        Files.writeString(tmp, text)
        Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)
    }
}
