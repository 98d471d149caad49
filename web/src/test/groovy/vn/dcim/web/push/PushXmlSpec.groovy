package vn.dcim.web.push

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
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
import java.time.Instant

/**
 * Through the running product's HTTP server, with the terminal's own push credential: Hikvision access controllers
 * and face terminals that push their access events as XML EventNotificationAlert (the ISAPI namespaces of
 * hikvision.com and isapi.org) and name the face picture by its address on the terminal (pictureURL, or faceURL
 * beside picturesNumber) instead of sending it. The event lands in the access log as the JSON one does (card,
 * person, the terminal's time with its offset kept as UTC); the picture's address is noted in the device log and
 * counted, never fetched from elsewhere; a malformed, hostile or oversized body is a counted 4xx.
 */
@MicronautTest(transactional = false)
class PushXmlSpec extends PushSpec {
    static final String SITE = 'xml-push-site'
    static final String DEVICE = 'hik-xml-door'

    @Inject AccessLog accessLog
    @Inject FacePictures pictures
    @Inject Jdbc jdbc
    @Shared String token
    final PollingConditions eventually = new PollingConditions(timeout: 10, delay: 0.2)

    def setup() {
        onSite(SITE, 'TTDL Hưng Yên', 'Hưng Yên', [(DEVICE): 'Cửa phòng máy chủ'])
        if (token == null) {
            token = issue([deviceId: DEVICE, dialect: 'hikvision-isapi']).token
        }
    }

    /** An EventNotificationAlert of an access controller: the alert's fields, then the AccessControllerEvent's. */
    static String alert(String namespace, String dateTime, Map<String, Object> event) {
        def fields = event.collect { k, v -> v == null ? "<$k/>" : "<$k>$v</$k>" }.join('\r\n')
        """<?xml version="1.0" encoding="UTF-8"?>\r
<EventNotificationAlert version="2.0" xmlns="$namespace">\r
<ipAddress>10.40.1.31</ipAddress>\r
<portNo>80</portNo>\r
<protocol>HTTP</protocol>\r
<macAddress>24:0f:9b:5e:40:31</macAddress>\r
<channelID>1</channelID>\r
<dateTime>$dateTime</dateTime>\r
<activePostCount>1</activePostCount>\r
<eventType>AccessControllerEvent</eventType>\r
<eventState>active</eventState>\r
<eventDescription>Access Controller Event</eventDescription>\r
<AccessControllerEvent>\r
$fields\r
</AccessControllerEvent>\r
</EventNotificationAlert>\r
"""
    }

    static final String HIK20 = 'http://www.hikvision.com/ver20/XMLSchema'
    static final String ISAPI20 = 'http://www.isapi.org/ver20/XMLSchema'

    Calls.Answer push(String body, String contentType = 'application/xml; charset=UTF-8') {
        calls.send('POST', "/push/$token/isapi", ['Content-Type': contentType], body.getBytes(StandardCharsets.UTF_8))
    }

    /** The device log's text of the push whose body holds this serial number. */
    List<String> logTexts(int serial) {
        jdbc.list('device log', 'SELECT text FROM device_log WHERE device_id = ? AND source = \'http\' AND raw LIKE ?',
                { it.getString(1) }, DEVICE, "%<serialNo>$serial</serialNo>%".toString())
    }

    def "#shape: the XML access event is stored as the JSON one is, its time kept as UTC"() {
        when:
        def answer = push(alert(namespace, dateTime, event))
        def stored = accessLog.byMessage(DEVICE, messageId)

        then:
        answer.status == 200
        stored.isPresent()
        stored.get().result() == result
        stored.get().badge() == badge
        stored.get().person() == person
        stored.get().deviceTime() == Instant.parse(utc)
        stored.get().siteId() == SITE

        where:
        shape                                        | namespace | dateTime                    | event                                                                                                                                                  || messageId | result                | badge        | person         | utc
        'hikvision.com ver20, face, pictureURL'      | HIK20     | '2026-11-20T07:58:11+07:00' | [majorEventType: 5, subEventType: 75, name: 'Đỗ Thị Lan', doorNo: 1, employeeNoString: '1015', serialNo: 8101, pictureURL: 'http://10.40.1.31/LOCALS/pic/acsLinkCap/1.jpg@WEB1'] || 'sn-8101' | AccessResult.granted | '1015'       | 'Đỗ Thị Lan'   | '2026-11-20T00:58:11Z'
        'isapi.org ver20, card, faceURL, +0700'      | ISAPI20   | '2026-11-20T08:02:40+0700'  | [majorEventType: 5, subEventType: 1, cardNo: '3915680001', name: 'Vũ Minh Quân', doorNo: 2, employeeNoString: '1016', serialNo: 8102, picturesNumber: 1, faceURL: 'http://10.40.1.31/LOCALS/pic/enrlFace/1016.jpg'] || 'sn-8102' | AccessResult.granted | '3915680001' | 'Vũ Minh Quân' | '2026-11-20T01:02:40Z'
        'hikvision.com ver20, unknown card, no name' | HIK20     | '2026-11-20T08:05:00+07:00' | [majorEventType: 5, subEventType: 9, cardNo: '7700112233', name: null, doorNo: 1, serialNo: 8103]                                                      || 'sn-8103' | AccessResult.denied  | '7700112233' | null           | '2026-11-20T01:05:00Z'
        'UTC time (Z)'                               | HIK20     | '2026-11-20T01:10:00Z'      | [majorEventType: 5, subEventType: 38, name: 'Hoàng Văn Tùng', employeeNo: 1017, doorNo: 1, serialNo: 8104]                                             || 'sn-8104' | AccessResult.granted | '1017'       | 'Hoàng Văn Tùng' | '2026-11-20T01:10:00Z'
    }

    def "#what: the picture's address on the terminal is noted in the device log and counted, the event stored without waiting"() {
        given:
        long before = counts.get('http', 'picture_left_on_terminal')
        long picturesBefore = pictures.count(null, null, Set.of(SITE))

        when:
        def answer = push(alert(HIK20, '2026-11-21T09:00:00+07:00', [majorEventType: 5, subEventType: 75, name: 'Lý Thị Mai',
                                                                      employeeNoString: '1020', doorNo: 1, serialNo: serial] + picture))

        then: 'the event is stored and answered at once'
        answer.status == 200
        accessLog.byMessage(DEVICE, "sn-$serial".toString()).isPresent()

        and: 'the address is noted only when it is one to fetch; no picture bytes are made up'
        counts.get('http', 'picture_left_on_terminal') == before + (noted ? 1 : 0)
        pictures.count(null, null, Set.of(SITE)) == picturesBefore
        eventually.eventually {
            def texts = logTexts(serial)
            assert texts.size() == 1
            assert texts[0].contains('access.granted')
            assert texts[0].contains('picture left on the terminal') == noted
            assert !noted || texts[0].contains(address)
        }

        where:
        what                          | serial | picture                                                                    || noted | address
        'pictureURL'                  | 8201   | [pictureURL: 'http://10.40.1.31/LOCALS/pic/acsLinkCap/8201.jpg@WEB000001'] || true  | 'http://10.40.1.31/LOCALS/pic/acsLinkCap/8201.jpg@WEB000001'
        'picturesNumber with faceURL' | 8202   | [picturesNumber: 1, faceURL: 'https://10.40.1.31/LOCALS/pic/8202.jpg']     || true  | 'https://10.40.1.31/LOCALS/pic/8202.jpg'
        'a file path, no address'     | 8203   | [pictureURL: 'file:///mnt/pic/8203.jpg']                                   || false | null
        'no picture at all'           | 8204   | [:]                                                                        || false | null
    }

    def "#what is answered #status, counted as #outcome, nothing stored, never a 500"() {
        given:
        long before = counts.get('http', outcome)
        long rows = jdbc.list('rows', 'SELECT COUNT(*) FROM access_event WHERE device_id = ?', { it.getLong(1) }, DEVICE).first()

        when:
        def answer = push(body)

        then:
        answer.status == status
        counts.get('http', outcome) == before + 1
        jdbc.list('rows', 'SELECT COUNT(*) FROM access_event WHERE device_id = ?', { it.getLong(1) }, DEVICE).first() == rows

        where:
        what                                 | body                                                                                                                                                                       || status | outcome
        'XML never closed'                   | alert(HIK20, '2026-11-20T08:00:00+07:00', [majorEventType: 5, subEventType: 1, cardNo: '1', serialNo: 8301]).replace('</AccessControllerEvent>', '')                        || 400    | 'refused'
        'an external entity (XXE)'           | '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><EventNotificationAlert><eventType>AccessControllerEvent</eventType><AccessControllerEvent><majorEventType>5</majorEventType><subEventType>1</subEventType><serialNo>8302</serialNo><name>&x;</name></AccessControllerEvent></EventNotificationAlert>' || 400 | 'refused'
        'an XML body over the size limit'    | alert(HIK20, '2026-11-20T08:00:00+07:00', [majorEventType: 5, subEventType: 1, serialNo: 8303, note: 'x' * 1_100_000])                                                    || 413    | 'oversized'
        '6000 elements'                      | alert(HIK20, '2026-11-20T08:00:00+07:00', [majorEventType: 5, subEventType: 1, serialNo: 8304]).replace('<AccessControllerEvent>', '<AccessControllerEvent>' + '<x/>' * 6000) || 400 | 'refused'
    }

    def "a JSON access event naming its picture by pictureURL has the address noted the same way"() {
        given:
        long before = counts.get('http', 'picture_left_on_terminal')
        def body = groovy.json.JsonOutput.toJson([ipAddress: '10.40.1.31', dateTime: '2026-11-21T10:00:00+07:00', activePostCount: 1,
                eventType: 'AccessControllerEvent', eventState: 'active',
                AccessControllerEvent: [majorEventType: 5, subEventType: 75, name: 'Phan Thị Yến', employeeNoString: '1030', doorNo: 1,
                                        serialNo: 8501, picturesNumber: 1, pictureURL: 'http://10.40.1.31/LOCALS/pic/acsLinkCap/8501.jpg']])

        when:
        def answer = push(body, 'application/json')

        then:
        answer.status == 200
        accessLog.byMessage(DEVICE, 'sn-8501').get().person() == 'Phan Thị Yến'
        counts.get('http', 'picture_left_on_terminal') == before + 1
        eventually.eventually {
            assert jdbc.list('device log', 'SELECT text FROM device_log WHERE device_id = ? AND raw LIKE ?', { it.getString(1) },
                    DEVICE, '%"serialNo":8501%').first().contains('picture left on the terminal at http://10.40.1.31/LOCALS/pic/acsLinkCap/8501.jpg')
        }
    }

    def "an XML access event pushed with HTTP Basic to /push/isapi is stored as through its token path"() {
        when:
        def answer = calls.send('POST', '/push/isapi', ['Content-Type': 'text/xml',
                Authorization: 'Basic ' + Base64.encoder.encodeToString("$DEVICE:$token".getBytes(StandardCharsets.UTF_8))],
                alert(ISAPI20, '2026-11-20T09:30:00+07:00', [majorEventType: 5, subEventType: 1, cardNo: '55501', name: 'Trịnh Văn Hải',
                                                             doorNo: 1, serialNo: 8401, pictureURL: 'http://10.40.1.31/LOCALS/pic/8401.jpg']).getBytes(StandardCharsets.UTF_8))

        then:
        answer.status == 200
        accessLog.byMessage(DEVICE, 'sn-8401').get().person() == 'Trịnh Văn Hải'
        accessLog.byMessage(DEVICE, 'sn-8401').get().deviceTime() == Instant.parse('2026-11-20T02:30:00Z')
    }
}
