package vn.dcim.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.account.SecondFactor
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import java.time.Instant

/** Art. 15.1: an administrator's second factor (TOTP); the spec plays the phone with the same algorithm. */
@MicronautTest(transactional = false)
class SecondFactorSpec extends CallsSpec {
    @Inject TestUsers users
    @Inject SecondFactor phone

    def "an enrolled administrator's new session reaches nothing until the app's code is given"() {
        given: 'an administrator enrols'
        String name = users.account(EnumSet.of(Role.admin))
        String token = users.login(name, TestUsers.PASSWORD).access_token
        def enrolment = calls.post('/api/me/second-factor/enrolment', [:], token).json
        def wrongConfirm = calls.post('/api/me/second-factor/enrolment/confirm', [secret: enrolment.secret, code: '000000'], token)
        def confirmed = calls.post('/api/me/second-factor/enrolment/confirm',
                [secret: enrolment.secret, code: phone.code(enrolment.secret as String, Instant.now())], token)

        expect:
        enrolment.otpauthUri.startsWith('otpauth://totp/DCIM')
        wrongConfirm.status == 422
        confirmed.status == 204
        calls.get('/api/users', token).status == 200

        when: 'signing in again'
        String next = users.login(name, TestUsers.PASSWORD).access_token

        then: 'only the code may be given; no API key can be made around it'
        calls.get('/api/me', next).status == 403
        calls.get('/api/users', next).status == 403
        calls.post('/api/me/api-keys', [name: 'bypass'], next).status == 403
        calls.post('/api/me/second-factor', [code: '123456'], next).status == 422

        when:
        def given = calls.post('/api/me/second-factor', [code: phone.code(enrolment.secret as String, Instant.now())], next)

        then:
        given.status == 204
        calls.get('/api/me', next).json.rights == ['admin']
        calls.get('/api/users', next).status == 200
    }

    def "a technician cannot enrol: the second factor is the administrators'"() {
        expect:
        calls.post('/api/me/second-factor/enrolment', [:], users.token(EnumSet.of(Role.maintenance))).status == 403
    }

    def "an administrator removes another's second factor (a lost phone); that person signs in with the password again"() {
        given:
        def other = calls.post('/api/users', [username: 'qt.hai', roles: ['admin'], password: 'First-Pass#12345'], users.adminToken()).json
        String first = users.login('qt.hai', 'First-Pass#12345').access_token
        calls.post('/api/me/password', [currentPassword: 'First-Pass#12345', newPassword: 'Own-Choice#56789'], first)
        String token = users.login('qt.hai', 'Own-Choice#56789').access_token
        def enrolment = calls.post('/api/me/second-factor/enrolment', [:], token).json
        calls.post('/api/me/second-factor/enrolment/confirm', [secret: enrolment.secret,
                                                                code: phone.code(enrolment.secret as String, Instant.now())], token)

        when:
        def reset = calls.send('DELETE', "/api/users/${other.id}/second-factor", [Authorization: "Bearer ${users.adminToken()}"])
        String again = users.login('qt.hai', 'Own-Choice#56789').access_token

        then:
        reset.status == 204
        calls.get('/api/users', again).status == 200
        calls.get("/api/audit-events?entityType=account&entityId=${other.id}&limit=50", users.adminToken()).json.results*.action
                .containsAll(['second-factor-enrolled', 'second-factor-reset'])
    }
}
