package vn.dcim.web.push

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import io.micronaut.runtime.server.EmbeddedServer
import org.slf4j.LoggerFactory
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import vn.dcim.core.account.Role
import vn.dcim.core.db.Jdbc
import vn.dcim.core.device.DiscoveredSource
import vn.dcim.core.device.DiscoveredSources
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.devicelog.ReceiverCounts
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/**
 * Through  the running product's HTTP server: a ZKTeco terminal's handshake and uploads,
 * a Hikvision access controller's and NVR's JSON, XML and multipart pushes, each authenticated by its
 * own push credential issued by the administrator; access events land in the access log, door and
 * camera events raise the rules' alarms, every push is in the device log (source http); hostile or
 * unknown pushes get a 4xx, counted, never a 500.
 */
@MicronautTest(transactional = false)
class PushReceiverSpec extends PushSpec {
    static final String SITE = 'push-site'

    @Inject Jdbc jdbc
    @Inject DiscoveredSources discovered
    @Shared Map<String, String> tokens = [:]
    @Shared Map issuedDahua = [:]
    final PollingConditions eventually = new PollingConditions(timeout: 10, delay: 0.2)

    def setup() {
        onSite(SITE, 'TTDL Lạng Sơn', 'Lạng Sơn', ['door-hik', 'nvr-hik', 'nvr-dahua', 'zk-door', 'zk-far'].collectEntries { [(it): 'Thiết bị ' + it] })
        if (tokens.isEmpty()) {
            tokens['door-hik'] = issue([deviceId: 'door-hik', dialect: 'hikvision-isapi']).token
            tokens['nvr-hik'] = issue([deviceId: 'nvr-hik', dialect: 'hikvision-isapi']).token
            Map dahua = issue([deviceId: 'nvr-dahua', dialect: 'dahua-http'])
            tokens['nvr-dahua'] = dahua.token
            issuedDahua.putAll(dahua)
            issue([deviceId: 'zk-door', dialect: 'zkteco-push', serial: 'CJDE193560303', allowedFrom: ['127.0.0.0/8', '::1']])
            issue([deviceId: 'zk-far', dialect: 'zkteco-push', serial: 'FAR0000001', allowedFrom: ['10.20.0.0/16']])
        }
    }

    Calls.Answer push(String path, String contentType, byte[] body) {
        calls.send('POST', path, ['Content-Type': contentType], body)
    }

    List<Map> alarms(String device) {
        jdbc.list('alarms', 'SELECT rule_id, instance, cleared_at FROM alarm WHERE source = ?',
                { rs -> [rule: rs.getString(1), instance: rs.getString(2), cleared: rs.getTimestamp(3) != null] }, device)
    }

    List<Map> accessRows(String device) {
        jdbc.list('access rows', 'SELECT result, badge, person, message_id FROM access_event WHERE device_id = ? ORDER BY id',
                { rs -> [result: rs.getString(1), badge: rs.getString(2), person: rs.getString(3), id: rs.getString(4)] }, device)
    }

    static String hikJson(int major, int minor, Map more = [:]) {
        groovy.json.JsonOutput.toJson([ipAddress: '10.20.1.31', macAddress: '24:0f:9b:5e:11:a2', dateTime: '2024-03-12T22:41:05+07:00',
                                       activePostCount: 1, eventType: 'AccessControllerEvent', eventState: 'active',
                                       AccessControllerEvent: [majorEventType: major, subEventType: minor, doorNo: 1] + more])
    }

    static String hikXml(String type, int channel, String state = 'active') {
        """<?xml version="1.0" encoding="UTF-8"?>
<EventNotificationAlert version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
<ipAddress>10.20.2.10</ipAddress><macAddress>c0:56:e3:aa:10:01</macAddress><channelID>$channel</channelID>
<dateTime>2024-03-13T02:10:00+07:00</dateTime><activePostCount>1</activePostCount><eventType>$type</eventType>
<eventState>$state</eventState><eventDescription>$type alarm</eventDescription></EventNotificationAlert>"""
    }

    /** An event part, then a JPEG picture part, as Hikvision's multipart pushes are laid out. */
    static byte[] multipart(String boundary, String type, String event) {
        def out = new ByteArrayOutputStream()
        out.write(("--$boundary\r\nContent-Disposition: form-data; name=\"event\"\r\nContent-Type: $type\r\n\r\n$event\r\n" +
                "--$boundary\r\nContent-Disposition: form-data; name=\"Picture\"; filename=\"Picture.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes('UTF-8'))
        out.write([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1] as byte[])
        out.write(new byte[20_000])
        out.write("\r\n--$boundary--\r\n".getBytes('UTF-8'))
        out.toByteArray()
    }

    def "a ZKTeco terminal's handshake gets the options it expects, its ATTLOG becomes access-log rows answered OK"() {
        when: 'the GET handshake of the PUSH protocol'
        def hello = calls.get('/iclock/cdata?SN=CJDE193560303&options=all&pushver=2.4.1&language=69')

        then: 'in plain text: a terminal reads its options line by line, not JSON'
        hello.status == 200
        hello.header('Content-Type').startsWith('text/plain')
        hello.text.startsWith('GET OPTION FROM: CJDE193560303\n')
        ['ATTLOGStamp=', 'OPERLOGStamp=', 'ErrorDelay=', 'Delay=', 'TransTimes=', 'TransInterval=', 'TransFlag=', 'Realtime=1', 'Encrypt=']
                .every { hello.text.contains('\n' + it) }

        when: 'two punches'
        def upload = push('/iclock/cdata?SN=CJDE193560303&table=ATTLOG&Stamp=9999', 'text/plain',
                '1001\t2024-03-12 08:01:12\t0\t1\t0\t0\t0\n1002\t2024-03-12 08:03:40\t0\t15\t0\t0\t0\n'.getBytes('UTF-8'))

        then:
        upload.status == 200
        upload.header('Content-Type').startsWith('text/plain')
        upload.text == 'OK'
        accessRows('zk-door').findAll { it.id.startsWith('att-') }*.badge.containsAll(['1001', '1002'])
        accessRows('zk-door').every { it.result == 'granted' }

        when: 'the terminal polls for commands'
        def poll = calls.get('/iclock/getrequest?SN=CJDE193560303')

        then:
        poll.status == 200
        poll.text == 'OK'

        when: 'it reports the result of a command: answered as a poll'
        def result = push('/iclock/devicecmd?SN=CJDE193560303', 'text/plain', 'ID=1&Return=0&CMD=DATA\n'.getBytes('UTF-8'))

        then:
        result.status == 200
        result.text == 'OK'

        and: 'the uploads are in the device log, source http'
        eventually.eventually {
            assert jdbc.list('log', "SELECT COUNT(*) FROM device_log WHERE device_id = 'zk-door' AND source = 'http'", { it.getLong(1) }).first() >= 1
        }
    }

    def "a ZKTeco access panel's rtlog event #code raises #rule on door #door"() {
        when:
        def upload = push('/iclock/cdata?SN=CJDE193560303&table=rtlog', 'text/plain',
                "time=2024-03-12 23:30:00\tpin=0\tcardno=0\teventaddr=$door\tevent=$code\tinoutstatus=2\tverifytype=200\tindex=${700 + code}\n".getBytes('UTF-8'))

        then:
        upload.status == 200
        eventually.eventually {
            assert alarms('zk-door').find { it.rule == rule && it.instance == door.toString() && !it.cleared }
        }

        where:
        code | door || rule
        102  | 3    || 'door-forced'
        28   | 4    || 'door-held-open'
    }

    def "a Hikvision #what push raises #rule (instance #instance)"() {
        when:
        def answer = push("/push/${tokens[device]}/isapi", contentType, body)

        then:
        answer.status == 200
        eventually.eventually {
            assert alarms(device).find { it.rule == rule && it.instance == instance && !it.cleared }
        }

        where:
        what                              | device     | contentType                                   | body                                                                               || rule                | instance
        'JSON door forced (minor 0x1b)'   | 'door-hik' | 'application/json'                            | hikJson(5, 0x1b, [doorNo: 2]).getBytes('UTF-8')                                    || 'door-forced'       | '2'
        'JSON door held open (0x1c)'      | 'door-hik' | 'application/json'                            | hikJson(5, 0x1c, [doorNo: 3]).getBytes('UTF-8')                                    || 'door-held-open'    | '3'
        'JSON controller tamper (0x404)'  | 'door-hik' | 'application/json'                            | hikJson(1, 0x404).getBytes('UTF-8')                                                || 'door-tamper'       | 'controller'
        'XML video loss'                  | 'nvr-hik'  | 'application/xml'                             | hikXml('videoloss', 3).getBytes('UTF-8')                                           || 'camera-video-loss' | '3'
        'multipart XML + picture tamper'  | 'nvr-hik'  | 'multipart/form-data; boundary=MIME_boundary' | multipart('MIME_boundary', 'application/xml', hikXml('shelteralarm', 2))          || 'camera-tamper'     | '2'
    }

    def "a Dahua #what push raises #rule (instance #instance)"() {
        when:
        def answer = push("/push/${tokens['nvr-dahua']}/dahua", contentType, body.getBytes('UTF-8'))

        then:
        answer.status == 200
        eventually.eventually {
            assert alarms('nvr-dahua').find { it.rule == rule && it.instance == instance && !it.cleared }
        }

        where:
        what                                | contentType                                      | body                                                                                                   || rule                 | instance
        'event stream line, video loss'     | 'text/plain'                                     | 'Code=VideoLoss;action=Start;index=2\r\n'                                                              || 'camera-video-loss'  | '3'
        'stream part, storage failure'      | 'multipart/x-mixed-replace; boundary=myboundary' | '--myboundary\r\nContent-Type: text/plain\r\n\r\nCode=StorageFailure;action=Start;index=0\r\n\r\n'  || 'camera-disk-error'  | '1'
        'JSON eventList, IP address clash'  | 'application/json'                               | '{"method":"client.notifyEventStream","params":{"eventList":[{"Code":"IPConflict","Action":"Start","Index":0}]}}' || 'device-ip-conflict' | '1'
        'stream of parts, the third read'   | 'multipart/x-mixed-replace; boundary=myboundary' | dahuaStream('Heartbeat', 'Code=VideoMotion;action=Stop;index=0', 'Code=VideoLoss;action=Start;index=5') || 'camera-video-loss'  | '6'
    }

    /** Dahua's event stream (eventManager.cgi?action=attach): one text part a line, Content-Length given or not. */
    static String dahuaStream(String... lines) {
        lines.toList().withIndex().collect { String line, int i ->
            '--myboundary\r\nContent-Type: text/plain\r\n' + (i % 2 == 0 ? "Content-Length: ${line.length()}\r\n" : '') + '\r\n' + line + '\r\n'
        }.join('')
    }

    def "a hostile Dahua stream (#what) is refused with 400 and counted, never stored, never a 500"() {
        given:
        long before = counts.get('http', 'refused')

        when:
        def answer = push("/push/${tokens['nvr-dahua']}/dahua", 'multipart/x-mixed-replace; boundary=myboundary', body.getBytes('UTF-8'))

        then:
        answer.status == 400
        counts.get('http', 'refused') == before + 1

        where:
        what                          | body
        '40 parts, more than 32'      | dahuaStream(*(['Code=VideoMotion;action=Start;index=0'] * 40))
        'only a picture'              | '--myboundary\r\nContent-Type: image/jpeg\r\n\r\nxx\r\n--myboundary--\r\n'
        'parts of JSON nested deep'   | dahuaStream('[' * 100 + ']' * 100, '{"a":' * 100 + '1' + '}' * 100)
    }

    def "a Dahua credential answers the URL with its token, and no user name (Basic or Digest at /push/isapi is Hikvision's)"() {
        expect:
        issuedDahua.path == "/push/${tokens['nvr-dahua']}/dahua"
        issuedDahua.username == null

        when: 'its token pushed to the Hikvision route'
        def answer = push("/push/${tokens['nvr-dahua']}/isapi", 'text/plain', 'Code=VideoLoss;action=Start;index=0'.getBytes('UTF-8'))

        then: 'a Dahua token is no Hikvision token'
        answer.status == 401
    }

    def "Hikvision access events (#what) become access-log rows with card and person, and device log entries"() {
        when:
        def answer = push("/push/${tokens['door-hik']}/isapi", contentType, body)

        then:
        answer.status == 200
        accessRows('door-hik').find { it.id == id && it.result == result && it.badge == badge && it.person == person }
        eventually.eventually {
            assert jdbc.list('log', "SELECT COUNT(*) FROM device_log WHERE device_id = 'door-hik' AND source = 'http' AND text LIKE ?",
                    { it.getLong(1) }, '%access.' + result + '%').first() >= 1
        }

        where:
        what                    | contentType                            | body                                                                                                               || id        | result    | badge        | person
        'JSON card granted'     | 'application/json'                     | hikJson(5, 1, [cardNo: '3915682047', name: 'Nguyễn Văn An', employeeNoString: '1001', serialNo: 4521]).getBytes('UTF-8') || 'sn-4521' | 'granted' | '3915682047' | 'Nguyễn Văn An'
        'JSON card unknown'     | 'application/json'                     | hikJson(5, 9, [cardNo: '1122334455', serialNo: 4522]).getBytes('UTF-8')                                           || 'sn-4522' | 'denied'  | '1122334455' | null
        'multipart face + JPEG' | 'multipart/form-data; boundary=xYz123' | multipart('xYz123', 'application/json', hikJson(5, 75, [name: 'Phạm Thu Hà', employeeNoString: '1010', serialNo: 4600])) || 'sn-4600' | 'granted' | '1010'       | 'Phạm Thu Hà'
    }

    def "#what is refused with #status and counted as #outcome, never stored, never a 500"() {
        given:
        long before = counts.get('http', outcome)

        when: 'TOKEN stands for the NVR\'s real token: the body is refused, not the sender'
        def answer = push(path.replace('TOKEN', tokens['nvr-hik']), contentType, body)

        then: 'a device reads the refusal as text too'
        answer.status == status
        answer.header('Content-Type').startsWith('text/plain')
        counts.get('http', outcome) == before + 1

        where:
        what                               | path                                                  | contentType                          | body                                                                                  || status | outcome
        'an unknown token'                 | '/push/not-a-token/isapi'                             | 'application/json'                   | hikJson(5, 0x1b).getBytes('UTF-8')                                                    || 401    | 'unknown_token'
        'a DOCTYPE (entity expansion)'     | '/push/TOKEN/isapi'                                   | 'application/xml'                    | '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><EventNotificationAlert><eventType>&b;</eventType></EventNotificationAlert>'.getBytes('UTF-8') || 400 | 'refused'
        'broken JSON'                      | '/push/TOKEN/isapi'                                   | 'application/json'                   | '{"eventType": "videoloss", '.getBytes('UTF-8')                                       || 400    | 'refused'
        'JSON nested 100 deep'             | '/push/TOKEN/isapi'                                   | 'application/json'                   | ('[' * 100 + ']' * 100).getBytes('UTF-8')                                             || 400    | 'refused'
        'multipart without a boundary'     | '/push/TOKEN/isapi'                                   | 'multipart/form-data'                | 'whatever'.getBytes('UTF-8')                                                          || 400    | 'refused'
        'multipart with only a picture'    | '/push/TOKEN/isapi'                                   | 'multipart/form-data; boundary=b'    | '--b\r\nContent-Type: image/jpeg\r\n\r\nxx\r\n--b--\r\n'.getBytes('UTF-8')            || 400    | 'refused'
        'binary garbage'                   | '/push/TOKEN/isapi'                                   | 'application/octet-stream'           | (0..300).collect { (byte) (it * 37) } as byte[]                                       || 400    | 'untaken'
        'a body over 1 MB'                 | '/push/TOKEN/isapi'                                   | 'application/json'                   | ('{"a":"' + 'x' * 1_100_000 + '"}').getBytes('UTF-8')                                 || 413    | 'oversized'
        'an unregistered ZKTeco serial'    | '/iclock/cdata?SN=NEW9999&table=ATTLOG'               | 'text/plain'                         | '5\t2024-03-12 08:00:00\t0\t1\n'.getBytes('UTF-8')                                    || 401    | 'unknown_serial'
        'a ZKTeco from another address'    | '/iclock/cdata?SN=FAR0000001&table=ATTLOG'            | 'text/plain'                         | '5\t2024-03-12 08:00:00\t0\t1\n'.getBytes('UTF-8')                                    || 403    | 'address_refused'
        'a ZKTeco upload without SN'       | '/iclock/cdata?table=ATTLOG'                          | 'text/plain'                         | '5\t2024-03-12 08:00:00\t0\t1\n'.getBytes('UTF-8')                                    || 400    | 'refused'
    }

    def "a terminal that hangs up before its body is complete (#path) is one warning, never a logged error"() {
        given: 'the product\'s log, as an operator reads it'
        def appender = new ListAppender<ILoggingEvent>()
        def root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)
        String route = path.split('\\?')[0]
        appender.start()
        root.addAppender(appender)

        when: 'half of a promised body, then the connection closed'
        new Socket(server.host, server.port).withCloseable { s ->
            s.outputStream.write(("POST $path HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
                    "Content-Length: 1000\r\n\r\n{\"a\":").getBytes('UTF-8'))
            s.outputStream.flush()
        }

        then:
        eventually.eventually {
            assert appender.list.any { it.level == Level.WARN && it.formattedMessage.contains(route) }
        }
        appender.list.findAll { it.level == Level.ERROR }*.formattedMessage == []

        cleanup:
        root.detachAppender(appender)

        where:
        path << ['/push/not-a-token/isapi', '/iclock/cdata?SN=CJDE193560303&table=ATTLOG']
    }

    def "an unregistered ZKTeco terminal is kept in the discovery inbox, its handshake still answered"() {
        when:
        def hello = calls.get('/iclock/cdata?SN=INBOX42&options=all')

        then:
        hello.status == 200
        discovered.find(DiscoveredSource.State.unbound, 1000, 0).find { it.dialect() == 'zkteco-push' && it.sourceId() == 'INBOX42' }
    }

    def "issuing push credentials: #what refused with #status naming #field"() {
        when:
        def answer = calls.post('/api/push-credentials', command, users.token(EnumSet.of(Role.admin)))

        then:
        answer.status == status
        answer.json.fields*.field.contains(field)

        where:
        what                              | command                                                                               || status | field
        'a ZKTeco without addresses'      | [deviceId: 'zk-door', dialect: 'zkteco-push', serial: 'ABC123']                       || 422    | 'allowedFrom'
        'an unknown device'               | [deviceId: 'nobody', dialect: 'hikvision-isapi']                                      || 422    | 'deviceId'
        'an MQTT dialect, not a push one' | [deviceId: 'door-hik', dialect: 'axis-mqtt']                                           || 422    | 'dialect'
        'a bad address'                   | [deviceId: 'zk-door', dialect: 'zkteco-push', serial: 'ABC124', allowedFrom: ['x.y']] || 422    | 'allowedFrom'
        'a serial registered already'     | [deviceId: 'zk-door', dialect: 'zkteco-push', serial: 'CJDE193560303', allowedFrom: ['127.0.0.1']] || 409 | 'serial'
    }

    def "the token is shown once: the list holds no secret"() {
        when:
        def list = calls.get('/api/push-credentials', users.token(EnumSet.of(Role.auditor)))

        then:
        list.status == 200
        list.json.find { it.deviceId == 'door-hik' }.hasToken
        !list.text.contains(tokens['door-hik'])
    }
}
