package vn.dcim.web.api.outbound

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

/**
 * Art. 25 / request forgery, at save time: a webhook recipient is accepted only for a host on the
 * administrator's allow-list, and never for an internal address unless its entry allows it. The
 * allow-list is kept by an administrator and read by the auditor.
 */
@MicronautTest(transactional = false)
class OutboundHostApiSpec extends CallsSpec {
    @Inject TestUsers users

    Calls.Answer webhook(String address) {
        calls.post('/api/notification-recipients', [name: 'Chat', role: 'operator', channel: 'webhook', address: address,
                                                    minSeverity: 'major', enabled: true], users.adminToken(), [Cookie: 'lang=en'])
    }

    def "a webhook to #address is refused when it is saved: #reason"() {
        given: 'localhost, ::1, 169.254.169.254 and 0.0.0.0 are listed, but none may reach an internal address'
        ['localhost', '::1', '169.254.169.254', '0.0.0.0'].each {
            calls.post('/api/outbound-hosts', [host: it, note: 'listed without allowInternal'], users.adminToken())
        }

        when:
        def answer = webhook(address)

        then:
        answer.status == 422
        answer.json.fields[0].field == 'address'
        answer.json.fields[0].message.contains(reason)

        where:
        address                              || reason
        'http://127.0.0.1:3306/'             || 'not on the allow-list'
        'http://localhost:8080/hook'         || 'a loopback address'
        'http://[::1]:9000/'                 || 'a loopback address'
        'http://169.254.169.254/latest/'     || 'a link-local address'
        'http://0.0.0.0:8080/'               || 'an unspecified address'
        'https://hooks.not-listed.example/x' || 'not on the allow-list'
    }

    def "an administrator allows a receiver on this machine explicitly; then its webhook is saved"() {
        when:
        def added = calls.post('/api/outbound-hosts', [host: '127.0.0.1', port: 9911, allowInternal: true, note: 'chat bridge'],
                users.adminToken())

        then:
        added.status == 201
        added.json.host == '127.0.0.1'
        added.json.allowInternal == true
        calls.get('/api/outbound-hosts', users.token(EnumSet.of(Role.auditor))).json*.host.contains('127.0.0.1')

        expect: 'that port only'
        webhook('http://127.0.0.1:9911/hook').status == 201
        webhook('http://127.0.0.1:9912/hook').status == 422
    }

    def "a webhook's secret is write-only: never answered, kept when an edit leaves it out"() {
        given:
        calls.post('/api/outbound-hosts', [host: '127.0.0.1', port: 9913, allowInternal: true], users.adminToken())
        def body = [name: 'SMS gateway', role: 'leader', channel: 'webhook', address: 'http://127.0.0.1:9913/sms', enabled: true]

        when:
        def created = calls.post('/api/notification-recipients', body + [secret: 'tok-77-secret'], users.adminToken())

        then:
        created.status == 201
        created.json.hasSecret == true
        !created.text.contains('tok-77')
        !calls.get('/api/notification-recipients', users.adminToken()).text.contains('tok-77')

        when: 'an edit without the secret'
        def edited = calls.send('PUT', "/api/notification-recipients/${created.json.id}", [Authorization: "Bearer ${users.adminToken()}".toString()],
                body + [name: 'SMS gateway (renamed)'])

        then:
        edited.status == 200
        edited.json.hasSecret == true
        !edited.text.contains('tok-77')
        !calls.get("/api/audit-events?entityType=notification-recipient&limit=50", users.adminToken()).text.contains('tok-77')
    }

    def "an allow-list entry names a host, not a URL: #host"() {
        expect:
        with(calls.post('/api/outbound-hosts', [host: host], users.adminToken())) {
            status == 422
            json.fields[0].field == 'host'
        }

        where:
        host << ['http://hooks.example.vn', 'hooks.example.vn/path', 'hooks.example.vn:443', 'bad host']
    }
}
