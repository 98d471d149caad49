package vn.dcim.web.api.centre

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Severity
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.TestUsers

import java.nio.file.Files

import static vn.dcim.web.testing.Refused.failure

/**
 * A merged province through the API, as its people use it: the administrator keeps the centres and their sites, a
 * centre switches the regulation it follows and keeps each requirement's history, the dashboard and the console show
 * one centre or the whole province.
 */
@MicronautTest(transactional = false)
class CentreApiSpec extends MariaDbSpec {
    /** The new province's own regulation, loaded from a file: sessions idle at most 5 minutes (the product signs out at 10). */
    static final String PROFILE_DIR = profileDir()
    static final String SESSION_TIMEOUT = 'R-000-06.2a'

    @Inject @Client('/') HttpClient client
    @Inject TestUsers users
    @Inject AlarmRaiser raiser

    @Override
    Map<String, String> extraProperties() {
        ['dcim.compliance.profile-dir': PROFILE_DIR]
    }

    static String profileDir() {
        def dir = Files.createTempDirectory('dcim-profiles')
        Files.writeString(dir.resolve('thai-nguyen.yml'), profileFile('qd-12-2026-thai-nguyen'))
        dir.toFile().deleteOnExit()
        dir.toString()
    }

    /** A profile file with the default profile's numbers but a 5-minute session timeout. */
    static String profileFile(String id) {
        def values = new org.yaml.snakeyaml.Yaml().load(MariaDbSpec.getResourceAsStream('/compliance/profiles/qd-11-2023-bac-kan.yml')).values
                .collect { k, v -> "  $k: {value: ${k == 'session-timeout-minutes' ? 5 : v.value}, article: \"Điều 4\"}" }.join('\n')
        """id: $id
regulation: "QĐ 12/2026/QĐ-UBND"
issuer: "UBND tỉnh Thái Nguyên"
name: "QĐ 12/2026 — UBND tỉnh Thái Nguyên"
values:
$values
""".toString()
    }

    String token(Set<Role> roles) { users.token(roles) }

    Map send(HttpRequest<?> request, Set<Role> roles = [Role.admin] as Set) {
        client.toBlocking().retrieve(request.bearerAuth(token(roles)), Map)
    }

    List list(HttpRequest<?> request, Set<Role> roles) {
        client.toBlocking().retrieve(request.bearerAuth(token(roles)), io.micronaut.core.type.Argument.listOf(Map))
    }

    String tag() { UUID.randomUUID().toString().take(6).toLowerCase() }

    /** A centre with one new site, made by the administrator through the API. */
    Map centre(String name, String profile = null) {
        def c = send(HttpRequest.POST('/api/centres', [code: 'tt-' + tag(), name: name, province: 'Thái Nguyên', profileId: profile]))
        def site = 'site-' + tag()
        send(HttpRequest.POST('/api/sites', [id: site, name: 'Phòng máy ' + name, province: 'Thái Nguyên']), [Role.asset_manager] as Set)
        client.toBlocking().exchange(HttpRequest.PUT("/api/centres/${c.id}/sites/${site}", '').bearerAuth(token([Role.admin] as Set)))
        send(HttpRequest.GET("/api/centres/${c.id}"), [Role.operator] as Set)
    }

    def "the administrator keeps the centres; a former province's name selects the regulation it issued"() {
        when:
        def bk = centre('Trung tâm Bắc Kạn (cũ)', 'bac-kan')
        def list = send(HttpRequest.GET('/api/centres?limit=500'), [Role.auditor] as Set)

        then:
        bk.profileId == 'qd-11-2023-bac-kan'
        bk.profileName.contains('QĐ 11/2023')
        bk.siteIds.size() == 1
        list.results.find { it.id == bk.id }.siteIds == bk.siteIds
    }

    def "who may change the register and the regulation: #who #what"() {
        given:
        def c = centre('Trung tâm ' + tag())

        expect:
        failure { send(request(c), roles as Set) }.status == HttpStatus.FORBIDDEN

        where:
        who          | what                         | roles                   | request
        'operator'   | 'adds a centre'              | [Role.operator]         | { made -> HttpRequest.POST('/api/centres', [code: 'x-1', name: 'X', province: 'Y']) }
        'supervisor' | 'renames a centre'           | [Role.supervisor]       | { made -> HttpRequest.PUT("/api/centres/${made.id}", [name: 'X', province: 'Y']) }
        'auditor'    | 'switches its regulation'    | [Role.auditor]          | { made -> HttpRequest.POST("/api/compliance/centres/${made.id}/profile", [profileId: 'an-giang']) }
        'operator'   | 'reads its compliance'       | [Role.operator]         | { made -> HttpRequest.GET("/api/compliance?centre=${made.id}") }
    }

    def "a centre switches regulation and keeps each requirement's history, each change naming the profile that judged it"() {
        given:
        def c = centre('Trung tâm Thái Nguyên', 'qd-11-2023-bac-kan')
        def before = list(HttpRequest.GET("/api/compliance?centre=${c.id}"), [Role.supervisor] as Set).find { it.id == SESSION_TIMEOUT }

        when:
        def switched = send(HttpRequest.POST("/api/compliance/centres/${c.id}/profile",
                [profileId: 'qd-12-2026-thai-nguyen', reason: 'QĐ 12/2026 thay thế QĐ 11/2023']), [Role.supervisor] as Set)
        def after = list(HttpRequest.GET("/api/compliance?centre=${c.id}"), [Role.supervisor] as Set).find { it.id == SESSION_TIMEOUT }
        def history = list(HttpRequest.GET("/api/compliance/${SESSION_TIMEOUT}/history?centre=${c.id}"), [Role.auditor] as Set)
        def profile = send(HttpRequest.GET("/api/compliance/centres/${c.id}/profile"), [Role.auditor] as Set)

        then:
        before.state == 'compliant'
        switched.previousProfileId == 'qd-11-2023-bac-kan'
        after.state == 'non_compliant'
        history.collect { [it.state, it.profileId] } == [['compliant', 'qd-11-2023-bac-kan'], ['non_compliant', 'qd-12-2026-thai-nguyen']]
        profile.profile.id == 'qd-12-2026-thai-nguyen'
        profile.switches*.profileId == ['qd-11-2023-bac-kan', 'qd-12-2026-thai-nguyen']
        profile.switches[1].changedBy == users.account([Role.supervisor] as Set)
    }

    def "a request the register cannot keep is refused naming the field: #why"() {
        given:
        def c = centre('Trung tâm ' + tag(), 'an-giang')

        expect:
        with(failure { send(request(c), roles as Set) }) {
            status == expected
            field == null || response.getBody(Map).get().fields*.field.contains(field)
        }

        where:
        why                         | roles               | request                                                                                        || expected               | field
        'an unknown regulation'     | [Role.admin]        | { made -> HttpRequest.POST('/api/centres', [code: 'tt-x', name: 'X', province: 'Y', profileId: 'thai-binh']) } || HttpStatus.UNPROCESSABLE_ENTITY | 'profileId'
        'a code with spaces'        | [Role.admin]        | { made -> HttpRequest.POST('/api/centres', [code: 'tt x', name: 'X', province: 'Y']) }            || HttpStatus.UNPROCESSABLE_ENTITY | 'code'
        'the regulation in force'   | [Role.supervisor]   | { made -> HttpRequest.POST("/api/compliance/centres/${made.id}/profile", [profileId: 'an-giang']) } || HttpStatus.CONFLICT    | 'profileId'
        'a centre that is not'      | [Role.supervisor]   | { made -> HttpRequest.GET('/api/compliance?centre=999999') }                                       || HttpStatus.NOT_FOUND   | null
        'a site that is not'        | [Role.admin]        | { made -> HttpRequest.PUT("/api/centres/${made.id}/sites/no-such-site", '') }                         || HttpStatus.NOT_FOUND   | null
    }

    def "a profile file is checked before it is loaded: a good one answers the profile, a bad one every problem"() {
        when:
        def good = check(profileFile('qd-01-2026-quang-ngai'))

        then:
        good.id == 'qd-01-2026-quang-ngai'
        good.issuer == 'UBND tỉnh Thái Nguyên'

        when: 'a misspelt field'
        def bad = failure { check(profileFile('qd-02-2026-thai-nguyen').replace('issuer:', 'isuer:')) }
        def message = bad.response.getBody(Map).get().toString()

        then: 'the misspelt field and the one it leaves missing, both named'
        bad.status == HttpStatus.UNPROCESSABLE_ENTITY
        message.contains('isuer: unknown field')
        message.contains('issuer: missing')

        when: 'a well-formed file whose id another profile has'
        def taken = failure { check(profileFile('qd-12-2026-thai-nguyen')) }

        then:
        taken.status == HttpStatus.UNPROCESSABLE_ENTITY
        taken.response.getBody(Map).get().toString().contains("'qd-12-2026-thai-nguyen' already names the profile")
    }

    Map check(String file) {
        client.toBlocking().retrieve(HttpRequest.POST('/api/compliance/profiles/check', [file: file])
                .bearerAuth(token([Role.admin] as Set)), Map)
    }

    def "the dashboard and the console show one centre's sites, or the whole province's"() {
        given:
        def tn = centre('Trung tâm Thái Nguyên ' + tag())
        def bk = centre('Trung tâm Bắc Kạn ' + tag())
        raiser.raise(new AlarmSignal(tn.siteIds[0], 'site-on-battery', 'x', Severity.major, 'Art. 6.4', 'Art. 6.4: on battery tn', null, null))
        raiser.raise(new AlarmSignal(bk.siteIds[0], 'site-on-battery', 'x', Severity.major, 'Art. 6.4', 'Art. 6.4: on battery bk', null, null))

        when:
        String dashTn = page("/?centre=${tn.id}")
        String dashAll = page('/?centre=')
        String consoleBk = page("/ui/alarms?centre=${bk.id}")
        String rowsBk = page("/ui/alarms/rows?centre=${bk.id}")

        then:
        dashTn.contains("data-site=\"${tn.siteIds[0]}\"") && !dashTn.contains("data-site=\"${bk.siteIds[0]}\"")
        dashTn.contains('id="centre-select"')
        dashAll.contains("data-site=\"${tn.siteIds[0]}\"") && dashAll.contains("data-site=\"${bk.siteIds[0]}\"")
        consoleBk.contains(bk.siteIds[0]) && !consoleBk.contains(tn.siteIds[0])
        rowsBk.contains(bk.siteIds[0]) && !rowsBk.contains(tn.siteIds[0])

        expect: 'a centre that is not in the register is not found'
        failure { page('/?centre=abc') }.status == HttpStatus.NOT_FOUND
        failure { page('/ui/alarms?centre=999999') }.status == HttpStatus.NOT_FOUND
    }

    String page(String uri) {
        client.toBlocking().retrieve(HttpRequest.GET(uri).accept(MediaType.TEXT_HTML).bearerAuth(token([Role.operator] as Set)), String)
    }
}
