package vn.dcim.web.compliance

import vn.dcim.core.db.Jdbc
import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.network.IspLinkCheckDuty
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant

@MicronautTest(transactional = false)
class ComplianceApiSpec extends MariaDbSpec {

    @Inject @Client('/') HttpClient client
    @Inject IspLinkCheckDuty ispCheck
    @Inject Jdbc jdbc

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true'] }

    Map<String, Map> byArticle() {
        client.toBlocking().retrieve(HttpRequest.GET('/api/compliance'), Argument.listOf(Map)).collectEntries { [it.article, it] }
    }

    def "the demo site holds the power-source article and fails the backup article until a backup is verified"() {
        when:
        def statuses = byArticle()

        then:
        statuses['Art. 6.4'].verdict == 'holds'
        statuses['Art. 11.3'].verdict == 'fails'
        statuses['Art. 11.3'].evidence == 'no verified backup of the DCIM database'
        statuses['Art. 30.7a'].verdict == 'holds'
    }

    def "served over plain HTTP (no DCIM_HTTPS), encrypted transmission fails and the evidence names the setting (Art. 25.3)"() {
        when:
        def status = byArticle()['Art. 25.3']

        then:
        status.verdict == 'fails'
        status.evidence.contains('DCIM_HTTPS=true')
    }

    def "encryption at rest is asked of the database server itself (Art. 30.7c), here the suite's unencrypted one"() {
        given:
        def settings = jdbc.list('read', 'SELECT @@innodb_encrypt_tables, @@innodb_encrypt_log',
                { rs -> [rs.getString(1), rs.getString(2)] } as Jdbc.Row)[0]

        when:
        def status = byArticle()['Art. 30.7c']

        then:
        status.evidence.startsWith("innodb_encrypt_tables=${settings[0]}, innodb_encrypt_log=${settings[1]}")
        status.verdict == (settings == ['ON', 'ON'] || settings == ['FORCE', 'ON'] ? 'holds' : 'fails')
    }

    def "two providers hold only once both links have been probed up (Art. 8.1đ)"() {
        expect:
        byArticle()['Art. 8.1đ'].verdict == 'fails'

        when: 'the demo links (probing 127.0.0.1) are checked'
        ispCheck.run(Instant.now())

        then:
        byArticle()['Art. 8.1đ'].verdict == 'holds'
        byArticle()['Art. 8.1đ'].evidence == '2 provider(s) registered, 2 up in the last 5 minutes'
    }

    def "the compliance screen lists every article in both languages"() {
        expect:
        client.toBlocking().retrieve('/ui/compliance').contains('Không đạt')
        client.toBlocking().retrieve(HttpRequest.GET('/ui/compliance').cookie(io.micronaut.http.cookie.Cookie.of('lang', 'en'))).contains('Does not hold')
    }
}
