package vn.dcim.web.security

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.TestUsers

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * The product started while the sign-on provider was unreachable: it starts all the same, the local administrator
 * signs in, and the sign-on button leads back to the sign-in page saying the provider cannot be reached (not an
 * error page).
 */
@MicronautTest(transactional = false)
class ProviderDownSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users

    @Override
    Map<String, String> extraProperties() {
        int closed = new ServerSocket(0).withCloseable { it.localPort }
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
}
