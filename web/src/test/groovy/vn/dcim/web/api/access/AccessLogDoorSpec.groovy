package vn.dcim.web.api.access

import groovy.json.JsonOutput
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.access.AccessLog
import vn.dcim.core.account.Role
import vn.dcim.web.push.PushSpec
import vn.dcim.web.testing.Calls

import java.nio.charset.StandardCharsets
import java.time.Clock
import java.time.Instant
import java.time.format.DateTimeFormatter

/**
 * The door of an access event, from the terminal's push to what the shift and an auditor read: a Hikvision controller
 * serving two doors pushes its events with their door numbers; the log keeps each event's number and the door's name
 * as the device registry knew it, finds them by that name (ignoring case and marks) or number in SQL, and shows them
 * on the screen and in the CSV export, in the reader's language, times on the centre's clock.
 */
@MicronautTest(transactional = false)
class AccessLogDoorSpec extends PushSpec {
    static final String SITE = 'door-name-site'
    static final String DEVICE = 'hik-two-doors'
    static final String NAME = 'Cửa phòng máy chủ tầng 3'

    @Inject AccessLog accessLog
    @Inject Clock clock
    @Shared String token

    def setup() {
        onSite(SITE, 'TTDL Thái Nguyên', 'Thái Nguyên', [(DEVICE): NAME])
        if (token == null) {
            token = issue([deviceId: DEVICE, dialect: 'hikvision-isapi']).token
            [[serial: 9101, door: 1, name: 'Đặng Thu Hà', minute: 1], [serial: 9102, door: 2, name: 'Ngô Bảo Châu', minute: 2],
             [serial: 9103, door: 2, name: '=HYPERLINK("x")', minute: 3]].each { e ->
                assert push(e.serial as int, e.door as int, e.name as String, e.minute as int).status == 200
            }
        }
    }

    Calls.Answer push(int serial, int door, String person, int minute) {
        def body = JsonOutput.toJson([ipAddress: '10.50.1.20', dateTime: "2026-11-23T09:0${minute}:00+07:00".toString(), activePostCount: 1,
                eventType: 'AccessControllerEvent', eventState: 'active',
                AccessControllerEvent: [majorEventType: 5, subEventType: 1, cardNo: "C$serial".toString(), name: person, doorNo: door, serialNo: serial]])
        calls.send('POST', "/push/$token/isapi", ['Content-Type': 'application/json'], body.getBytes(StandardCharsets.UTF_8))
    }

    def "each event keeps its door's number and the registry's name of it"() {
        expect:
        with(accessLog.byMessage(DEVICE, 'sn-9101').get()) {
            doorNo() == '1'
            doorName() == NAME
        }
        accessLog.byMessage(DEVICE, 'sn-9102').get().doorNo() == '2'
    }

    def "the API finds by #query: #expected"() {
        when:
        def answer = calls.get("/api/access-events$query", users.token(EnumSet.of(Role.operator)))

        then:
        answer.status == 200
        (answer.json.results ?: [])*.messageId == expected
        answer.json.results.every { it.doorName == NAME && it.door == DEVICE }

        where:
        query                                                      || expected
        "?door=$DEVICE"                                            || ['sn-9103', 'sn-9102', 'sn-9101']
        '?door=ph%C3%B2ng%20m%C3%A1y%20ch%E1%BB%A7'                || ['sn-9103', 'sn-9102', 'sn-9101']
        '?door=PHONG%20MAY%20CHU%20TANG%203'                       || ['sn-9103', 'sn-9102', 'sn-9101']
        "?door=$DEVICE&doorNo=2"                                   || ['sn-9103', 'sn-9102']
        '?door=tang%203&doorNo=1'                                  || ['sn-9101']
        '?door=tang%204'                                           || []
    }

    def "the screen shows the door by name and number and its export link keeps the filter"() {
        when:
        def page = calls.get("/ui/access-log?door=tang+3&doorNo=2", users.token(EnumSet.of(Role.operator)), [Accept: 'text/html'])

        then:
        page.status == 200
        page.text.contains(NAME + '</span><span class="door-no"> · cửa 2</span>')
        !page.text.contains('Đặng Thu Hà')
        page.text.contains('Ngô Bảo Châu')
        page.text =~ /id="access-export" href="\/api\/access-events\/export\?door=tang(\+|%20)3&amp;doorNo=2/
    }

    def "the CSV export holds the door's name and number, in the reader's language, formulas made safe"() {
        when:
        def csv = calls.get("/api/access-events/export?door=$DEVICE", users.token(EnumSet.of(Role.auditor)), [Cookie: "lang=$language".toString()])
        String shown = DateTimeFormatter.ofPattern('dd/MM/yyyy HH:mm:ss').format(Instant.parse('2026-11-23T02:03:00Z').atZone(clock.zone))
        def lines = csv.text.readLines()

        then:
        csv.status == 200
        csv.header('Content-Type').startsWith('text/csv')
        lines[0] == '\uFEFF' + heading
        lines.size() == 4
        lines[1] == "$shown,2026-11-23T02:03:00Z,$NAME,2,$DEVICE,$SITE,\"'=HYPERLINK(\"\"x\"\")\",C9103,$unknown,$granted".toString()
        lines[3].contains(",$NAME,1,$DEVICE,")

        where:
        language || heading                                                                                              | unknown         | granted
        'vi'     || 'Thời điểm,Thời điểm (UTC),Cửa,Số cửa,Bộ điều khiển,Địa điểm,Người,Thẻ,Hướng,Kết quả'             | 'không rõ'      | 'cho phép'
        'en'     || 'Time,Time (UTC),Door,Door no.,Controller,Site,Person,Badge,Direction,Result'                      | 'unknown'       | 'granted'
    }
}
