package vn.dcim.web.security

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls

/**
 * Art. 16.2: sign-in attempts per address and minute are limited (DCIM_LOGIN_ATTEMPTS_PER_MINUTE); past the
 * limit the answer is 429 with Retry-After, so a script, a proxy or a person can tell it from a wrong password.
 */
@MicronautTest(transactional = false)
class SignInRateLimitSpec extends MariaDbSpec {
    static final int LIMIT = 3

    @Override
    Map<String, String> extraProperties() { ['dcim.accounts.login-attempts-per-minute': "$LIMIT".toString()] }

    @Inject EmbeddedServer server

    def "past the limit #client is answered 429 with Retry-After, the right password too"() {
        given: 'the address has used its attempts of this minute'
        def calls = new Calls(server.URL)
        // each feature has the minute's attempts of the features before it: the limit is per address
        LIMIT.times { signIn(calls, 'admin', 'wrong-password') }

        when:
        def answer = signIn(calls, 'admin', ADMIN_PASSWORD)

        then:
        answer.status == 429
        answer.header('Retry-After') == '60'
        told(answer)

        where:
        client                 | signIn                                                              | told
        'a script (JSON)'      | { Calls c, String u, String p -> c.post('/login', [username: u, password: p]) } | { Calls.Answer a -> a.json.error == 'rate-limited' && a.json.message.startsWith('Quá nhiều lần đăng nhập') }
        'the sign-in form'     | { Calls c, String u, String p -> form(c, u, p) }                   | { Calls.Answer a -> a.header('Content-Type').startsWith('text/html') && a.text.contains('Quá nhiều lần đăng nhập') && a.text.contains('login-form') }
    }

    static Calls.Answer form(Calls calls, String username, String password) {
        calls.send('POST', '/login', ['Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html,*/*;q=0.8'],
                "username=${URLEncoder.encode(username, 'UTF-8')}&password=${URLEncoder.encode(password, 'UTF-8')}".toString())
    }
}
