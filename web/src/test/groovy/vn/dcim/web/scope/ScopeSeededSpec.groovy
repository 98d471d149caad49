package vn.dcim.web.scope

import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
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
    /** The marker in lower case, as ids and account names hold it. */
    @Shared String low = r.toLowerCase()

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject UserAccounts accounts
    @Inject AlarmRaiser raiser
    @Inject Clock clock

    @Shared Calls calls
    @Shared Map<String, Object> ids = [:]

    /** The token of an account holding every role and no scope: the one that seeds. */
    String all() { users.token(TestUsers.EVERY_ROLE) }

    /**
     * The start of every seeding: the own site (in Thái Nguyên) and the far one (in Bắc Kạn), each with a server
     * room; answers their ids as {@code own}, {@code far}, {@code ownRoom} and {@code farRoom}.
     */
    Map<String, Object> seedSites(String own, String ownName, String far, String farName, String farRoomName) {
        calls = new Calls(server.URL)
        post('/api/sites', [id: own, name: ownName, province: 'Thái Nguyên'])
        post('/api/sites', [id: far, name: farName, province: 'Bắc Kạn'])
        [own: own, far: far,
         ownRoom: post('/api/rooms', [siteId: own, name: "Phòng máy $r", kind: 'server_room']).id as long,
         farRoom: post('/api/rooms', [siteId: far, name: farRoomName, kind: 'server_room']).id as long]
    }

    /** An agency named by its code and this run's marker: its id. */
    long seedAgency(String code) {
        post('/api/agencies', [code: "$code$r", name: "Sở $code$r"]).id as long
    }

    /** The agency takes the equipment (a rack, an asset) as its own. */
    void give(long agency, String kind, Object id) {
        def answer = calls.send('PUT', "/api/agencies/$agency/equipment/$kind/$id", [Authorization: "Bearer ${all()}"])
        assert answer.status in [200, 201]: answer.text
    }

    /** A person holding these roles, limited to the scope ({@code siteIds} or {@code agencyId}): their token. */
    String scopedToken(String name, Set<Role> roles, Map scope) {
        users.person(name, "Phạm vi $name", roles)
        long id = accounts.findByUsername(name).get().id()
        def set = calls.send('PUT', "/api/users/$id/scope", [Authorization: "Bearer ${users.adminToken()}"], scope)
        assert set.status == 200: set.text
        users.login(name, TestUsers.PASSWORD).access_token as String
    }

    /** Seeds through the API; anything but 200 or 201 stops the spec, naming the path and the answer. */
    Map post(String path, Map body) {
        def answer = calls.post(path, body, all())
        assert answer.status in [200, 201]: "$path: $answer.text"
        answer.json as Map
    }
}
