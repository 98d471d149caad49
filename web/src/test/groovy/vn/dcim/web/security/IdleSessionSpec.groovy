package vn.dcim.web.security

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/** QĐ 22/2021 Art. 6.2a: a session idle past the timeout (10 minutes; 3 s here) is signed out. */
@MicronautTest(transactional = false)
class IdleSessionSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users

    @Override
    Map<String, String> extraProperties() { ['dcim.accounts.session-idle-timeout': '3s'] }

    def "a session in use stays signed in; idle past the timeout it is signed out, and a sign-out ends it at once"() {
        given:
        def calls = new Calls(server.URL)
        String name = users.account(EnumSet.of(Role.operator))
        String token = users.login(name, TestUsers.PASSWORD).access_token

        when: 'used every second for five seconds'
        def whileUsed = (1..5).collect { sleep(1000); calls.get('/api/alarms', token).status }

        and: 'then left alone for five'
        sleep(5000)

        then:
        whileUsed.every { it == 200 }
        calls.get('/api/alarms', token).status == 401

        when:
        String second = users.login(name, TestUsers.PASSWORD).access_token
        def out = calls.post('/logout', [:], second)

        then:
        out.status < 400
        calls.get('/api/alarms', second).status == 401
    }
}
