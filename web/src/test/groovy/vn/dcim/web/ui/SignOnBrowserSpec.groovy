package vn.dcim.web.ui

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import no.nav.security.mock.oauth2.MockOAuth2Server
import no.nav.security.mock.oauth2.OAuth2Config
import org.openqa.selenium.By
import vn.dcim.core.scope.AccountScopes
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers
import vn.dcim.web.ui.pages.Browser
import vn.dcim.web.ui.pages.BrowserSpec
import vn.dcim.web.ui.pages.LoginPage
import vn.dcim.web.ui.pages.ProviderSignInPage

import java.util.concurrent.TimeUnit

/**
 * Sign-in through the centre's OpenID Connect provider in headless Chromium: a real provider (mock-oauth2-server,
 * its discovery, keys, authorization code with PKCE and end_session endpoints) started in this JVM; the provider's
 * groups become roles and sites at each sign-in; a person in no mapped group is refused with the reason; the
 * provider's "admin" does not take the local administrator over, who still signs in with the form while the
 * provider is down.
 */
@MicronautTest(transactional = false)
class SignOnBrowserSpec extends BrowserSpec {
    /** Started before the product's context, which reads the provider's discovery document at start. */
    static final MockOAuth2Server PROVIDER = started()

    @Inject TestUsers users
    @Inject AccountScopes scopes

    static MockOAuth2Server started() {
        def provider = new MockOAuth2Server(new OAuth2Config(true)) // interactive: its own sign-in form
        provider.start(InetAddress.getByName('127.0.0.1'), 0)
        provider
    }

    @Override
    Map<String, String> extraProperties() {
        ['micronaut.security.oauth2.enabled'                   : 'true',
         'micronaut.security.oauth2.clients.oidc.enabled'      : 'true',
         'micronaut.security.oauth2.clients.oidc.client-id'    : 'dcim',
         'micronaut.security.oauth2.clients.oidc.client-secret': 'dcim-secret',
         'micronaut.security.oauth2.clients.oidc.openid.issuer': PROVIDER.issuerUrl('tinh').toString(),
         'dcim.single-sign-on.enabled'                         : 'true',
         'dcim.single-sign-on.name'                            : 'Keycloak tỉnh',
         'dcim.single-sign-on.group-roles'                     : 'dcim/tn-operators=operator, lanh-dao=supervisor, lanh-dao=auditor',
         'dcim.single-sign-on.group-sites'                     : 'dcim/tn-operators=SSO-TN, lanh-dao=*']
    }

    def cleanupSpec() {
        PROVIDER.shutdown()
    }

    def setup() {
        def calls = new Calls(server.URL)
        String registrar = users.token()
        if (!calls.get('/api/sites?limit=500', registrar).json.results.find { it.id == 'SSO-TN' }) {
            assert calls.post('/api/sites', [id: 'SSO-TN', name: 'TTTHDL Thái Nguyên'], registrar).status == 201
        }
    }

    def "a member of the operators group signs in through the provider, is an operator of its site, and signing out ends the provider's session"() {
        when: 'the person signs in at the provider as a member of the centre\'s operators group'
        def login = new LoginPage(driver, server.URL).open()
        def landed = ProviderSignInPage.from(login).signIn('tran.binh', ['/dcim/tn-operators', 'staff'], 'Trần Bình')

        then: 'the account is made with the operator role, limited to the group\'s site'
        landed == '/'
        driver.findElement(By.id('my-account')).text == 'tran.binh'
        def account = listed('tran.binh')
        account.roles == ['operator']
        account.directory
        scopes.of(account.id as long).siteIds() == ['SSO-TN'] as Set

        when: 'signed out'
        drainProvider()
        driver.findElement(By.cssSelector('#sign-out button')).click()
        Browser.waiting(driver, 10).until { it.currentUrl.contains('/login') }

        then: 'the browser went through the provider\'s end_session endpoint back to the sign-in page'
        driver.currentUrl.contains('signed-out=true')
        providerPaths().any { it.startsWith('/tinh/endsession') }
    }

    def "each sign-in reads the groups again: moved to the province's leadership, the person is a supervisor of every site"() {
        given: 'an operator of one site'
        def login = new LoginPage(driver, server.URL).open()
        ProviderSignInPage.from(login).signIn('le.cuong', ['dcim/tn-operators'])
        driver.manage().deleteAllCookies()

        when: 'the provider moved them to the leadership group, and they sign in again'
        def landed = ProviderSignInPage.from(login.open()).signIn('le.cuong', ['lanh-dao'])
        def account = listed('le.cuong')

        then:
        landed == '/'
        account.roles as Set == ['supervisor', 'auditor'] as Set
        !scopes.of(account.id as long).limited()
    }

    def "#who is refused with the reason on the sign-in page, and no account is made"() {
        when:
        def login = new LoginPage(driver, server.URL).open()
        def landed = ProviderSignInPage.from(login).signIn(username, groups)

        then:
        landed == '/login'
        driver.currentUrl.contains("error=$reason")
        login.error().contains(shown)
        listed(username)?.directory != true

        where:
        who                                     | username    | groups            || reason          | shown
        'a member of no mapped group'           | 'khach.mot' | ['khach', 'staff'] || 'no-role'       | 'không thuộc nhóm nào có vai trò'
        'the provider\'s own "admin" (local kept)' | 'admin'  | ['lanh-dao']      || 'local-account' | 'tài khoản cục bộ'
    }

    def "the local administrator signs in with the form while the provider is down"() {
        given: 'the provider stops answering'
        PROVIDER.shutdown()

        when:
        driver.manage().deleteAllCookies()
        def landed = new LoginPage(driver, server.URL).open().signIn('admin', MariaDbSpec.ADMIN_PASSWORD)

        then:
        landed == '/'
        driver.findElement(By.id('my-account')).text == 'admin'
    }

    private Map listed(String username) {
        new Calls(server.URL).get('/api/users', users.adminToken()).json.find { it.username == username } as Map
    }

    private static void drainProvider() {
        providerPaths(10)
    }

    /** The paths the provider was asked for since the last look (it answers "none" with an exception). */
    private static List<String> providerPaths(long waitMs = 500) {
        List<String> paths = []
        while (true) {
            try {
                paths << PROVIDER.takeRequest(waitMs, TimeUnit.MILLISECONDS).path
            } catch (RuntimeException ignored) {
                return paths
            }
        }
    }
}
