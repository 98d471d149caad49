package vn.dcim.web.push

import io.micronaut.context.annotation.Property
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.crypto.KeyDirectory
import vn.dcim.core.db.Jdbc
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.devicelog.ReceiverCounts
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.nio.charset.StandardCharsets

import static vn.dcim.core.testing.DigestClient.challengeParams
import static vn.dcim.core.testing.DigestClient.digest
import static vn.dcim.core.testing.DigestClient.h

/**
 * A Hikvision device configured with a user name and password instead of a token in its
 * URL pushes to /push/isapi with HTTP Basic or Digest (RFC 7616, qop=auth): user = the device id,
 * password = its push token. The Digest answers are computed here as a client computes them, from the
 * challenge the server sent. A missing, wrong, stale, replayed or garbage credential is a counted 401
 * with the challenges, never a 500 and never stored. The challenges offer userhash=true (RFC 7616
 * section 3.4.4): a device may send H(device id:realm) as its user name.
 */
@MicronautTest(transactional = false)
@Property(name = 'dcim.push.burst', value = '1000')
class PushAuthenticationSpec extends PushSpec {
    static final String SITE = 'push-auth-site'
    static final String DEVICE = 'door-auth'
    static final String PATH = '/push/isapi'

    @Inject Jdbc jdbc
    @Inject KeyDirectory keys
    @Shared Map<String, String> tokens = [:]
    @Shared int serial = 7000

    def setup() {
        onSite(SITE, 'TTDL Cao Bằng', 'Cao Bằng', [DEVICE, 'door-other'].collectEntries { [(it): 'Thiết bị ' + it] })
        if (tokens.isEmpty()) {
            [DEVICE, 'door-other'].each { d -> tokens[d] = issue([deviceId: d, dialect: 'hikvision-isapi']).token }
        }
    }

    /** A card granted at door 1 with a serial number of its own, so each push is one access-log row. */
    byte[] event(int sn) {
        groovy.json.JsonOutput.toJson([ipAddress: '10.20.1.40', macAddress: '24:0f:9b:5e:11:b7', dateTime: '2024-03-12T22:41:05+07:00',
                                       eventType: 'AccessControllerEvent', eventState: 'active',
                                       AccessControllerEvent: [majorEventType: 5, subEventType: 1, doorNo: 1, cardNo: '88' + sn,
                                                               name: 'Lê Thị Hoa', serialNo: sn]]).getBytes('UTF-8')
    }

    Calls.Answer push(String authorization, byte[] body = event(serial++), String path = PATH) {
        calls.send('POST', path, ['Content-Type': 'application/json'] + (authorization == null ? [:] : [Authorization: authorization]), body)
    }

    boolean stored(int sn) {
        jdbc.list('row', 'SELECT COUNT(*) FROM access_event WHERE device_id = ? AND message_id = ?', { it.getLong(1) }, DEVICE, 'sn-' + sn).first() == 1
    }

    static String basic(String user, String password) {
        'Basic ' + Base64.encoder.encodeToString("$user:$password".getBytes(StandardCharsets.UTF_8))
    }

    /** The Digest challenge of that algorithm among a 401's WWW-Authenticate values. */
    static Map<String, String> challenge(Calls.Answer answer, String algorithm) {
        String base = algorithm.replace('-sess', '')
        def value = answer.headers['www-authenticate'].find { it.startsWith('Digest ') && challengeParams(it).algorithm == base }
        assert value, "no Digest $base challenge in ${answer.headers['www-authenticate']}"
        challengeParams(value)
    }

    /**
     * RFC 7616 section 3.4.4: the answer of a client that hashes its user name, sending {@code sentName} (normally
     * H(user:realm)) with userhash={@code flag}; H(A1) is still made of the plain user name.
     */
    static String digestHashed(Map<String, String> c, String algorithm, String user, String password, String sentName, String flag = 'true') {
        String plain = digest(c, algorithm, user, password, PATH)
        plain.replace("username=\"$user\"", "username=\"$sentName\", userhash=$flag")
    }

    static String userhash(String algorithm, String user, String realm = 'dcim-push') {
        h(algorithm, "$user:$realm")
    }

    /** A nonce this server would have issued at {@code millis}: signed with its own key. */
    String nonceAt(long millis) {
        String time = Long.toHexString(millis)
        time + '.' + Base64.urlEncoder.withoutPadding().encodeToString(keys.mac('push-nonces').computeMac(time.getBytes('US-ASCII')))
    }

    def "HTTP Basic with the device id and its push token is stored, answered OK"() {
        given:
        int sn = serial++

        when:
        def answer = push(basic(DEVICE, tokens[DEVICE]), event(sn))

        then:
        answer.status == 200
        answer.text == 'OK'
        stored(sn)
    }

    def "HTTP Basic with #what is a 401 with the challenges, counted wrong_credential, not stored"() {
        given:
        long before = counts.get('http', 'wrong_credential')
        int sn = serial++

        when:
        def answer = push(basic(user, password.replace('TOKEN', tokens[DEVICE]).replace('OTHER', tokens['door-other'])), event(sn))

        then:
        answer.status == 401
        answer.headers['www-authenticate'].any { it.startsWith('Basic realm="dcim-push"') }
        counts.get('http', 'wrong_credential') == before + 1
        !stored(sn)

        where:
        what                                   | user         | password
        'a wrong password'                     | DEVICE       | 'not-the-token'
        'the token of another device'          | DEVICE       | 'OTHER'
        'its token under another user name'    | 'door-other' | 'TOKEN'
        'an empty password'                    | DEVICE       | ''
    }

    def "no credential at all is a 401 offering Digest SHA-256, Digest MD5 and Basic, counted no_credential"() {
        given:
        long before = counts.get('http', 'no_credential')

        when:
        def answer = push(null)

        then:
        answer.status == 401
        answer.headers['www-authenticate'].size() == 3
        challenge(answer, 'SHA-256').qop == 'auth'
        challenge(answer, 'MD5').realm == 'dcim-push'
        counts.get('http', 'no_credential') == before + 1
    }

    def "a Digest round trip with #algorithm: challenged, answered as a client computes it, stored"() {
        given:
        int sn = serial++

        when: 'the device pushes without a credential'
        def first = push(null, event(sn))

        then:
        first.status == 401
        !stored(sn)

        when: 'it answers the challenge of its algorithm with the device id and its push token'
        def second = push(digest(challenge(first, algorithm), algorithm, DEVICE, tokens[DEVICE], PATH), event(sn))

        then:
        second.status == 200
        second.text == 'OK'
        stored(sn)

        where:
        algorithm << ['MD5', 'SHA-256', 'MD5-sess', 'SHA-256-sess']
    }

    def "a Digest round trip with userhash (#algorithm): the challenge offers it, the hashed device id is taken"() {
        given:
        int sn = serial++
        def first = push(null, event(sn))
        def c = challenge(first, algorithm)

        when: 'the device sends H(device id:realm) as its user name'
        def second = push(digestHashed(c, algorithm, DEVICE, tokens[DEVICE], userhash(algorithm, DEVICE)), event(sn))

        then:
        c.userhash == 'true'
        second.status == 200
        second.text == 'OK'
        stored(sn)

        where:
        algorithm << ['MD5', 'SHA-256', 'SHA-256-sess']
    }

    def "a Digest answer with #what is a 401 counted #outcome, not stored"() {
        given:
        long before = counts.get('http', outcome)
        int sn = serial++
        def c = challenge(push(null), algorithm)
        String secret = password.replace('TOKEN', tokens[DEVICE]).replace('OTHER', tokens['door-other'])

        when: 'answered with the user name as it is, or sent hashed (userhash) when the row names what is sent'
        def answer = push(sent == null ? digest(c, algorithm, user, secret, uri) : digestHashed(c, algorithm, user, secret, sent, flag),
                event(sn))

        then:
        answer.status == 401
        answer.headers['www-authenticate'].any { it.startsWith('Digest ') }
        counts.get('http', outcome) == before + 1
        !stored(sn)

        where:
        what                                        | algorithm | user         | password | uri                   | sent                                     | flag    || outcome
        'a wrong password (MD5)'                    | 'MD5'     | DEVICE       | 'wrong'  | PATH                  | null                                     | null    || 'wrong_credential'
        'a wrong password (SHA-256)'                | 'SHA-256' | DEVICE       | 'wrong'  | PATH                  | null                                     | null    || 'wrong_credential'
        'its token under another user'              | 'MD5'     | 'door-other' | 'TOKEN'  | PATH                  | null                                     | null    || 'wrong_credential'
        'an unknown user'                           | 'SHA-256' | 'nobody'     | 'TOKEN'  | PATH                  | null                                     | null    || 'wrong_credential'
        'another URI signed'                        | 'MD5'     | DEVICE       | 'TOKEN'  | '/push/isapi?other=1' | null                                     | null    || 'wrong_credential'
        'the other device\'s token, hashed'         | 'SHA-256' | DEVICE       | 'OTHER'  | PATH                  | userhash('SHA-256', DEVICE)              | 'true'  || 'wrong_credential'
        'a wrong password, hashed'                  | 'MD5'     | DEVICE       | 'wrong'  | PATH                  | userhash('MD5', DEVICE)                  | 'true'  || 'wrong_credential'
        'the user hashed with another realm'        | 'SHA-256' | DEVICE       | 'TOKEN'  | PATH                  | userhash('SHA-256', DEVICE, 'elsewhere') | 'true'  || 'wrong_credential'
        'the hash of a device without a credential' | 'SHA-256' | DEVICE       | 'TOKEN'  | PATH                  | userhash('SHA-256', 'nobody')            | 'true'  || 'wrong_credential'
        'a SHA-256 userhash in an MD5 answer'       | 'MD5'     | DEVICE       | 'TOKEN'  | PATH                  | userhash('SHA-256', DEVICE)              | 'true'  || 'malformed_credential'
        'a plain user name flagged as hashed'       | 'SHA-256' | DEVICE       | 'TOKEN'  | PATH                  | DEVICE                                   | 'true'  || 'malformed_credential'
        'userhash neither true nor false'           | 'SHA-256' | DEVICE       | 'TOKEN'  | PATH                  | userhash('SHA-256', DEVICE)              | 'maybe' || 'malformed_credential'
        'a hashed name sent as plain'               | 'SHA-256' | DEVICE       | 'TOKEN'  | PATH                  | userhash('SHA-256', DEVICE)              | 'false' || 'wrong_credential'
    }

    def "a right answer to an expired nonce is a 401 with stale=true; the new challenge's answer is stored"() {
        given: 'a nonce this server issued ten minutes ago (it is good for five)'
        long before = counts.get('http', 'stale_nonce')
        int sn = serial++
        def old = [realm: 'dcim-push', nonce: nonceAt(System.currentTimeMillis() - 600_000)]

        when:
        def answer = push(digest(old, 'SHA-256', DEVICE, tokens[DEVICE], PATH), event(sn))

        then:
        answer.status == 401
        answer.headers['www-authenticate'].findAll { it.startsWith('Digest ') }.every { challengeParams(it).stale == 'true' }
        counts.get('http', 'stale_nonce') == before + 1
        !stored(sn)

        when: 'the device answers the fresh nonce without asking for the password again'
        def again = push(digest(challenge(answer, 'SHA-256'), 'SHA-256', DEVICE, tokens[DEVICE], PATH), event(sn))

        then:
        again.status == 200
        stored(sn)
    }

    def "the same Digest header sent again is a 401 counted replayed; the next nc of the same nonce is taken"() {
        given:
        long before = counts.get('http', 'replayed')
        def c = challenge(push(null), 'MD5')
        String header = digest(c, 'MD5', DEVICE, tokens[DEVICE], PATH, '00000001', 'abc123')

        when:
        def first = push(header)
        def replay = push(header)
        def next = push(digest(c, 'MD5', DEVICE, tokens[DEVICE], PATH, '00000002', 'abc123'))

        then:
        first.status == 200
        replay.status == 401
        counts.get('http', 'replayed') == before + 1
        next.status == 200
    }

    def "a garbage Authorization header (#what) is a 401 counted #outcome, every time it is replayed"() {
        given:
        long before = counts.get('http', outcome)
        String value = header.replace('FORGED', '18c0b5d7e00.' + 'A' * 50)

        when:
        def answers = (1..3).collect { push(value) }

        then:
        answers*.status == [401, 401, 401]
        counts.get('http', outcome) == before + 3

        where:
        what                          | header                                                                                        || outcome
        'an unknown scheme'           | 'Negotiate YIIBhgYGKwYB'                                                                       || 'malformed_credential'
        'Basic that is not base64'    | 'Basic %%%not-base64%%%'                                                                      || 'malformed_credential'
        'Basic without a colon'       | 'Basic ' + Base64.encoder.encodeToString('door-auth'.bytes)                                   || 'malformed_credential'
        'Digest with no parameters'   | 'Digest'                                                                                      || 'malformed_credential'
        'Digest that does not parse'  | 'Digest username="door-auth, realm='                                                          || 'malformed_credential'
        'Digest missing its response' | 'Digest username="door-auth", realm="dcim-push", nonce="x", uri="/push/isapi"'                || 'malformed_credential'
        'a Digest algorithm not offered' | 'Digest username="door-auth", realm="dcim-push", nonce="x", uri="/push/isapi", algorithm=SHA-512-256, qop=auth, nc=00000001, cnonce="c", response="' + '0' * 64 + '"' || 'malformed_credential'
        'a parameter given twice'     | 'Digest username="a", username="b", realm="dcim-push"'                                        || 'malformed_credential'
        'a header of 4,500 bytes'     | 'Digest username="' + 'x' * 4_500 + '"'                                                      || 'malformed_credential'
        'a nonce not signed here'     | 'Digest username="door-auth", realm="dcim-push", nonce="FORGED", uri="/push/isapi", qop=auth, nc=00000001, cnonce="c", response="' + '0' * 32 + '"' || 'wrong_credential'
        'another realm'               | 'Digest username="door-auth", realm="elsewhere", nonce="FORGED", uri="/push/isapi", qop=auth, nc=00000001, cnonce="c", response="' + '0' * 32 + '"' || 'wrong_credential'
    }

    def "the path credential still works beside the header ones"() {
        given:
        int sn = serial++

        expect:
        push(null, event(sn), "/push/${tokens[DEVICE]}/isapi").status == 200
        stored(sn)
    }
}
