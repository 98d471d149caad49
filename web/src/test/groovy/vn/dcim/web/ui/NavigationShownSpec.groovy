package vn.dcim.web.ui

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/**
 * The menu lists the screens the person may open, and every one it lists opens: a screen the roles cannot read (403)
 * or an account limited to sites or an agency cannot reach (404) is not offered.
 */
@MicronautTest(transactional = false)
class NavigationShownSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject UserAccounts accounts

    def "as #who the menu offers #offered and leaves out #hidden, and every screen it offers opens"() {
        given:
        def calls = new Calls(server.URL)
        String token = scope ? limited(calls, who, scope, roles as Set) : users.token(roles as Set)

        when:
        // an agency's account has no site-wide dashboard: its home is its agency's page, where "/" sends it
        def page = calls.get(scope?.agency ? '/ui/agency' : '/', token, [Accept: 'text/html'])
        def menu = (page.text =~ /id="nav-([a-z-]+)"/).collect { it[1] }
        def hrefs = (page.text =~ /<a href="([^"]+)" id="nav-/).collect { it[1] }

        then:
        page.status == 200
        menu.containsAll(offered)
        menu.intersect(hidden).isEmpty()
        hrefs.size() == menu.size()
        hrefs.every { String href ->
            int status = calls.get(href, token, [Accept: 'text/html']).status
            status == 200 || scope?.agency && href == '/' && status == 303
        }

        where:
        who                 | roles                          | scope                || offered                              | hidden
        'an operator'       | [Role.operator]                | null                 || ['dashboard', 'alarms', 'incidents'] | ['accounts', 'agencies', 'capacity']
        'an asset manager'  | [Role.asset_manager]           | null                 || ['assets', 'capacity', 'agencies']   | ['accounts']
        // the screens a limited account reaches are those whose route is scope-aware: the dashboard, the console, the operations
        'a site-limited one'| TestUsers.EVERY_ROLE as List   | [siteIds: ['menu-site']] || ['dashboard', 'alarms', 'incidents', 'workorders', 'maintenance-windows', 'access-log'] | ['handover', 'operation-log', 'accounts', 'compliance']
        // the equipment's screens: a site's staff reach them all, an agency its own equipment's but no site-wide screen
        'a site\'s staff'   | TestUsers.EVERY_ROLE as List   | [siteIds: ['menu-site']] || ['devices', 'monitoring', 'racks', 'capacity', 'assets', 'cabling', 'stocktakes', 'changes', 'batteries'] | ['accounts', 'reports']
        'an agency\'s one'  | TestUsers.EVERY_ROLE as List   | [agency: true]       || ['dashboard', 'alarms', 'devices', 'assets', 'cabling', 'changes', 'incidents', 'workorders', 'maintenance-windows'] | ['monitoring', 'racks', 'capacity', 'stocktakes', 'batteries', 'accounts', 'reports', 'access-log', 'handover']
        // an agency's own person (its role): its equipment, alarms, incidents, work orders and requests, no staff screen
        'an agency\'s person' | [Role.agency]               | [agency: true]       || ['dashboard', 'alarms', 'assets', 'changes', 'incidents', 'workorders'] | ['devices', 'cabling', 'monitoring', 'maintenance-windows', 'racks', 'capacity', 'stocktakes', 'batteries', 'accounts', 'reports', 'access-log', 'handover', 'agencies', 'centres', 'compliance']
    }

    def "the administrator's menu offers every screen"() {
        when:
        def page = new Calls(server.URL).get('/', users.adminToken(), [Accept: 'text/html'])

        then:
        (page.text =~ /id="nav-([a-z-]+)"/).collect { it[1] } == Navigation.items()*.key()
    }

    private String limited(Calls calls, String who, Map scope, Set<Role> roles) {
        String name = 'nav-' + who.replaceAll(/\W+/, '-') + System.nanoTime() % 100000
        if (scope.siteIds) {
            def site = calls.post('/api/sites', [id: 'menu-site', name: 'TTDL thử', province: 'Thái Nguyên'], users.token())
            assert site.status in [201, 409]: site.text
        }
        if (scope.agency) {
            def agency = calls.post('/api/agencies', [code: "MENU${System.nanoTime() % 100000}", name: 'Sở thử menu'], users.token())
            assert agency.status == 201: agency.text
            scope = [agencyId: agency.json.id]
        }
        users.person(name, "Menu $name", roles)
        long id = accounts.findByUsername(name).get().id()
        def set = calls.send('PUT', "/api/users/$id/scope", [Authorization: "Bearer ${users.adminToken()}"], scope)
        assert set.status == 200: set.text
        users.login(name, TestUsers.PASSWORD).access_token as String
    }
}
