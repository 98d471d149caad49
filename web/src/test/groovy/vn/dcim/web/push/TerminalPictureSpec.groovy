package vn.dcim.web.push

import groovy.json.JsonOutput
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.access.AccessLog
import vn.dcim.core.account.Role
import vn.dcim.core.db.Jdbc
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.devicelog.ReceiverCounts
import vn.dcim.core.personal.FacePictures
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.nio.charset.StandardCharsets

/**
 * A Hikvision terminal that pushes its access event naming the face picture by its address on the terminal
 * (pictureURL), through the running product and a real HTTP server playing the terminal (HTTP Digest, as ISAPI asks):
 * with the terminal's own account kept, the event is answered at once and the picture fetched from that terminal,
 * signed in by Digest, and kept as a pushed picture is (the door's site, encrypted, its reading audited); a terminal
 * that does not answer is asked again later. Nothing is fetched from any other address: another host, a host name, a
 * redirect away, a body too large or not a picture is refused and counted, and the server elsewhere is never asked.
 */
@MicronautTest(transactional = false)
class TerminalPictureSpec extends PushSpec {
    static final String SITE = 'terminal-picture-site'
    static final String DEVICE = 'hik-face-fetch'
    static final String TERMINAL_USER = 'dcim-reader'
    static final String TERMINAL_PASSWORD = 'Isapi#Reader-2026'

    @Inject AccessLog accessLog
    @Inject FacePictures pictures
    @Inject Jdbc jdbc
    @Shared String token
    @Shared long credentialId
    @Shared @AutoCleanup FakeTerminal terminal = new FakeTerminal('127.0.0.1', 0, TERMINAL_USER, TERMINAL_PASSWORD)
    /** A server at another address of this machine: the product must never ask it. */
    @Shared @AutoCleanup FakeTerminal elsewhere = new FakeTerminal('127.0.0.2', 0, TERMINAL_USER, TERMINAL_PASSWORD)
    final PollingConditions eventually = new PollingConditions(timeout: 20, delay: 0.2)

    static final byte[] FACE = jpeg(20_000, 7)

    @Override
    Map<String, String> extraProperties() {
        ['dcim.personal-data.picture-max-bytes': '65536', 'dcim.push.pictures.retry-after': '1s', 'dcim.push.pictures.interval': '1s']
    }

    def setup() {
        // the push must come from the terminal's own address, 127.0.0.1, whatever "localhost" resolves to here
        calls = new Calls(new URL("http://127.0.0.1:${server.port}"))
        onSite(SITE, 'TTDL An Giang', 'An Giang', [(DEVICE): 'Cổng từ phòng máy chủ'])
        if (token == null) {
            def issued = issue([deviceId: DEVICE, dialect: 'hikvision-isapi'])
            token = issued.token
            credentialId = issued.credential.id as long
            def kept = calls.send('PUT', "/api/push-credentials/$credentialId/terminal-account", [Authorization: "Bearer ${users.token(EnumSet.of(Role.admin))}".toString()],
                    [user: TERMINAL_USER, password: TERMINAL_PASSWORD])
            assert kept.status == 200
            assert kept.json.terminalUser == TERMINAL_USER
            assert !kept.text.contains(TERMINAL_PASSWORD)
        }
        terminal.answers['/LOCALS/pic/acsLinkCap/face.jpg'] = [200, ['Content-Type': 'image/jpeg'], FACE]
        terminal.answers['/LOCALS/pic/big.jpg'] = [200, ['Content-Type': 'image/jpeg'], jpeg(200_000, 8)]
        terminal.answers['/LOCALS/pic/page.jpg'] = [200, ['Content-Type': 'text/html; charset=UTF-8'], '<html>login</html>'.bytes]
        terminal.answers['/LOCALS/pic/moved.jpg'] = [302, [Location: elsewhere.url('/LOCALS/pic/face.jpg')], new byte[0]]
        terminal.answers['/LOCALS/pic/here.jpg'] = [302, [Location: '/LOCALS/pic/acsLinkCap/face.jpg'], new byte[0]]
        elsewhere.answers['/LOCALS/pic/face.jpg'] = [200, ['Content-Type': 'image/jpeg'], FACE]
    }

    Calls.Answer push(int serial, String pictureUrl) {
        def body = JsonOutput.toJson([ipAddress: '127.0.0.1', dateTime: '2026-11-24T08:30:00+07:00', activePostCount: 1,
                eventType: 'AccessControllerEvent', eventState: 'active',
                AccessControllerEvent: [majorEventType: 5, subEventType: 75, name: 'Trương Mỹ Linh', employeeNoString: '2041', doorNo: 1,
                                        serialNo: serial, picturesNumber: 1, pictureURL: pictureUrl]])
        calls.send('POST', "/push/$token/isapi", ['Content-Type': 'application/json'], body.getBytes(StandardCharsets.UTF_8))
    }

    List<Map> kept(int serial) {
        jdbc.list('pictures', 'SELECT id, site_id, bytes FROM face_picture WHERE device_id = ? AND message_id = ?',
                { [id: it.getLong(1), site: it.getString(2), bytes: it.getInt(3)] }, DEVICE, "sn-$serial".toString())
    }

    def "the picture named by address is fetched from the terminal with its own account (Digest) and kept as a pushed one"() {
        given:
        int before = terminal.signedIn.get()

        when:
        def answer = push(9301, terminal.url('/LOCALS/pic/acsLinkCap/face.jpg'))

        then: 'the push is answered at once, the event stored'
        answer.status == 200
        accessLog.byMessage(DEVICE, 'sn-9301').isPresent()

        and: 'the picture comes, fetched from the terminal after its Digest challenge'
        eventually.eventually {
            assert kept(9301).size() == 1
        }
        terminal.signedIn.get() == before + 1
        terminal.requests.findAll { it.startsWith('GET /LOCALS/pic/acsLinkCap/face.jpg') }.takeRight(2) ==
                ['GET /LOCALS/pic/acsLinkCap/face.jpg -', 'GET /LOCALS/pic/acsLinkCap/face.jpg Digest']
        kept(9301)[0].site == SITE
        kept(9301)[0].bytes == FACE.length

        and: 'read back through the audited reading, the very bytes the terminal gave'
        pictures.read(kept(9301)[0].id as long, 'spec', 'checking a fetched picture').content() == FACE
        jdbc.list('audit', "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'face_picture' AND entity_id = ? AND action = 'read'",
                { it.getLong(1) }, kept(9301)[0].id.toString()).first() == 1
        counts.get('http', 'picture_fetched') >= 1
    }

    def "a same-address redirect is followed; the picture is kept"() {
        when:
        push(9302, terminal.url('/LOCALS/pic/here.jpg'))

        then:
        eventually.eventually {
            assert kept(9302).size() == 1
        }
    }

    def "#what is refused and counted as #outcome; nothing is kept and nothing is asked elsewhere"() {
        given:
        long before = counts.get('http', outcome)
        int elsewhereAsked = elsewhere.requests.size()

        when:
        def answer = push(serial, url(terminal, elsewhere))

        then: 'the event is stored whatever became of its picture'
        answer.status == 200
        accessLog.byMessage(DEVICE, "sn-$serial".toString()).isPresent()

        and:
        eventually.eventually {
            assert counts.get('http', outcome) == before + 1
        }
        kept(serial).isEmpty()
        elsewhere.requests.size() == elsewhereAsked
        jdbc.list('left', 'SELECT COUNT(*) FROM terminal_picture_fetch WHERE message_id = ?', { it.getLong(1) }, "sn-$serial".toString()).first() == 0

        where:
        what                            | serial | url                                                                       || outcome
        'another host'                  | 9311   | { FakeTerminal t, FakeTerminal e -> e.url('/LOCALS/pic/face.jpg') }     || 'picture_refused_host'
        'a host name, never looked up'  | 9312   | { FakeTerminal t, FakeTerminal e -> "http://localhost:${t.port}/LOCALS/pic/acsLinkCap/face.jpg" } || 'picture_refused_host'
        'a user in the address'         | 9313   | { FakeTerminal t, FakeTerminal e -> "http://x@127.0.0.1:${t.port}/LOCALS/pic/acsLinkCap/face.jpg" } || 'picture_refused_host'
        'a picture over the size limit' | 9314   | { FakeTerminal t, FakeTerminal e -> t.url('/LOCALS/pic/big.jpg') }        || 'picture_refused_size'
        'a page, not a picture'         | 9315   | { FakeTerminal t, FakeTerminal e -> t.url('/LOCALS/pic/page.jpg') }       || 'picture_refused_type'
        'a redirect to another host'    | 9316   | { FakeTerminal t, FakeTerminal e -> t.url('/LOCALS/pic/moved.jpg') }      || 'picture_refused_redirect'
        'a picture the terminal lost'   | 9317   | { FakeTerminal t, FakeTerminal e -> t.url('/LOCALS/pic/none.jpg') }       || 'picture_refused_gone'
    }

    def "a terminal that does not answer is asked again later, and its picture kept once it answers"() {
        given: 'a terminal whose web server is down'
        int port = new ServerSocket(0, 1, InetAddress.getByName('127.0.0.1')).withCloseable { it.localPort }
        long retries = counts.get('http', 'picture_retry')

        when:
        def answer = push(9321, "http://127.0.0.1:$port/LOCALS/pic/acsLinkCap/face.jpg")

        then:
        answer.status == 200
        eventually.eventually {
            assert counts.get('http', 'picture_retry') > retries
        }
        kept(9321).isEmpty()

        when: 'it comes back'
        def back = new FakeTerminal('127.0.0.1', port, TERMINAL_USER, TERMINAL_PASSWORD)
        back.answers['/LOCALS/pic/acsLinkCap/face.jpg'] = [200, ['Content-Type': 'image/jpeg'], FACE]

        then:
        new PollingConditions(timeout: 30, delay: 0.5).eventually {
            assert kept(9321).size() == 1
        }

        cleanup:
        back?.close()
    }

    def "the push credentials screen says whose account fetches the pictures and offers the administrator the form"() {
        when:
        def page = calls.get("/ui/push-credentials?device=$DEVICE", users.token(EnumSet.of(Role.admin)), [Accept: 'text/html'])
        def read = calls.get("/ui/push-credentials?device=$DEVICE", users.token(EnumSet.of(Role.auditor)), [Accept: 'text/html'])

        then:
        page.status == 200
        page.text.contains("lấy ảnh bằng tài khoản $TERMINAL_USER")
        page.text.contains('id="terminal-form"')
        !page.text.contains(TERMINAL_PASSWORD)

        and: 'the auditor reads it, without the form'
        read.status == 200
        read.text.contains("lấy ảnh bằng tài khoản $TERMINAL_USER")
        !read.text.contains('id="terminal-form"')
    }

    def "the terminal's account is kept sealed; a user Digest cannot carry, or an account set by a reader, is refused"() {
        expect: 'the password is not in the database as it was given'
        jdbc.list('account', 'SELECT terminal_password FROM push_credential WHERE id = ?', { it.getString(1) }, credentialId).first().startsWith('enc:v1:')

        when:
        def refused = calls.send('PUT', "/api/push-credentials/$credentialId/terminal-account",
                [Authorization: "Bearer ${users.token(EnumSet.of(Role.admin))}".toString()], [user: 'has:colon', password: 'x'])

        then:
        refused.status == 422

        when: 'an auditor may read the credentials but not keep an account'
        def auditor = calls.send('PUT', "/api/push-credentials/$credentialId/terminal-account",
                [Authorization: "Bearer ${users.token(EnumSet.of(Role.auditor))}".toString()], [user: 'other', password: 'other-pass'])

        then:
        auditor.status == 403
    }
}
