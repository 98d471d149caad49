package vn.dcim.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

/** The browser-side protections on every kind of response (Art. 25.3; web security baseline). */
@MicronautTest(transactional = false)
class SecurityHeadersSpec extends CallsSpec {
    @Inject TestUsers users

    def "#what (#path, #status) carries the security headers and #policy's content security policy"() {
        when:
        def answer = calls.get(path, signedIn ? users.token() : null)

        then:
        answer.status == status
        answer.header('Content-Security-Policy') == (policy == 'the screens' ? SecurityHeaders.POLICY : SecurityHeaders.API_BROWSER_POLICY)
        answer.header('Content-Security-Policy').contains("frame-ancestors 'none'")
        answer.header('X-Frame-Options') == 'DENY'
        answer.header('X-Content-Type-Options') == 'nosniff'
        answer.header('Referrer-Policy') == 'same-origin'
        answer.header('Permissions-Policy').contains('camera=()')

        and: 'no HSTS over plain HTTP: it is for HTTPS responses only'
        answer.header('Strict-Transport-Security') == null

        where:
        what                  | path                           | signedIn || status | policy
        'a screen'            | '/'                            | true     || 200    | 'the screens'
        'an API response'     | '/api/compliance'              | true     || 200    | 'the screens'
        'a static file'       | '/static/dcim.css'             | false    || 200    | 'the screens'
        'an unknown API path' | '/api/no-such-thing'           | true     || 404    | 'the screens'
        'a refused API call'  | '/api/compliance'              | false    || 401    | 'the screens'
        'the sign-in page'    | '/login'                       | false    || 200    | 'the screens'
        'the API browser'     | '/swagger-ui/index.html'       | false    || 200    | 'the API browser'
    }

    def "the screens' policy allows no inline script or style: every page loads them from /static"() {
        expect:
        !SecurityHeaders.POLICY.contains('unsafe-inline')
        !SecurityHeaders.POLICY.contains('unsafe-eval')

        and: 'no template holds an inline script, style block, style attribute, event handler or javascript: link'
        def views = new File('src/main/resources/views')
        def offenders = []
        views.eachFileRecurse { f ->
            if (f.name.endsWith('.html')) {
                f.readLines().eachWithIndex { line, i ->
                    if (line =~ /<script(?![^>]*\s(?:th:)?src=)[^>]*>|<style|\sstyle="|\son[a-z]+="|javascript:/) {
                        offenders << "${f.path}:${i + 1}"
                    }
                }
            }
        }
        offenders == []
    }
}
