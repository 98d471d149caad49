package vn.dcim.web.scope

import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Clock

/**
 * A scope spec: its first feature seeds two sites and their owners' equipment through the API, as an account holding
 * every role, each name marked with this run's {@link #r}; the features after it meet them as accounts limited to a
 * site or an agency, the seeded ids kept in {@link #ids}.
 */
abstract class ScopeSeededSpec extends MariaDbSpec {
    /** A marker of this run, in every seeded name, so that a marker found is a leak and nothing else. */
    @Shared String r = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase()

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject UserAccounts accounts
    @Inject AlarmRaiser raiser
    @Inject Clock clock

    @Shared Calls calls
    @Shared Map<String, Object> ids = [:]

    /** The token of an account holding every role and no scope: the one that seeds. */
    String all() { users.token(TestUsers.EVERY_ROLE) }

    /** Seeds through the API; anything but 200 or 201 stops the spec, naming the path and the answer. */
    Map post(String path, Map body) {
        def answer = calls.post(path, body, all())
        assert answer.status in [200, 201]: "$path: $answer.text"
        answer.json as Map
    }
}
