package vn.dcim.web.push

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.devicelog.ReceiverCounts
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.personal.FacePictures
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.TestUsers

import java.time.Clock
import java.time.LocalDateTime

/**
 * The face pictures door terminals push with an access event, as their vendors document the pushes: Hikvision
 * ISAPI "HTTP listening" multipart bodies (the event part as JSON, with employeeNoString or the older firmware's
 * numeric employeeNo, form-data or mixed, then the picture part), and ZKTeco PUSH's ATTPHOTO table (the lines
 * PIN=<time>-<user>.jpg, SN, size, CMD=uploadphoto or the older CMD=realupload, a NUL, then the JPEG). Each is kept
 * with its event, encrypted; a picture too large or not an image is refused and counted while the event is stored.
 */
@MicronautTest(transactional = false)
class PushPictureSpec extends PushSpec {
    static final String SITE = 'picture-site'
    static final String SERIAL = 'AF6E202460011'

    @Inject FacePictures pictures
    @Inject Clock clock
    @Shared String token

    @Override
    Map<String, String> extraProperties() {
        ['dcim.personal-data.picture-max-bytes': '65536']
    }

    def setup() {
        onSite(SITE, 'TTDL Thái Nguyên', 'Thái Nguyên', ['hik-face', 'zk-face'].collectEntries { [(it): 'Cửa ' + it] })
        if (token == null) {
            token = issue([deviceId: 'hik-face', dialect: 'hikvision-isapi']).token
            issue([deviceId: 'zk-face', dialect: 'zkteco-push', serial: SERIAL, allowedFrom: ['127.0.0.0/8', '::1']])
        }
    }

    static String hikEvent(Map fields) {
        groovy.json.JsonOutput.toJson([ipAddress: '10.30.1.21', dateTime: '2026-11-20T08:15:02+07:00', activePostCount: 1,
                                       eventType: 'AccessControllerEvent', eventState: 'active',
                                       AccessControllerEvent: [majorEventType: 5, subEventType: 75, doorNo: 1] + fields])
    }

    static byte[] multipart(String kind, String boundary, String eventName, String event, String pictureName, byte[] picture) {
        def out = new ByteArrayOutputStream()
        out.write(("--$boundary\r\nContent-Disposition: form-data; name=\"$eventName\"\r\nContent-Type: application/json\r\n" +
                "Content-Length: ${event.getBytes('UTF-8').length}\r\n\r\n$event\r\n" +
                "--$boundary\r\nContent-Disposition: form-data; name=\"$pictureName\"; filename=\"${pictureName}.jpg\"\r\n" +
                "Content-Type: image/jpeg\r\nContent-Length: ${picture.length}\r\n\r\n").getBytes('UTF-8'))
        out.write(picture)
        out.write("\r\n--$boundary--\r\n".getBytes('UTF-8'))
        out.toByteArray()
    }

    static byte[] attphoto(String lineBreak, String pinLine, String cmd, byte[] photo) {
        def out = new ByteArrayOutputStream()
        out.write(([pinLine, "SN=$SERIAL", "size=${photo.length}", "CMD=$cmd"].join(lineBreak)).getBytes('UTF-8'))
        out.write(0)
        out.write(photo)
        out.toByteArray()
    }

    def "Hikvision #firmware: the picture is kept with its access event, encrypted, and opens as pushed"() {
        given:
        def picture = jpeg(20_000, serial)

        when:
        def answer = calls.send('POST', "/push/$token/isapi", ['Content-Type': "$kind; boundary=$boundary".toString()],
                multipart(kind, boundary, eventName, hikEvent(fields + [serialNo: serial]), 'Picture', picture))
        def kept = pictures.ofPerson(null, badge).find { it.messageId() == "sn-$serial".toString() }

        then:
        answer.status == 200
        kept.deviceId() == 'hik-face'
        kept.person() == person
        kept.bytes() == 20_000
        pictures.read(kept.id(), 'spec', 'vector').content() == picture

        where:
        firmware                                  | kind                  | boundary         | eventName               | fields                                                       || serial | badge  | person
        'face terminal V3.x (employeeNoString)'   | 'multipart/form-data' | 'MIME_boundary'  | 'AccessControllerEvent' | [name: 'Ngô Thị Hạnh', employeeNoString: '2001']             || 7101   | '2001' | 'Ngô Thị Hạnh'
        'older firmware V2.x (numeric employeeNo)'| 'multipart/form-data' | '---------7d3e3' | 'event_log'             | [name: 'Bùi Văn Khải', employeeNo: 2002]                     || 7102   | '2002' | 'Bùi Văn Khải'
        'multipart/mixed body'                    | 'multipart/mixed'     | 'boundarySample' | 'event_log'             | [name: 'Hà Minh Tú', employeeNoString: '2003', cardNo: '9911'] || 7103 | '9911' | 'Hà Minh Tú'
    }

    def "ZKTeco #firmware: the ATTPHOTO photo is kept with the punch of the same user and second"() {
        given:
        calls.send('POST', "/iclock/cdata?SN=$SERIAL&table=ATTLOG&Stamp=1", ['Content-Type': 'text/plain'],
                "$pin\t2026-11-20 08:${minute}:05\t0\t15\t0\t0\t0\n".getBytes('UTF-8'))
        def photo = jpeg(9_000, pin as int)

        when:
        def answer = calls.send('POST', "/iclock/cdata?SN=$SERIAL&table=ATTPHOTO&Stamp=2", ['Content-Type': 'text/plain'],
                attphoto(lineBreak, "PIN=20261120 08${minute}05-${pin}.jpg".replace(' ', ''), cmd, photo))
        def kept = pictures.ofPerson(null, pin).find { it.deviceId() == 'zk-face' }

        then:
        answer.status == 200
        kept.messageId() == "att-$pin-2026-11-20 08:${minute}:05".toString()
        kept.person() == pin
        // the terminal's clock is the centre's zone, as the punch's
        kept.takenAt() == LocalDateTime.of(2026, 11, 20, 8, minute as int, 5).atZone(clock.zone).toInstant()
        pictures.read(kept.id(), 'spec', 'vector').content() == photo

        where:
        firmware                            | lineBreak | cmd           || pin    | minute
        'PUSH 2.4.1 (uploadphoto)'          | '\n'      | 'uploadphoto' || '3001' | '21'
        'older firmware (realupload, CRLF)' | '\r\n'    | 'realupload'  || '3002' | '22'
    }

    def "#what: the picture is refused and counted, the push still answered OK"() {
        given:
        long before = counts.get('http', 'picture_refused')

        when:
        def answer = calls.send('POST', path.replace('TOKEN', token), ['Content-Type': contentType], body)

        then:
        answer.status == 200
        counts.get('http', 'picture_refused') == before + 1

        where:
        what                             | path                                                  | contentType                          | body
        'a Hikvision picture over 64 KiB'| '/push/TOKEN/isapi'                                   | 'multipart/form-data; boundary=bb'   | multipart('multipart/form-data', 'bb', 'event_log', hikEvent([name: 'X', employeeNoString: '9', serialNo: 7201]), 'Picture', jpeg(70_000, 1))
        'a Hikvision "picture" of text'  | '/push/TOKEN/isapi'                                   | 'multipart/form-data; boundary=bb'   | multipart('multipart/form-data', 'bb', 'event_log', hikEvent([name: 'X', employeeNoString: '9', serialNo: 7202]), 'Picture', 'not a jpeg'.getBytes('UTF-8'))
        'an ATTPHOTO without its NUL'    | "/iclock/cdata?SN=$SERIAL&table=ATTPHOTO"             | 'text/plain'                         | "PIN=20261120080000-1.jpg\nSN=$SERIAL\nsize=3\nCMD=uploadphoto".getBytes('UTF-8')
    }
}
