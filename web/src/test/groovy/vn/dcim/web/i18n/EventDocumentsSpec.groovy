package vn.dcim.web.i18n

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.cookie.Cookie
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.alarm.AlarmFilter
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.AlarmSignal
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.alarm.Severity
import vn.dcim.core.incident.IncidentEdit
import vn.dcim.core.incident.IncidentLevel
import vn.dcim.core.incident.IncidentStatus
import vn.dcim.core.incident.Incidents
import vn.dcim.core.notification.Channel
import vn.dcim.core.notification.Recipient
import vn.dcim.core.notification.RecipientRepository
import vn.dcim.core.notification.RecipientRole
import vn.dcim.core.notification.channel.NotifiedPerson
import vn.dcim.core.notification.channel.NotifiedPersonRepository
import vn.dcim.core.notification.channel.PersonContact
import vn.dcim.core.notification.channel.PersonContactRepository
import vn.dcim.core.notification.escalation.Escalation
import vn.dcim.core.roster.DutyRoster
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import javax.sql.DataSource
import java.time.Clock
import java.time.Duration
import java.time.YearMonth
import java.util.regex.Pattern

/**
 * The documents built from the center's events, as the authority and the next shift read them: the month's
 * operation log (QĐ 11/2023 Điều 12 khoản 1 điểm i), the handover screen, the incident report (Điều 13 khoản 3) and
 * the messages sent for alarms and incidents. A shift with something in every part — open, acknowledged and
 * returned alarms, an incident worked on and one closed, maintenance running, a work order, journal lines of every
 * kind, notes — is rendered in Vietnamese and its text read back: no word only the English texts use, no raw code,
 * no ISO date, no "Art." and no "null"; equipment by its name, people by theirs, each event once. The same
 * documents for an English reader are in English. The shift is made once, by the first feature that runs.
 */
@MicronautTest(transactional = false)
class EventDocumentsSpec extends MariaDbSpec {
    /** An enum value as stored: a code with an underscore ({@link ShownWords#RAW_CODE}), or one of the codes an English word spells. */
    static final List<String> CODES = ['serious', 'ordinary', 'in_progress', 'major', 'minor', 'critical', 'opened', 'escalation',
                                       'alarm', 'level', 'note', 'status', 'backup', 'closed', 'open', 'leader', 'operator']
    static final Pattern ISO_DATE = ~/\b\d{4}-\d\d-\d\d\b/
    /** The poller's ids of the shift's equipment: a document names the equipment instead. */
    static final List<String> DEVICE_IDS = ['ups-1', 'crac-2', 'cam-3']

    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject DataSource dataSource
    @Inject AlarmRaiser raiser
    @Inject Alarms alarms
    @Inject Incidents incidents
    @Inject RecipientRepository recipients
    @Inject Clock clock
    @Inject @Client('/') HttpClient client
    @Inject DutyRoster roster
    @Inject NotifiedPersonRepository notified
    @Inject PersonContactRepository contacts
    @Inject Escalation escalation
    @Shared Set<String> english = EnglishWords.onlyEnglish()
    @Shared String outgoing
    @Shared String incoming
    @Shared long worked
    @Shared long closed
    @Shared String onDuty
    @Shared boolean made

    def setup() {
        if (!made) {
            shift()
            made = true
        }
    }

    /**
     * A shift with something in every part, handed over and accepted; then an alarm for the person on duty,
     * escalated to the shift leader as nobody acknowledged it.
     */
    void shift() {
        // the equipment, registered with its name, and who is told
        def sql = new Sql(dataSource)
        outgoing = users.person('nguyen-van-an', 'Nguyễn Văn An', EnumSet.of(Role.operator))
        incoming = users.person('tran-thi-binh', 'Trần Thị Bình', EnumSet.of(Role.operator))
        sql.update("INSERT INTO site (id, name) VALUES ('tinh', 'Trung tâm tích hợp dữ liệu tỉnh')")
        sql.update("INSERT INTO asset (site_id, kind, name, label_code, criticality, owning_agency, status, created_at) "
                + "VALUES ('tinh', 'ups', 'Bộ lưu điện phòng máy A', 'TS-UPS-01', 'high', 'Sở Khoa học và Công nghệ', 'in_service', NOW())")
        long ups = sql.count("SELECT id FROM asset WHERE label_code = 'TS-UPS-01'")
        sql.update("INSERT INTO asset (site_id, kind, name, label_code, criticality, owning_agency, status, created_at) "
                + "VALUES ('tinh', 'crac', 'Điều hòa chính xác số 2', 'TS-DH-02', 'high', 'Sở Khoa học và Công nghệ', 'in_service', NOW())")
        long crac = sql.count("SELECT id FROM asset WHERE label_code = 'TS-DH-02'")
        sql.update("INSERT INTO monitored_device (id, site_id, asset_id, name, protocol) VALUES ('ups-1', 'tinh', ?, 'ups-1', 'snmp')", [ups])
        sql.update("INSERT INTO monitored_device (id, site_id, asset_id, name, protocol) VALUES ('crac-2', 'tinh', ?, 'crac-2', 'snmp')", [crac])
        sql.update("INSERT INTO monitored_device (id, site_id, name, protocol) VALUES ('cam-3', 'tinh', 'Camera hành lang tầng 3', 'snmp')")
        recipients.save(new Recipient(null, 'Trực ca', RecipientRole.operator, Channel.email, 'truc-ca@ttdl.example.vn', Severity.minor, true, null))
        recipients.save(new Recipient(null, 'Lãnh đạo Trung tâm', RecipientRole.leader, Channel.email, 'lanh-dao@ttdl.example.vn', Severity.info, true, null))
        recipients.save(new Recipient(null, 'Sở Khoa học và Công nghệ', RecipientRole.management_body, Channel.email, 'so-khcn@example.gov.vn', Severity.info, true, null))

        // maintenance running on the air conditioner, a work order in progress on it
        sql.update("INSERT INTO maintenance_window (target_id, starts_at, ends_at, reason) VALUES ('crac-2', NOW() - INTERVAL 1 HOUR, NOW() + INTERVAL 2 HOUR, 'Thay lọc gió định kỳ')")
        sql.update("INSERT INTO maintenance_plan (code, name, every_months, checklist, article) VALUES ('bd-dh', 'Bảo dưỡng điều hòa', 6, '[]', 'Art. 14.3')")
        long plan = sql.count("SELECT id FROM maintenance_plan WHERE code = 'bd-dh'")
        sql.update("INSERT INTO work_order (plan_id, asset_id, due_date, status, crew, started_at) VALUES (?, ?, CURDATE(), 'in_progress', 'Lê Văn Cường', NOW())", [plan, crac])

        // alarms: acknowledged, returned to normal, cleared and closed
        raiser.raise(new AlarmSignal('ups-1', 'ups-on-battery', '0', Severity.major, 'Art. 6.4', 'Art. 6.4: UPS output on battery (grid lost)'))
        raiser.raise(new AlarmSignal('cam-3', 'device-unreachable', '0', Severity.major, 'Art. 30.5', 'Art. 30.5: device unreachable'))
        raiser.raise(new AlarmSignal('ups-1', 'room-temperature-high', '0', Severity.minor, 'Art. 6.2', 'Art. 6.2: room temperature above 27 °C for 5 min (clears below 26 °C)'))
        def battery = alarm('ups-1', 'ups-on-battery')
        def unreachable = alarm('cam-3', 'device-unreachable')
        def warm = alarm('ups-1', 'room-temperature-high')

        // an incident opened on an alarm, as the correlator titles it, worked on; another closed
        worked = incidents.open('Art. 30.5: device unreachable', 'tinh', null, IncidentLevel.serious, [unreachable.id()], 'system').id()
        incidents.edit(worked, outgoing, new IncidentEdit(outgoing, IncidentStatus.in_progress, null, null, null))
        incidents.addNote(worked, outgoing, 'Đã kiểm tra dây mạng của camera, chờ thay bộ chuyển mạch')
        incidents.confirmBackup(worked, outgoing, 'máy chủ sao lưu số 2')
        alarms.acknowledge(unreachable.id(), outgoing, 'đang xử lý')
        alarms.acknowledge(battery.id(), outgoing, 'đã báo điện lực')
        closed = incidents.open('Art. 6.2: room temperature above 27 °C for 5 min (clears below 26 °C)', 'tinh', null, IncidentLevel.ordinary, [warm.id()], outgoing).id()
        alarms.clear('ups-1', 'room-temperature-high', '0')
        alarms.acknowledge(warm.id(), outgoing, '')
        incidents.close(closed, outgoing, 'Cửa phòng máy mở', 'Đóng cửa, nhiệt độ về 24 °C')
        raiser.raise(new AlarmSignal('ups-1', 'device-unreachable', '0', Severity.major, 'Art. 30.5', 'Art. 30.5: device unreachable'))
        alarms.clear('ups-1', 'device-unreachable', '0')

        // the outgoing operator hands over, the incoming one accepts
        def calls = new Calls(server.URL)
        def outToken = users.login(outgoing, TestUsers.PASSWORD).access_token as String
        def inToken = users.login(incoming, TestUsers.PASSWORD).access_token as String
        def id = calls.post('/api/handovers', null, outToken).json.id
        calls.send('PUT', "/api/handovers/$id/notes", [Authorization: "Bearer $outToken"], [notes: 'Theo dõi nhiệt độ phòng máy A'])
        def accepted = calls.post("/api/handovers/$id/accept", null, inToken)
        assert accepted.status == 200
        assert ['openAlarms', 'openIncidents', 'maintenance', 'workOrders', 'events'].every { accepted.json.summary[it] }

        // the next operator on the roster since before it all; the alarm told to them, escalated to the shift leader
        onDuty = users.person('le-thi-cuc', 'Lê Thị Cúc', EnumSet.of(Role.operator))
        roster.add(clock.instant().minus(Duration.ofHours(3)), clock.instant().plus(Duration.ofHours(5)), onDuty, null, 'spec')
        def cuc = notified.save(new NotifiedPerson(null, onDuty, 'operator', 'vi', null, null, true))
        contacts.save(new PersonContact(null, cuc.id(), 'email', 'cuc@ttdl.example.vn', null, true, true))
        def duc = notified.save(new NotifiedPerson(null, 'pham-van-duc', 'shift_leader', 'vi', null, null, true))
        contacts.save(new PersonContact(null, duc.id(), 'email', 'duc@ttdl.example.vn', null, true, true))
        raiser.raise(new AlarmSignal('ups-1', 'ups-runtime-low', '0', Severity.critical, 'Art. 6.4', 'Art. 6.4: UPS runtime below 10 min'))
        sql.update("UPDATE alarm_step SET at = at - INTERVAL 1 HOUR WHERE alarm_id = ?", [alarm('ups-1', 'ups-runtime-low').id()])
        assert escalation.escalate() == 1
    }

    def "the month's operation log in Vietnamese: every line in Vietnamese words, names not ids, each event once"() {
        when:
        String text = pdf("/api/operation-log/${YearMonth.now(clock)}.pdf", 'vi')

        then: 'it has what the shift had'
        text.contains('NHẬT KÝ VẬN HÀNH HỆ THỐNG')
        text.contains('Người giao ca: Nguyễn Văn An (nguyen-van-an)')
        text.contains('Bộ lưu điện phòng máy A')
        text.contains('Điều hòa chính xác số 2')
        text.contains('Camera hành lang tầng 3')
        text.contains('Điều 30 khoản 5: không kết nối được thiết bị')
        text.contains('Lê Văn Cường')
        text.contains('Đã kiểm tra dây mạng của camera')

        and: 'no English, no code, no ISO date, no "Art.", no "null", no device id'
        problems(text) == []
        ids(text) == []

        and: 'the camera going unreachable is one event, not repeated by the journal'
        text.findAll(/Phát sinh cảnh báo \[Cao\] Camera hành lang tầng 3/).size() == 1
        !text.contains('Cảnh báo phát sinh:')
    }

    def "the handover screen words each line in Vietnamese"() {
        given: 'the draft of the operator on the roster, over the same events'
        def calls = new Calls(server.URL)
        def token = users.login(onDuty, TestUsers.PASSWORD).access_token as String
        calls.post('/api/handovers', null, token)

        when:
        def page = calls.get('/ui/handover', token, [Accept: 'text/html', Cookie: 'lang=vi'])
        String shown = VietnameseCrawlSpec.visible(page.text)

        then:
        page.status == 200
        shown.contains('Bộ lưu điện phòng máy A')
        shown.contains('Điều 30 khoản 5: không kết nối được thiết bị')
        shown.contains('Nguyễn Văn An')
        shown.contains('Đã kiểm tra dây mạng của camera')
        shown.contains('Đạt cấp độ Nghiêm trọng: phải báo cáo cơ quan chủ quản')
        problems(shown) == []
        ids(shown) == []
    }

    def "the incident report in Vietnamese: levels, states, kinds and alarms in words"() {
        given: 'one message delivered, one refused by the mail server, one waiting'
        def sql = new Sql(dataSource)
        def told = sql.rows("SELECT id FROM notification WHERE incident_id = ? ORDER BY id", [worked])*.id
        sql.update("UPDATE notification SET delivered_at = NOW(3), last_error = NULL, attempts = 1 WHERE id = ?", [told[0]])
        sql.update("UPDATE notification SET delivered_at = NULL, attempts = 3, last_error = 'IllegalStateException: no SMTP server configured', "
                + "next_attempt_at = NOW() + INTERVAL 1 DAY WHERE id = ?", [told[1]])
        sql.update("UPDATE notification SET delivered_at = NULL, attempts = 0, last_error = NULL, next_attempt_at = NOW() + INTERVAL 1 DAY WHERE id = ?", [told[2]])

        when:
        String text = pdf("/api/incidents/$worked/report", 'vi')

        then:
        text.contains('BÁO CÁO SỰ CỐ')
        text.contains('Nghiêm trọng')
        text.contains('Đang xử lý')
        text.contains('Điều 30 khoản 5: không kết nối được thiết bị — Camera hành lang tầng 3')
        text.contains('Nguyễn Văn An')
        text.contains('Đã kiểm tra dây mạng của camera')
        text.contains('lanh-dao@ttdl.example.vn')
        text.contains('Chưa gửi được sau 3 lần thử')
        text.contains('Đang chờ gửi')
        text.contains('Địa điểm Trung tâm tích hợp dữ liệu tỉnh')
        text.contains('Cảnh báo được Nguyễn Văn An xác nhận: đang xử lý — Camera hành lang tầng 3')
        text.contains('Mở sự cố ở mức Nghiêm trọng (Điều 13 khoản 2): Điều 30 khoản 5: không kết nối được thiết bị — Camera hành lang tầng 3')

        and:
        problems(text) == []
        ids(text) == []
    }

    def "the printable incident report and the incident list in Vietnamese"() {
        given:
        def calls = new Calls(server.URL)
        def token = users.login(incoming, TestUsers.PASSWORD).access_token as String

        when:
        String printed = VietnameseCrawlSpec.visible(calls.get("/ui/incidents/$worked/report", token, [Accept: 'text/html,*/*;q=0.8', Cookie: 'lang=vi']).text)
        String listed = VietnameseCrawlSpec.visible(calls.get('/ui/incidents', token, [Accept: 'text/html,*/*;q=0.8', Cookie: 'lang=vi']).text)

        then:
        printed.contains('Điều 30 khoản 5: không kết nối được thiết bị — Camera hành lang tầng 3')
        printed.contains('Trung tâm tích hợp dữ liệu tỉnh')
        printed.contains('Nguyễn Văn An')
        problems(printed) == []
        ids(printed) == []
        listed.contains('Điều 30 khoản 5: không kết nối được thiết bị — Camera hành lang tầng 3')
        !listed.contains('device unreachable')
    }

    def "the messages sent for the alarms and incidents are in Vietnamese, naming the equipment"() {
        when:
        def sent = new Sql(dataSource).rows("SELECT subject, body FROM notification WHERE channel = 'email' AND contact_id IS NULL ORDER BY id")
        String text = sent.collect { it.subject + '\n' + it.body }.join('\n')

        then: 'an alarm to the operators, the incidents to the leader and the management body'
        sent.size() >= 4
        text.contains('[DCIM][Cao] Bộ lưu điện phòng máy A: Điều 6 khoản 4: UPS đang chạy bằng ắc quy (mất điện lưới)')
        text.contains('Thiết bị: Bộ lưu điện phòng máy A')
        text.contains('Tiêu đề: Điều 30 khoản 5: không kết nối được thiết bị — Camera hành lang tầng 3')
        text.contains('Báo cáo sự cố nghiêm trọng')

        and:
        problems(text.replaceAll(/https?:\/\/\S+/, ' ')) == []
        ids(text) == []
    }

    def "the messages to the person on duty and to the shift leader it escalated to are in Vietnamese"() {
        when:
        def sent = new Sql(dataSource).rows("SELECT address, subject, body FROM notification WHERE contact_id IS NOT NULL ORDER BY id")
        String text = sent.collect { it.subject + '\n' + it.body }.join('\n')

        then:
        sent*.address == ['cuc@ttdl.example.vn', 'duc@ttdl.example.vn']
        sent.every { it.subject == '[DCIM][Nghiêm trọng] Bộ lưu điện phòng máy A: Điều 6 khoản 4: thời gian lưu điện của UPS dưới 10 phút' }
        sent[1].body.startsWith('Cảnh báo #')
        sent[1].body.contains('chuyển lên Trưởng ca')
        problems(text.replaceAll(/https?:\/\/\S+/, ' ')) == []
        ids(text) == []
    }

    def "a handover kept before its lines had facts is printed as it was written"() {
        given: 'last month, a handover whose lines are text alone'
        def month = YearMonth.now(clock).minusMonths(1)
        def end = month.atDay(15).atTime(7, 0).atZone(clock.zone).toInstant()
        def summary = '{"events":[{"at":"' + end.minusSeconds(3600) + '","kind":"alarm-raised","ref":"alarm 1",' +
                '"text":"[Cao] Máy phát điện: Điều 6 khoản 4: máy phát không khởi động"}]}'
        new Sql(dataSource).update("INSERT INTO shift_handover (outgoing, shift_start, shift_end, span_source, opened_at, summary, incoming, accepted_at) "
                + "VALUES (?, ?, ?, 'default', ?, ?, ?, ?)", [outgoing, java.sql.Timestamp.from(end.minusSeconds(8 * 3600)), java.sql.Timestamp.from(end),
                                                             java.sql.Timestamp.from(end), summary, incoming, java.sql.Timestamp.from(end)])

        when:
        String text = pdf("/api/operation-log/${month}.pdf", 'vi')

        then:
        text.contains('Cảnh báo #1 — [Cao] Máy phát điện: Điều 6 khoản 4: máy phát không khởi động')
        problems(text) == []
    }

    def "for an English reader the same documents are in English"() {
        when:
        String log = pdf("/api/operation-log/${YearMonth.now(clock)}.pdf", 'en')
        String report = pdf("/api/incidents/$worked/report", 'en')

        then:
        log.contains('SYSTEM OPERATION LOG')
        log.contains('Alarm raised [Major] Camera hành lang tầng 3: Art. 30.5: device unreachable')
        log.contains('Handed over by: Nguyễn Văn An (nguyen-van-an)')
        report.contains('INCIDENT REPORT')
        report.contains('Art. 30.5: device unreachable — Camera hành lang tầng 3')
        report.contains('In progress')
        !log.contains('Phát sinh cảnh báo')
        !report.contains('Nhật ký xử lý')
    }

    /** What a Vietnamese reader should not find: each problem with the text around it. */
    List<String> problems(String text) {
        List<String> found = []
        String words = text.replaceAll(/\S*[\d\/@]\S*/, ' ')
        words.toLowerCase().split(/[^\p{L}]+/).findAll { it in english || it in CODES }.unique().each { found << "word '$it'".toString() }
        (text =~ ShownWords.RAW_CODE).collect { it as String }.unique().each { found << "code '$it'".toString() }
        (text =~ ISO_DATE).collect { it as String }.unique().each { found << "ISO date '$it'".toString() }
        if (text.contains('Art.')) {
            found << 'Art. ' + around(text, 'Art.')
        }
        if (text =~ /\bnull\b/) {
            found << 'null ' + around(text, 'null')
        }
        found
    }

    /** The device ids a text names instead of the equipment. */
    static List<String> ids(String text) {
        DEVICE_IDS.findAll { text =~ /(?<![\w-])${it}(?![\w-])/ }
    }

    static String around(String text, String what) {
        int at = text.indexOf(what)
        text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60))
    }

    /** The document as the signed-in incoming operator downloads it in {@code lang}, its text on one line. */
    String pdf(String uri, String lang) {
        def token = users.login(incoming, TestUsers.PASSWORD).access_token as String
        def answer = client.toBlocking().exchange(HttpRequest.GET(uri).bearerAuth(token).cookie(Cookie.of('lang', lang)), byte[])
        assert answer.contentType.get().toString() == 'application/pdf'
        String text = Loader.loadPDF(answer.body()).withCloseable { new PDFTextStripper().getText(it) }.replaceAll(/\s+/, ' ')
        text
    }

    vn.dcim.core.alarm.AlarmView alarm(String source, String rule) {
        alarms.list(new AlarmFilter('active', source, rule, null, null), 1, 0)[0]
    }
}
