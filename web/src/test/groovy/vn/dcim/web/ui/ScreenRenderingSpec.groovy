package vn.dcim.web.ui

import io.micronaut.http.HttpMethod
import io.micronaut.http.HttpRequest
import io.micronaut.http.simple.SimpleHttpRequest
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.views.ViewsRenderer
import io.micronaut.views.exceptions.ViewRenderingException
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.TestUsers

import java.net.http.HttpClient
import java.net.http.HttpResponse

/**
 * A screen whose template fails is an error at once, not a response that never ends (micronaut-views#832); a screen
 * is a page in UTF-8 whatever the client said it accepts, short of refusing HTML.
 */
@MicronautTest(transactional = false)
class ScreenRenderingSpec extends MariaDbSpec {
    @Inject ViewsRenderer<Map, HttpRequest<?>> renderer
    @Inject EmbeddedServer server
    @Inject TestUsers users

    def "the screens are rendered by the eager renderer"() {
        expect:
        renderer instanceof EagerThymeleafRenderer
    }

    def "a template that fails half-way fails while rendering, before anything is written"() {
        when:
        renderer.render('testing/broken', [:], new SimpleHttpRequest(HttpMethod.GET, '/', null))

        then:
        thrown(ViewRenderingException)
    }

    def "a page that renders is written whole"() {
        given:
        def out = new StringWriter()

        when:
        renderer.render('auth/forbidden', [:], new SimpleHttpRequest(HttpMethod.GET, '/', null)).writeTo(out)

        then:
        out.toString().contains('<html')
    }

    def "#path asked with Accept: #accept answers #status, #type"() {
        when:
        def response = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create("${server.URL}${path}"))
                .header('Authorization', "Bearer ${users.token()}").header('Accept', accept).GET().build(), HttpResponse.BodyHandlers.ofString())

        then:
        response.statusCode() == status
        response.headers().firstValue('Content-Type').orElse('') == type
        status != 200 || response.body().contains(looksLike)

        where: 'a client that accepts HTML alone (a link checker, a script) had 406 from a screen; one that asked for JSON had the page marked as JSON'
        path              | accept                                                   || status | type                      | looksLike
        '/ui/alarms'      | 'text/html'                                              || 200    | 'text/html;charset=utf-8' | 'id="alarm-table"'
        '/ui/alarms'      | 'text/html,application/xhtml+xml,*/*;q=0.8'              || 200    | 'text/html;charset=utf-8' | 'id="alarm-table"'
        '/ui/alarms'      | '*/*'                                                    || 200    | 'text/html;charset=utf-8' | 'id="alarm-table"'
        '/ui/alarms'      | 'application/json'                                       || 200    | 'text/html;charset=utf-8' | 'id="alarm-table"'
        '/ui/alarms/rows' | 'text/html'                                              || 200    | 'text/html;charset=utf-8' | 'id="alarm-rows"'
        '/'               | 'text/html'                                              || 200    | 'text/html;charset=utf-8' | '<html'
        '/ui/alarms'      | 'image/png'                                              || 406    | 'application/json'        | null
        '/api/alarms'     | 'application/json'                                       || 200    | 'application/json'        | '"count"'
    }
}
