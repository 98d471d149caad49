package vn.dcim.web.testing

import jakarta.inject.Inject

/**
 * An API spec against the demo center (its sites, power chain, racks and assets seeded, its simulated
 * agents off), called over HTTP as an outside client with a test user's token.
 */
abstract class DemoApiSpec extends CallsSpec {
    @Inject TestUsers users

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }
}
