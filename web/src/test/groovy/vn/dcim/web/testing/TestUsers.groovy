package vn.dcim.web.testing

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Singleton
import vn.dcim.core.account.CredentialRepository
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Clock
import java.util.concurrent.ConcurrentHashMap

/**
 * People the specs sign in as: accounts made through the product's own account service, with
 * their first password already changed, signed in through the real `POST /login`. Nothing here
 * switches security off; a spec gets exactly the rights of the roles it asks for.
 */
@Singleton
class TestUsers {
    static final String PASSWORD = 'Spec-User-Pass#2026'
    /**
     * Every staff role: the default person of specs that test a feature rather than its access. The agency role is held
     * alone (an agency's person is not staff), so it is not among them.
     */
    static final Set<Role> EVERY_ROLE = EnumSet.complementOf(EnumSet.of(Role.agency))

    private final UserAccounts users
    private final CredentialRepository credentials
    private final EmbeddedServer server
    private final Clock clock
    private final Map<String, String> tokens = new ConcurrentHashMap<>()
    private final HttpClient http = HttpClient.newHttpClient()

    TestUsers(UserAccounts users, CredentialRepository credentials, EmbeddedServer server, Clock clock) {
        this.users = users
        this.credentials = credentials
        this.server = server
        this.clock = clock
    }

    /** The user name of an account holding exactly these roles (made on first use). */
    synchronized String account(Set<Role> roles) {
        String name = 'spec-' + (roles == EVERY_ROLE ? 'all' : roles*.name().sort().join('-').replace('_', ''))
        person(name, 'Spec ' + name, roles)
    }

    /**
     * A new session of a named person holding these roles, of a crew if given: for specs whose clock moves by minutes,
     * past an idle session's limit, so a remembered token would have lapsed.
     */
    String freshToken(String name, Set<Role> roles, String crew = null) {
        person(name, name, roles, crew)
        login(name, PASSWORD).access_token as String
    }

    /** The user name of a named person (a Vietnamese full name, say) holding these roles, of a crew if given (made on first use). */
    synchronized String person(String name, String fullName, Set<Role> roles, String crew = null) {
        if (users.findByUsername(name).isEmpty()) {
            def made = users.create(new UserAccounts.NewUser(name, fullName, roles, PASSWORD, null, null, null, null, crew), 'spec')
            // the person chose their own password already: the first-login change is tested on its own
            def c = credentials.findById(made.id()).get()
            credentials.update(c.withPassword(c.passwordHash(), clock.instant(), false))
        }
        name
    }

    /** A bearer token of a fresh session of an account holding these roles. */
    String token(Set<Role> roles = EVERY_ROLE) {
        String name = account(roles)
        tokens.computeIfAbsent(name) { login(it, PASSWORD).access_token as String }
    }

    /** The administrator of the spec's database (DCIM_ADMIN_PASSWORD). */
    String adminToken() {
        tokens.computeIfAbsent('admin') { login('admin', vn.dcim.core.testing.MariaDbSpec.ADMIN_PASSWORD).access_token as String }
    }

    /** `POST /login` with JSON, as a script does: the parsed answer and the status under `status`. */
    Map login(String username, String password) {
        def response = http.send(HttpRequest.newBuilder(URI.create("${server.URL}/login"))
                .header('Content-Type', 'application/json')
                .POST(HttpRequest.BodyPublishers.ofString(JsonOutput.toJson([username: username, password: password])))
                .build(), HttpResponse.BodyHandlers.ofString())
        Map body = response.body() ? (new JsonSlurper().parseText(response.body()) as Map) : [:]
        body + [status: response.statusCode()]
    }

    void forget() {
        tokens.clear()
    }
}
