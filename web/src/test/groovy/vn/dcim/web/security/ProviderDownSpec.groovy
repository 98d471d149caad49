package vn.dcim.web.security

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import no.nav.security.mock.oauth2.MockOAuth2Server
import no.nav.security.mock.oauth2.OAuth2Config
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.TestUsers

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * The product started while the sign-on provider was unreachable: it starts all the same, the local administrator
 * signs in, and the sign-on button leads back to the sign-in page saying the provider cannot be reached (not an
 * error page). Once the provider answers again, the button leads to it without a restart of the product.
 */
@MicronautTest(transactional = false)
class ProviderDownSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users

    /** Where the provider will be: nothing listens there while the product starts. */
    static final int PROVIDER_PORT = new ServerSocket(0).withCloseable { it.localPort }

    @Override
    Map<String, String> extraProperties() {
        int closed = PROVIDER_PORT
        ['micronaut.security.oauth2.enabled'                   : 'true',
         'micronaut.security.oauth2.clients.oidc.enabled'      : 'true',
         'micronaut.security.oauth2.clients.oidc.client-id'    : 'dcim',
         'micronaut.security.oauth2.clients.oidc.client-secret': 'dcim-secret',
         'micronaut.security.oauth2.clients.oidc.openid.issuer': "http://127.0.0.1:$closed/realms/dcim".toString(),
         'dcim.single-sign-on.enabled'                         : 'true']
    }

    def "the administrator signs in locally, and the sign-on button says the provider cannot be reached"() {
        when:
        def answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("${server.URL}/oauth/login/oidc")).GET().build(),
                HttpResponse.BodyHandlers.ofString())

        then:
        users.adminToken()
        answer.statusCode() in [302, 303]
        answer.headers().firstValue('Location').orElse('') == '/login?error=provider-unavailable'
    }

    def "once the provider is back, the sign-on button leads to it without a restart"() {
        given: 'the provider comes up after the product'
        def provider = new MockOAuth2Server(new OAuth2Config())
        provider.start(InetAddress.getByName('127.0.0.1'), PROVIDER_PORT)

        when:
        def answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("${server.URL}/oauth/login/oidc")).GET().build(),
                HttpResponse.BodyHandlers.ofString())

        then:
        answer.statusCode() in [302, 303]
        answer.headers().firstValue('Location').orElse('').startsWith("http://127.0.0.1:${PROVIDER_PORT}/realms/dcim/authorize")

        cleanup:
        provider.shutdown()
    }
}
