package vn.dcim.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.account.UserAccounts
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

/** Art. 15, 16, 21.3a; QĐ 22/2021 Art. 6: who gets in, with what, and what locks them out. */
@MicronautTest(transactional = false)
class SignInSpec extends CallsSpec {
    /** This spec signs in far more often than the per-address limit of 20 a minute allows; raised here. */
    @Override
    Map<String, String> extraProperties() { ['dcim.accounts.login-attempts-per-minute': '1000'] }

    @Inject TestUsers users
    @Inject UserAccounts accounts

    String tag() { UUID.randomUUID().toString().take(6).toLowerCase() }

    /** A new account made by the administrator (its first password must be changed). */
    Map newAccount(String name, List<String> roles = ['operator'], Map extra = [:]) {
        def answer = calls.post('/api/users', [username: name, roles: roles, password: 'First-Pass#1234'] + extra, users.adminToken())
        assert answer.status == 201: answer.text
        answer.json as Map
    }

    def "#username / #password is refused; the configured administrator password gives a working bearer token"() {
        expect:
        users.login(username, password).status in [401, 422]

        when:
        def login = users.login('admin', MariaDbSpec.ADMIN_PASSWORD)

        then:
        login.status == 200
        login.token_type == 'Bearer'
        login.access_token
        calls.get('/api/users', login.access_token as String).status == 200
        calls.get('/api/users').status == 401
        calls.get('/api/users', 'not-a-token').status == 401

        where:
        username | password
        'admin'  | 'admin'
        'admin'  | 'password'
        'admin'  | ''
        'nobody' | MariaDbSpec.ADMIN_PASSWORD
    }

    def "five wrong passwords lock the account, the right one is then refused too, and only an administrator unlocks it with the owner's request"() {
        given:
        def name = 'lock-' + tag()
        def account = newAccount(name)

        when:
        def failures = (1..5).collect { users.login(name, 'Wrong-Pass#999').error }
        def withRightPassword = users.login(name, 'First-Pass#1234')

        then:
        failures.take(4).every { it == 'credentials-do-not-match' }
        failures[4] == 'account-locked'
        withRightPassword.status == 401
        withRightPassword.error == 'account-locked'
        calls.get("/api/users/${account.id}", users.adminToken()).json.lockedAt

        when: 'an unlock without the owner\'s request is refused; with it, the account works again'
        def bare = calls.post("/api/users/${account.id}/unlock", [request: ''], users.adminToken())
        def unlocked = calls.post("/api/users/${account.id}/unlock", [request: 'phone call from the owner, 09:10'], users.adminToken())

        then:
        bare.status == 422
        unlocked.status == 200
        users.login(name, 'First-Pass#1234').status == 200
        def audit = calls.get("/api/audit-events?entityType=account&entityId=${account.id}&limit=50", users.adminToken()).json.results
        audit*.action.containsAll(['create', 'login-failed', 'lock', 'login-refused-locked', 'unlock', 'login'])
        audit.find { it.action == 'unlock' }.actor == 'admin'
    }

    /** The device cookie a sign-in left, as a Cookie header ("dcim_device=…"). */
    static String deviceCookie(Calls.Answer signedIn) {
        signedIn.cookies().find { it.startsWith('dcim_device=') }?.tokenize(';')?.first()
    }

    Calls.Answer signIn(String name, String password, String cookie = null) {
        calls.post('/login', [username: name, password: password], null, cookie ? [Cookie: cookie] : [:])
    }

    def "strangers' wrong passwords lock the account to unknown clients only: the owner's device still signs in, the live session works on, the administrators are alerted"() {
        given: 'the owner has signed in once from their own client, which keeps the device cookie'
        def name = users.person('owner-' + tag(), 'Owner', [Role.operator] as Set)
        def first = signIn(name, TestUsers.PASSWORD)
        def device = deviceCookie(first)
        def session = first.json.access_token as String

        when: 'anybody who knows the user name sends five wrong passwords'
        def failures = (1..5).collect { users.login(name, 'Wrong-Pass#999').error }
        def stranger = users.login(name, TestUsers.PASSWORD)
        def owner = signIn(name, TestUsers.PASSWORD, device)

        then: 'the account is locked to them (Art. 16.2), even with the right password'
        device
        failures[4] == 'account-locked'
        stranger.error == 'account-locked'

        and: 'its owner signs in from the device that signed in before, and the session of before keeps working'
        owner.status == 200
        owner.json.access_token
        calls.get('/api/me', session).status == 200
        calls.get('/api/me', owner.json.access_token as String).status == 200

        and: 'the administrators see it on the alarm console (QĐ 22/2021 Art. 6.1b) and in the audit log'
        calls.get('/api/alarms?rule=account.locked&limit=1000', users.adminToken()).json.results
                .any { it.source == "account-$name" && it.article == 'Art. 16.2' }
        calls.get("/api/users/${accounts.findByUsername(name).get().id()}", users.adminToken()).json.lockedAt
    }

    def "a device cookie that is #what is no trust: the locked account refuses the right password"() {
        given: 'an account locked by strangers, and another account whose owner holds a device cookie'
        def name = users.person('forged-' + tag(), 'Forged', [Role.operator] as Set)
        def other = users.person('other-' + tag(), 'Other', [Role.operator] as Set)
        def othersDevice = deviceCookie(signIn(other, TestUsers.PASSWORD))
        def ownDevice = deviceCookie(signIn(name, TestUsers.PASSWORD))
        (1..5).each { users.login(name, 'Wrong-Pass#999') }

        when:
        def answer = signIn(name, TestUsers.PASSWORD, cookie(ownDevice, othersDevice))

        then:
        answer.status == 401
        answer.json.error == 'account-locked'

        where:
        what                         | cookie
        'made up'                    | { own, others -> 'dcim_device=1.abc.def' }
        'of another account'         | { own, others -> others }
        'of this account, re-signed' | { own, others -> own.substring(0, own.lastIndexOf('.') + 1) + 'AAAA' }
    }

    def "the trusted device's own five wrong passwords distrust it and lock the account"() {
        given:
        def name = users.person('device-' + tag(), 'Device', [Role.operator] as Set)
        def device = deviceCookie(signIn(name, TestUsers.PASSWORD))

        when:
        def failures = (1..5).collect { signIn(name, 'Wrong-Pass#999', device).json.error }
        def again = signIn(name, TestUsers.PASSWORD, device)

        then:
        failures.take(4).every { it == 'credentials-do-not-match' }
        failures[4] == 'account-locked'
        again.json.error == 'account-locked'
        users.login(name, TestUsers.PASSWORD).error == 'account-locked'
    }

    def "a person sees the devices that signed in and stops trusting a lost one: its cookie no longer passes a strangers' lock"() {
        given: 'the owner signed in twice from a laptop (which kept its cookie) and once from a phone'
        def name = users.person('lost-' + tag(), 'Lost', [Role.operator] as Set)
        def id = accounts.findByUsername(name).get().id()
        def laptop = deviceCookie(signIn(name, TestUsers.PASSWORD))
        def again = signIn(name, TestUsers.PASSWORD, laptop)
        def phone = signIn(name, TestUsers.PASSWORD)
        def token = phone.json.access_token as String

        when:
        def mine = calls.get('/api/me/devices', token).json as List
        def asAdmin = calls.get("/api/users/$id/devices", users.adminToken()).json as List
        def laptopName = laptop.tokenize('=.')[2]

        then: 'two devices, the laptop keeping its name (and cookie) across its sign-ins'
        deviceCookie(again) == laptop
        mine*.device as Set == [laptopName, deviceCookie(phone).tokenize('=.')[2]] as Set
        mine.find { it.device == laptopName }.signIns == 2
        asAdmin == mine
        calls.get("/api/users/$id/devices", token).status == 403

        when: 'the owner stops trusting the lost laptop, then strangers lock the account'
        def distrusted = calls.send('DELETE', "/api/me/devices/$laptopName", [Authorization: "Bearer $token"])
        def twice = calls.send('DELETE', "/api/me/devices/$laptopName", [Authorization: "Bearer $token"])
        (1..5).each { users.login(name, 'Wrong-Pass#999') }

        then: 'the laptop is a stranger: locked out with the right password, while the phone still signs in'
        distrusted.status == 204
        twice.status == 404
        (calls.get('/api/me/devices', token).json as List)*.device == [deviceCookie(phone).tokenize('=.')[2]]
        signIn(name, TestUsers.PASSWORD, laptop).json.error == 'account-locked'
        signIn(name, TestUsers.PASSWORD, deviceCookie(phone)).status == 200
        calls.get("/api/audit-events?entityType=account&entityId=$id&limit=50", users.adminToken()).json.results
                .any { it.action == 'device-distrusted' }
    }

    def "an administrator stops trusting #what: #status"() {
        given:
        def name = users.person('admin-drop-' + tag(), 'Dropped', [Role.operator] as Set)
        def other = users.person('admin-other-' + tag(), 'Other', [Role.operator] as Set)
        def id = accounts.findByUsername(name).get().id()
        def ownDevice = deviceCookie(signIn(name, TestUsers.PASSWORD)).tokenize('=.')[2]
        def othersDevice = deviceCookie(signIn(other, TestUsers.PASSWORD)).tokenize('=.')[2]

        when:
        def answer = calls.send('DELETE', "/api/users/$id/devices/${device(ownDevice, othersDevice)}", [Authorization: "Bearer ${users.adminToken()}"])

        then:
        answer.status == status
        (calls.get("/api/users/$id/devices", users.adminToken()).json as List).size() == left

        where:
        what                       | device                     || status | left
        'the account\'s own device' | { own, others -> own }     || 204    | 0
        'another account\'s device' | { own, others -> others }  || 404    | 1
        'a made-up device'         | { own, others -> 'nothing' } || 404    | 1
    }

    def "a password set by an administrator reaches only the password change until the person changes it"() {
        given:
        def name = 'first-' + tag()
        newAccount(name, ['operator'])
        def token = users.login(name, 'First-Pass#1234').access_token as String

        expect: 'the session may change the password and nothing else'
        calls.get('/api/alarms', token).status == 403
        calls.get('/api/me', token).json.rights == [Role.PASSWORD_CHANGE]

        when:
        def reused = calls.post('/api/me/password', [currentPassword: 'First-Pass#1234', newPassword: 'First-Pass#1234'], token)
        def changed = calls.post('/api/me/password', [currentPassword: 'First-Pass#1234', newPassword: 'Own-Choice#5678'], token)

        then:
        reused.status == 422
        changed.status == 204
        calls.get('/api/alarms', token).status == 200
        calls.get('/api/me', token).json.rights == ['operator']
    }

    def "the password policy refuses #why"() {
        when:
        def answer = calls.post('/api/users', [username: 'pol-' + tag(), roles: roles, password: password,
                                               birthDate: '1990-03-15', phone: '0912 345 678'], users.adminToken())

        then:
        answer.status == (accepted ? 201 : 422)
        accepted || answer.json.fields*.field == ['password']

        where:
        why                                   | roles       | password             || accepted
        'a password shorter than 8'           | ['auditor'] | 'Ab1!xyz'            || false
        'no upper case'                       | ['auditor'] | 'abcdef1!x'          || false
        'no lower case'                       | ['auditor'] | 'ABCDEF1!X'          || false
        'no digit'                            | ['auditor'] | 'Abcdefg!x'          || false
        'no special character'                | ['auditor'] | 'Abcdefg1x'          || false
        'the birth date'                      | ['auditor'] | 'Xy!15031990'        || false
        'the phone number'                    | ['auditor'] | 'Xy!0912345678'      || false
        'an administrator\'s shorter than 11' | ['admin']   | 'Abcdef1!xy'         || false
        'nothing: a good one passes'          | ['auditor'] | 'Lua-Vang#2026'      || true
        'nothing: a good administrator one'   | ['admin']   | 'Lua-Vang#2026-Long' || true
    }

    def "a named API key works as a bearer until it is revoked, and is shown only once"() {
        given:
        String token = users.token(EnumSet.of(Role.operator))

        when:
        def created = calls.post('/api/me/api-keys', [name: 'nightly export'], token)
        String key = created.json.secret

        then:
        created.status == 201
        key.startsWith('dcim_')
        calls.get('/api/alarms', key).status == 200
        calls.get('/api/me/api-keys', token).text.contains(key) == false

        when:
        def revoked = calls.send('DELETE', "/api/me/api-keys/${created.json.key.id}", [Authorization: "Bearer $token"])

        then:
        revoked.status == 204
        calls.get('/api/alarms', key).status == 401
    }

    def "a locked account's live token stops working at once"() {
        given:
        def name = 'live-' + tag()
        def account = newAccount(name, ['auditor'])
        def token = users.login(name, 'First-Pass#1234').access_token as String
        calls.post('/api/me/password', [currentPassword: 'First-Pass#1234', newPassword: 'Own-Choice#5678'], token)
        assert calls.get('/api/assets', token).status == 200

        when:
        calls.post("/api/users/${account.id}/lock", [why: 'left the center'], users.adminToken())

        then:
        calls.get('/api/assets', token).status == 401
    }

    def "the actor of a journal line is the signed-in account, whatever name the caller writes"() {
        given:
        String token = users.token(EnumSet.of(Role.operator))
        String site = 'act-' + tag()
        assert calls.post('/api/sites', [id: site, name: 'TTTHDL'], users.token()).status == 201
        def incident = calls.post('/api/incidents', [title: 'Mất điện lưới', siteId: site, level: 'ordinary', by: 'the director'], token)

        when:
        def note = calls.post("/api/incidents/${incident.json.incident?.id ?: incident.json.id}/journal", [text: 'Đã gọi điện lực', by: 'the director'],
                token, ['X-DCIM-User': 'the director'])

        then:
        incident.status == 201
        note.status == 201
        note.json.author == 'spec-operator'
    }

    def "a browser session's change without the CSRF token is refused; with the page's token it passes"() {
        given: 'a browser signs in with the form'
        String site = 'csrf-' + tag()
        assert calls.post('/api/sites', [id: site, name: 'TTTHDL'], users.token()).status == 201
        def form = calls.send('POST', '/login', ['Content-Type': 'application/x-www-form-urlencoded'],
                "username=${users.account(EnumSet.of(Role.operator))}&password=${URLEncoder.encode(TestUsers.PASSWORD, 'UTF-8')}")
        def cookies = form.cookies()
        String session = cookies.find { it.startsWith('JWT=') }?.split(';')?.first()
        String csrf = cookies.find { it.startsWith('csrfToken=') }?.split(';')?.first()

        expect:
        form.status in [302, 303]
        cookies.find { it.startsWith('JWT=') }.toLowerCase().contains('httponly')
        cookies.find { it.startsWith('JWT=') }.toLowerCase().contains('samesite=strict')
        calls.send('POST', '/api/incidents', [Cookie: session], [title: 'x', siteId: site, level: 'ordinary']).status == 403
        calls.send('POST', '/api/incidents', [Cookie: "$session; $csrf", 'X-CSRF-TOKEN': csrf.substring('csrfToken='.length())],
                [title: 'Báo cháy giả', siteId: site, level: 'ordinary']).status == 201
    }

    def "a browser session's form is refused without the page's CSRF field (#sent)"() {
        given: 'a browser signs in with the form'
        def form = calls.send('POST', '/login', ['Content-Type': 'application/x-www-form-urlencoded'],
                "username=${users.account(EnumSet.of(Role.operator))}&password=${URLEncoder.encode(TestUsers.PASSWORD, 'UTF-8')}")
        List<String> pairs = form.cookies().collect { it.split(';')[0] }
        String csrf = pairs.find { it.startsWith('csrfToken=') }.substring('csrfToken='.length())

        when: 'it names a new API key on its own account screen'
        def answer = calls.send('POST', '/ui/me/api-keys', [Cookie: pairs.join('; '), 'Content-Type': 'application/x-www-form-urlencoded'],
                'name=key-' + tag() + (field == null ? '' : '&csrfToken=' + (field == 'page' ? csrf : field)))

        then:
        (answer.status == 403) == refused

        where:
        sent                      | field          || refused
        'no field'                | null           || true
        'a made-up token'         | 'not-the-page' || true
        'the page\'s token'       | 'page'         || false
    }
}
