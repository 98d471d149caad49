package vn.dcim.web.ui

import io.micronaut.http.HttpMethod
import io.micronaut.http.HttpRequest
import io.micronaut.http.simple.SimpleHttpRequest
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.views.ViewsRenderer
import io.micronaut.views.exceptions.ViewRenderingException
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec

/** A screen whose template fails is an error at once, not a response that never ends (micronaut-views#832). */
@MicronautTest(transactional = false)
class EagerRenderingSpec extends MariaDbSpec {
    @Inject ViewsRenderer<Map, HttpRequest<?>> renderer

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
}
