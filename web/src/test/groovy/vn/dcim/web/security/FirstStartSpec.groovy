package vn.dcim.web.security

import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import vn.dcim.core.account.FirstAdministrator
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls

import java.sql.DriverManager

/** Art. 21.3a, no default credentials: the first administrator's password is chosen, never shipped. */
class FirstStartSpec extends MariaDbSpec {

    int administrators() {
        DriverManager.getConnection(dbUrl(), System.getenv('DCIM_TEST_DB_USER') ?: 'dcim',
                System.getenv('DCIM_TEST_DB_PASSWORD') ?: 'dcim').withCloseable { c ->
            c.createStatement().executeQuery('SELECT COUNT(*) FROM account_credential').with { next(); getInt(1) }
        }
    }

    def "a DCIM_ADMIN_PASSWORD the policy refuses (#password) stops the first start and no account is made"() {
        when:
        ApplicationContext.run(EmbeddedServer, properties + ['dcim.admin-password': password]).close()

        then:
        def e = thrown(Exception)
        (e.message + e.cause?.message + e.cause?.cause?.message).contains('DCIM_ADMIN_PASSWORD is refused')
        administrators() == 0

        where:
        password << ['admin', 'password', 'Short#1a', 'alllowercase#12345']
    }

    def "without DCIM_ADMIN_PASSWORD the one-time set-up link lets the administrator choose a password, kept without a forced change"() {
        given:
        def server = ApplicationContext.run(EmbeddedServer, properties + ['dcim.admin-password': ''])
        def calls = new Calls(server.URL)
        String token = server.applicationContext.getBean(FirstAdministrator).prepare(null).get()

        expect: 'nobody can sign in yet, and a made-up link is refused'
        calls.post('/login', [username: 'admin', password: 'admin']).status == 401
        calls.get('/setup?token=made-up').text.contains('setup-invalid')
        calls.get("/setup?token=${token}").text.contains('setup-form')

        when:
        def weak = calls.send('POST', '/setup', ['Content-Type': 'application/x-www-form-urlencoded'],
                "token=${token}&password=weak&confirm=weak")
        def chosen = calls.send('POST', '/setup', ['Content-Type': 'application/x-www-form-urlencoded'],
                "token=${token}&password=Chon-Mat-Khau%2311&confirm=Chon-Mat-Khau%2311")
        def login = calls.post('/login', [username: 'admin', password: 'Chon-Mat-Khau#11'])

        then:
        weak.text.contains('password-problems')
        chosen.status == 303
        login.status == 200
        calls.get('/api/me', login.json.access_token as String).json.rights == ['admin']
        calls.get("/setup?token=${token}").text.contains('setup-invalid')

        cleanup:
        server?.close()
    }

    def "when every administrator is locked, the link printed at the next start lets the console recover 'admin' with a new password"() {
        given: 'the only administrator is locked by five wrong passwords'
        def server = ApplicationContext.run(EmbeddedServer, properties)
        def calls = new Calls(server.URL)
        5.times { calls.post('/login', [username: 'admin', password: 'Wrong-Pass#0000']) }
        assert calls.post('/login', [username: 'admin', password: ADMIN_PASSWORD]).json.error == 'account-locked'

        when: 'the product starts again and prints a recovery link'
        String token = server.applicationContext.getBean(FirstAdministrator).prepare(ADMIN_PASSWORD).get()
        def recovered = calls.send('POST', '/setup', ['Content-Type': 'application/x-www-form-urlencoded'],
                "token=${token}&password=Khoi-Phuc%23Quan26&confirm=Khoi-Phuc%23Quan26")
        def login = calls.post('/login', [username: 'admin', password: 'Khoi-Phuc#Quan26'])

        then:
        recovered.status == 303
        login.status == 200
        calls.get('/api/audit-events?entityType=account&action=recover', login.json.access_token as String).json.results.size() == 1
        calls.get("/setup?token=${token}").text.contains('setup-invalid')

        cleanup:
        server?.close()
    }
}
