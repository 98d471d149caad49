package vn.dcim.web.health

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.util.concurrent.PollingConditions
import vn.dcim.core.testing.MariaDbSpec

@MicronautTest(transactional = false)
class HealthSpec extends MariaDbSpec {

    @Inject
    @Client('/')
    HttpClient client

    def "the product boots on the real MariaDB and reports UP with both database and broker"() {
        expect:
        new PollingConditions(timeout: 20).eventually {
            def health = client.toBlocking().retrieve('/health', Map)
            assert health.status == 'UP'
            assert health.details.jdbc.status == 'UP'
            assert health.details.mqtt.status == 'UP'
            assert health.details.jdbc.details.values()*.details*.database == ['MariaDB']
        }
    }

    def "the OpenAPI document is generated from the controllers and served with its viewers"() {
        when:
        def yaml = client.toBlocking().retrieve('/swagger/dcim-api.yml')

        then:
        yaml.startsWith('openapi:')
        yaml.contains('DCIM')

        and:
        client.toBlocking().retrieve('/swagger-ui/index.html').contains('swagger')
        client.toBlocking().retrieve('/redoc/index.html').toLowerCase().contains('redoc')
    }
}
