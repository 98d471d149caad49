package vn.dcim.web.api.roster

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.centre.Centres
import vn.dcim.core.roster.DutyRoster
import vn.dcim.core.site.LocationRegistry
import vn.dcim.core.site.Site
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Clock
import java.time.Duration
import java.time.Instant

/**
 * A merged province's two centres each keep their own duty roster: a supervisor limited to a Bắc Kạn site reads Bắc
 * Kạn's roster (its shifts and the province's) and plans Bắc Kạn's shifts only, on the API and on the screen; Thái
 * Nguyên's roster does not exist for her (404), nor may she plan a shift of the whole province. The province's
 * supervisor reads and plans every centre's. A recipient of findings answers for its account's centres.
 */
@MicronautTest(transactional = false)
class CentreRosterScopeSpec extends MariaDbSpec {
    static final String HTML = 'text/html,*/*;q=0.8'
    static final Map<String, String> FORM = ['Content-Type': 'application/x-www-form-urlencoded', Accept: HTML]

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject UserAccounts accounts
    @Inject Centres centres
    @Inject LocationRegistry locations
    @Inject DutyRoster roster
    @Inject Clock clock

    @Shared Map<String, Long> ids = [:]
    @Shared String bkSupervisor

    Calls calls() { new Calls(server.URL) }

    String province() { users.token([Role.supervisor] as Set) }

    def "seeded: two centres with a site each, a shift of each and one of the province; a supervisor limited to the Bắc Kạn site"() {
        when:
        ids.tn = centre('tn', 'Trung tâm Thái Nguyên')
        ids.bk = centre('bk', 'Trung tâm Bắc Kạn')
        Instant now = clock.instant()
        ids.tnShift = roster.add(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(8)), 'nguyen-van-tn', null, ids.tn, 'spec').id()
        ids.bkShift = roster.add(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(8)), 'tran-thi-bk', null, ids.bk, 'spec').id()
        ids.provinceShift = roster.add(now.plus(Duration.ofHours(8)), now.plus(Duration.ofHours(16)), 'le-van-tinh', null, null, 'spec').id()
        users.person('giamsat-bk', 'Giám sát Bắc Kạn', [Role.supervisor] as Set)
        ids.bkAccount = accounts.findByUsername('giamsat-bk').get().id()
        def scoped = calls().send('PUT', "/api/users/${ids.bkAccount}/scope", [Authorization: "Bearer ${users.adminToken()}"], [siteIds: ['site-bk']])
        bkSupervisor = users.login('giamsat-bk', TestUsers.PASSWORD).access_token

        then:
        scoped.status == 200
        bkSupervisor
    }

    def "#who reads #what: #shown"() {
        when:
        def answer = calls().get(path, who == 'the Bắc Kạn supervisor' ? bkSupervisor : province())

        then:
        answer.status == 200
        (answer.json*.operator as List).sort() == shown

        where:
        who                         | what                       | path                                || shown
        'the Bắc Kạn supervisor'    | 'the roster'               | '/api/duty-shifts'                  || ['le-van-tinh', 'tran-thi-bk']
        'the Bắc Kạn supervisor'    | 'Bắc Kạn\'s roster'        | "/api/duty-shifts?centre=${-> ids.bk}" || ['le-van-tinh', 'tran-thi-bk']
        'the province\'s supervisor'| 'the roster'               | '/api/duty-shifts'                  || ['le-van-tinh', 'nguyen-van-tn', 'tran-thi-bk']
        'the province\'s supervisor'| 'Thái Nguyên\'s roster'    | "/api/duty-shifts?centre=${-> ids.tn}" || ['le-van-tinh', 'nguyen-van-tn']
    }

    def "the Bắc Kạn supervisor is answered 404 for #what"() {
        expect:
        call(this, calls()).status == 404

        where:
        what                                  | call
        'Thái Nguyên\'s roster'               | { CentreRosterScopeSpec s, Calls c -> c.get("/api/duty-shifts?centre=${ids.tn}", bkSupervisor) }
        'a shift of Thái Nguyên'              | { CentreRosterScopeSpec s, Calls c -> c.post('/api/duty-shifts', s.shift(ids.tn), bkSupervisor) }
        'a shift of the whole province'       | { CentreRosterScopeSpec s, Calls c -> c.post('/api/duty-shifts', s.shift(null), bkSupervisor) }
        'Thái Nguyên\'s roster screen'        | { CentreRosterScopeSpec s, Calls c -> c.get("/ui/duty-roster?centre=${ids.tn}", bkSupervisor, [Accept: HTML]) }
        'the screen\'s form for Thái Nguyên'  | { CentreRosterScopeSpec s, Calls c -> c.post('/ui/duty-roster/new', s.form(ids.tn), bkSupervisor, FORM) }
    }

    def "the Bắc Kạn supervisor plans Bắc Kạn's shifts, on the API and on the screen; the province's supervisor the province's"() {
        when:
        def api = calls().post('/api/duty-shifts', shift(ids.bk), bkSupervisor)
        def screen = calls().post('/ui/duty-roster/new', form(ids.bk), bkSupervisor, FORM)
        def provinceShift = calls().post('/api/duty-shifts', shift(null), province())

        then:
        api.status == 201
        api.json.centreId == ids.bk
        screen.status == 303
        screen.header('Location').contains("centre=${ids.bk}") && !screen.header('Location').contains('refused')
        provinceShift.status == 201
        provinceShift.json.centreId == null
    }

    def "the Bắc Kạn supervisor's roster screen shows Bắc Kạn's shifts and her centre alone in the selector"() {
        when:
        def page = calls().get('/ui/duty-roster', bkSupervisor, [Accept: HTML])

        then:
        page.status == 200
        page.text.contains('tran-thi-bk')
        !page.text.contains('nguyen-van-tn')
        page.text.contains('Trung tâm Bắc Kạn')
        !page.text.contains('Trung tâm Thái Nguyên')
        page.text.contains('id="shift-new-form"')

        when: 'the province\'s supervisor'
        def all = calls().get('/ui/duty-roster', province(), [Accept: HTML])

        then: 'every shift, and both centres to choose from'
        all.text.contains('nguyen-van-tn') && all.text.contains('tran-thi-bk')
        all.text.contains('Trung tâm Thái Nguyên') && all.text.contains('Trung tâm Bắc Kạn')
    }

    def "a recipient with the Bắc Kạn supervisor's account answers for Bắc Kạn; an account and a centre together are refused"() {
        given:
        String admin = users.adminToken()
        Map base = [name: 'Giám sát BK', role: 'supervisor', channel: 'email', address: 'gs-bk@ttdl.example.vn']

        when:
        def withAccount = calls().post('/api/notification-recipients', base + [accountId: ids.bkAccount], admin)
        def both = calls().post('/api/notification-recipients', base + [accountId: ids.bkAccount, centreId: ids.tn], admin)
        def unknown = calls().post('/api/notification-recipients', base + [centreId: 999999], admin)
        def noAccount = calls().post('/api/notification-recipients', base + [accountId: 999999], admin)
        def province = calls().post('/api/notification-recipients', base + [name: 'Lãnh đạo', role: 'leader'], admin)
        def screen = calls().get('/ui/recipients', admin, [Accept: HTML])

        then:
        withAccount.status == 201
        withAccount.json.centres == [ids.bk]
        both.status == 422
        both.text.contains('centreId')
        unknown.status == 422
        noAccount.status == 422
        noAccount.text.contains('accountId')
        province.json.centres == null
        screen.text.contains('Trung tâm Bắc Kạn')
        screen.text.contains('toàn tỉnh')
    }

    private long centre(String code, String name) {
        def c = centres.add(code, name, 'Thái Nguyên', 'spec')
        locations.createSite(new Site('site-' + code, 'Phòng máy ' + code, 'Thái Nguyên', null), 'spec')
        centres.assignSite(c.id(), 'site-' + code, 'spec')
        c.id()
    }

    Map shift(Long centre) {
        Instant from = clock.instant().plus(Duration.ofDays(2))
        [startsAt: from.toString(), endsAt: from.plus(Duration.ofHours(8)).toString(), operator: 'ca-moi', centreId: centre]
    }

    String form(Long centre) {
        def zone = clock.zone
        def from = java.time.LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(3)), zone).withSecond(0).withNano(0)
        ['operator': 'ca-man-hinh', startsAt: from.toString(), endsAt: from.plusHours(8).toString(), centre: centre?.toString() ?: '']
                .collect { k, v -> URLEncoder.encode(k, 'UTF-8') + '=' + URLEncoder.encode(v, 'UTF-8') }.join('&')
    }
}
