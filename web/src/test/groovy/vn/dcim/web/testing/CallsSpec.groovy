package vn.dcim.web.testing

import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.testing.MariaDbSpec

/** A spec that calls the running product from outside, as a script or a browser would ({@link Calls}). */
abstract class CallsSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Shared Calls calls

    def setup() {
        calls = new Calls(server.URL)
    }
}
