package vn.dcim.core.notification

import com.sun.net.httpserver.HttpServer
import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import vn.dcim.core.alarm.Severity
import vn.dcim.core.outbound.HostResolver
import vn.dcim.core.outbound.OutboundHosts
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.util.concurrent.atomic.AtomicInteger

/**
 * Art. 25 / request forgery, at send time: a webhook goes only to a host on the allow-list, never to
 * an internal address unless its entry allows it (whatever the DNS answers now), follows no redirect,
 * and keeps none of the remote end's bytes in lastError. The recipients are stored directly, as if
 * saved before the allow-list existed or before the DNS answer changed.
 */
@MicronautTest(transactional = false)
class WebhookDestinationSpec extends MariaDbSpec {
    /** What the spec's DNS answers; names not in it are resolved by the system (localhost, literals). */
    static final Map<String, String> DNS = [
            'hooks.example.vn'   : '127.0.0.1',
            'rebind.example.vn'  : '127.0.0.1',
            'redirect.example.vn': '127.0.0.1',
            'db.example.vn'      : '127.0.0.1',
    ]

    @Shared @AutoCleanup('close') Receiver receiver = new Receiver(200)
    @Shared @AutoCleanup('close') Receiver redirector = new Receiver(302)
    @Shared @AutoCleanup('close') Receiver target = new Receiver(200)
    /** Answers like a database does to any connection: with its greeting, which must never come back in lastError. */
    @Shared @AutoCleanup ServerSocket database = new ServerSocket(0, 50, InetAddress.getByName('127.0.0.1'))

    @Inject RecipientRepository recipients
    @Inject Notifications notifications
    @Inject NotificationRepository outbox
    @Inject NotificationDispatcher dispatcher
    @Inject OutboundHosts allowList
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() {
        ['dcim.notify.dispatch-interval': '1h'] // the spec dispatches itself
    }

    @MockBean(HostResolver)
    HostResolver dns() {
        { String host -> DNS.containsKey(host) ? [InetAddress.getByName(DNS[host])] : InetAddress.getAllByName(host).toList() } as HostResolver
    }

    def setupSpec() {
        redirector.location = "http://127.0.0.1:${target.port}/".toString()
        Thread.startDaemon {
            while (!database.closed) {
                try {
                    database.accept().withCloseable { Socket s ->
                        s.outputStream.write('5.5.5-10.11.6-MariaDB\u0000secret-salt-XYZ'.bytes)
                        s.soTimeout = 2000
                        s.inputStream.read(new byte[8192]) // waits for the client's answer, as a database does
                    }
                } catch (IOException ignored) {
                }
            }
        }
    }

    def setup() {
        new Sql(dataSource).update('DELETE FROM notification')
        new Sql(dataSource).update('DELETE FROM outbound_host')
        recipients.deleteAll()
        [receiver, redirector, target]*.hits*.set(0)
        allowList.add('localhost', null, false, 'listed, but not allowed internal', 'spec')
        allowList.add('::1', null, false, null, 'spec')
        allowList.add('169.254.169.254', null, false, 'cloud metadata', 'spec')
        allowList.add('0.0.0.0', null, false, null, 'spec')
        allowList.add('hooks.example.vn', receiver.port, true, 'the spec receiver, on this machine', 'spec')
        allowList.add('rebind.example.vn', null, false, 'an outside host whose DNS now answers loopback', 'spec')
        allowList.add('redirect.example.vn', redirector.port, true, null, 'spec')
        allowList.add('db.example.vn', database.localPort, true, null, 'spec')
    }

    def "a webhook to #what is #outcome"() {
        given:
        def url = address.replace('RECEIVER', "$receiver.port").replace('REDIRECTOR', "$redirector.port")
                .replace('DB', "$database.localPort")
        recipients.save(new Recipient(null, 'Webhook', RecipientRole.leader, Channel.webhook, url, Severity.info, true))

        when:
        notifications.tell(EnumSet.of(RecipientRole.leader), 'Spec', 'Spec message', null)
        dispatcher.dispatch()

        then:
        def sent = outbox.findAll().toList()
        sent.size() == 1
        (sent[0].deliveredAt() != null) == (outcome == 'delivered')
        sent[0].lastError() == null || sent[0].lastError().contains(reason)

        and: 'nothing of what the remote end sent is kept'
        !(sent[0].lastError() ?: '').contains('MariaDB')
        !(sent[0].lastError() ?: '').contains('secret-salt')

        and: 'the receiver was reached only when allowed, the redirect target never'
        receiver.hits.get() == (outcome == 'delivered' ? 1 : 0)
        target.hits.get() == 0

        where:
        what                                              | address                                  || outcome     | reason
        '127.0.0.1 (not listed), the database port'       | 'http://127.0.0.1:DB/'                   || 'refused'   | 'not on the allow-list'
        'localhost, listed but not allowed internal'      | 'http://localhost:RECEIVER/hook'         || 'refused'   | 'a loopback address'
        '[::1]'                                           | 'http://[::1]:RECEIVER/hook'             || 'refused'   | 'a loopback address'
        '169.254.169.254 (cloud metadata)'                | 'http://169.254.169.254/latest/meta-data' || 'refused'  | 'a link-local address'
        '0.0.0.0'                                         | 'http://0.0.0.0:RECEIVER/hook'           || 'refused'   | 'an unspecified address'
        'an allowed host'                                 | 'http://hooks.example.vn:RECEIVER/hook'  || 'delivered' | ''
        'an allowed host on a port not listed'            | 'http://hooks.example.vn:1/hook'         || 'refused'   | 'not on the allow-list'
        'an allowed host whose DNS answers loopback'      | 'http://rebind.example.vn:RECEIVER/hook' || 'refused'   | 'resolves to 127.0.0.1, a loopback address'
        'an allowed host redirecting to loopback'         | 'http://redirect.example.vn:REDIRECTOR/' || 'not delivered' | 'HTTP 302 (redirects are not followed)'
        'an allowed host that is a database'              | 'http://db.example.vn:DB/'               || 'not delivered' | 'did not answer in HTTP'
    }

    def "a webhook's secret is stored encrypted and sent only as its bearer token"() {
        given:
        def saved = recipients.save(new Recipient(null, 'SMS gateway', RecipientRole.leader, Channel.webhook,
                "http://hooks.example.vn:${receiver.port}/sms".toString(), Severity.info, true, 'tok-4f9a-secret'))

        when:
        notifications.tell(EnumSet.of(RecipientRole.leader), 'Spec', 'Spec message', null)
        dispatcher.dispatch()

        then: 'the receiver got it with the token'
        outbox.findAll().first().deliveredAt() != null
        receiver.authorization == 'Bearer tok-4f9a-secret'

        and: 'the database holds it encrypted, and the outbox not at all'
        def sql = new Sql(dataSource)
        def column = sql.rows('SELECT secret FROM notification_recipient WHERE id = ?', [saved.id()])[0].secret as String
        column.startsWith('enc:v1:') && !column.contains('tok-4f9a')
        sql.count("SELECT COUNT(*) FROM notification WHERE address LIKE '%tok-4f9a%' OR body LIKE '%tok-4f9a%'") == 0
        recipients.findById(saved.id()).get().secret() == 'tok-4f9a-secret'
    }

    /** A webhook receiver on loopback answering every POST with one status (and, for 3xx, a Location). */
    static class Receiver {
        final HttpServer server = HttpServer.create(new InetSocketAddress('127.0.0.1', 0), 0)
        final AtomicInteger hits = new AtomicInteger()
        String location
        volatile String authorization

        Receiver(int status) {
            server.createContext('/') { ex ->
                hits.incrementAndGet()
                authorization = ex.requestHeaders.getFirst('Authorization')
                ex.requestBody.bytes
                if (location != null) {
                    ex.responseHeaders.add('Location', location)
                }
                byte[] body = "<html>remote page of ${status}: MariaDB secret-salt</html>".bytes
                ex.sendResponseHeaders(status, body.length)
                ex.responseBody.write(body)
                ex.close()
            }
            server.start()
        }

        int getPort() { server.address.port }

        void close() { server.stop(0) }
    }
}
