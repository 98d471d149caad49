package vn.dcim.web.api.notification

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/** A recipient is told in their own language, Vietnamese unless the administrator says otherwise. */
@MicronautTest(transactional = false)
class RecipientLanguageApiSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users

    def "a recipient given language #given is told in #stored (#status)"() {
        when:
        def body = [name: 'Trực ca', role: 'operator', channel: 'email', address: "truc-ca-${UUID.randomUUID().toString().take(6)}@ttdl.example.vn".toString()]
        def answer = new Calls(server.URL).post('/api/notification-recipients', given == null ? body : body + [language: given], users.adminToken())

        then:
        answer.status == status
        status != 201 || answer.json.language == stored
        status == 201 || answer.text.contains('language')

        where:
        given || status | stored
        null  || 201    | 'vi'
        'vi'  || 201    | 'vi'
        'en'  || 201    | 'en'
        'fr'  || 422    | null
    }
}
