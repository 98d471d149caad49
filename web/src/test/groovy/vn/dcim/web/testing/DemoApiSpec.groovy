package vn.dcim.web.testing

import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.testing.MariaDbSpec

/**
 * An API spec against the demo center (its sites, power chain, racks and assets seeded, its simulated
 * agents off), called over HTTP as an outside client with a test user's token.
 */
abstract class DemoApiSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Shared Calls calls

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }

    def setup() {
        calls = new Calls(server.URL)
    }
}
