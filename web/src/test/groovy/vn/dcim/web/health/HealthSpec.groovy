package vn.dcim.web.health

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import io.micronaut.runtime.server.EmbeddedServer
import groovy.json.JsonSlurper
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

@MicronautTest(transactional = false)
class HealthSpec extends MariaDbSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject EmbeddedServer server
    @Inject TestUsers users

    def "the product boots on the real MariaDB and reports UP with both database and broker"() {
        expect:
        new PollingConditions(timeout: 20).eventually {
            def health = client.toBlocking().retrieve('/health', Map)
            assert health.status == 'UP'
            assert health.details.database.status == 'UP'
            assert health.details.mqtt.status == 'UP'
        }
    }

    def "only an administrator sees the details; anyone else, signed in or not, the status alone"() {
        when:
        def answer = new Calls(server.URL).get('/health', token ? users.token(roles) : null)
        def body = new JsonSlurper().parseText(answer.text) as Map

        then:
        answer.status == 200
        body.status == 'UP'
        (body.details != null) == details
        details || !answer.text.contains('jdbc')
        details || !answer.text.contains('user=')

        where:
        who                       | token | roles                                        | details
        'anonymous'               | false | null                                         | false
        'an operator'             | true  | [Role.operator] as Set                       | false
        'an auditor'              | true  | [Role.auditor] as Set                        | false
        'a supervisor'            | true  | [Role.supervisor, Role.operator] as Set      | false
        'an administrator'        | true  | [Role.admin] as Set                          | true
    }

    def "the OpenAPI document is generated from the controllers and served with its viewers"() {
        when:
        def document = client.toBlocking().exchange('/swagger/dcim-api.yml', byte[])
        def yaml = new String(document.body(), java.nio.charset.StandardCharsets.UTF_8)

        then:
        yaml.startsWith('openapi:')
        yaml.contains('DCIM — Trung tâm Tích hợp dữ liệu')

        and: 'named as YAML in UTF-8, so a script that reads it by its type gets the Vietnamese right'
        document.contentType.get().toString() == 'application/yaml;charset=utf-8'

        and:
        client.toBlocking().retrieve('/swagger-ui/index.html').contains('swagger')
        client.toBlocking().retrieve('/redoc/index.html').toLowerCase().contains('redoc')
    }
}
