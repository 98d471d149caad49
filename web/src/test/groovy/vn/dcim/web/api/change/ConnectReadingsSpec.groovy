package vn.dcim.web.api.change

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRegistry
import vn.dcim.core.asset.NewAsset
import vn.dcim.core.cabling.Cabling
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.Places
import vn.dcim.core.testing.MutableClock
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit

/**
 * The live readings confirm a "connect" step where they can: the crew connects PSU1 to outlet 7 of a monitored PDU, the
 * PDU's readings come in through the product's reading sink, and the step says in words whether the outlet's draw rose
 * after it was confirmed (times in the centre's zone), kept as the step's evidence; an unmonitored PDU says so.
 */
@MicronautTest(transactional = false)
class ConnectReadingsSpec extends CallsSpec {
    static final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES))
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern('HH:mm dd/MM/yyyy').withZone(ZoneId.of('Asia/Ho_Chi_Minh'))

    @Inject TestUsers users
    @Inject AssetRegistry registry
    @Inject Cabling cabling
    @Inject Places places
    @Inject ReadingSink sink

    @MockBean(Clock)
    Clock clock() { clock }

    def "#what: the step says so in Vietnamese and English, and keeps it"() {
        given: 'a server racked beside a PDU, monitored or not, and an approved change connecting PSU1 to outlet 7'
        String site = 'c' + UUID.randomUUID().toString().take(6)
        String device = "pdu-$site"
        def work = approvedConnect(site, monitored ? device : null)
        Instant start = clock.instant()
        if (before != null) {
            sink.record([Reading.of(start.minus(Duration.ofMinutes(2)), device, 'pdu.outlet.power', '7', before, 'W')])
        }

        when: 'the crew confirms the step by its scans, and the PDU reports a minute later'
        def confirmed = calls.post("/api/changes/${work.id}/steps/${work.step}/confirm", [scanId: "s-$site", rackCode: "https://dcim.example/ui/racks/${work.rack}",
                                                                                        assetCode: "SRV-${site.toUpperCase()}"], crew())
        Instant at = clock.instant()
        clock.advance(Duration.ofMinutes(1))
        if (after != null) {
            sink.record([Reading.of(clock.instant(), device, 'pdu.outlet.power', '7', after, 'W')])
        }
        def early = step(work, 'vi')
        clock.advance(Duration.ofMinutes(waitMinutes))
        def vi = step(work, 'vi')
        def en = step(work, 'en')

        then:
        confirmed.status == 200
        early.draw == earlyVerdict
        vi.draw == verdict
        en.draw == verdict
        vi.drawEvidence == words(viText, at, start)
        en.drawEvidence == words(enText, at, start)

        when: 'later readings do not change the evidence kept'
        sink.record([Reading.of(clock.instant(), device, 'pdu.outlet.power', '7', 0d, 'W')])
        clock.advance(Duration.ofMinutes(30))

        then:
        step(work, 'vi').drawEvidence == vi.drawEvidence

        where:
        what                                   | monitored | before | after || waitMinutes | earlyVerdict    | verdict
        'the outlet\'s draw rose'              | true      | 0d     | 182.4d || 0           | 'rose'          | 'rose'
        'the draw did not rise'                | true      | 120d   | 121d   || 10          | 'waiting'       | 'not_risen'
        'the PDU is monitored but sent nothing'| true      | 95d    | null   || 10          | 'waiting'       | 'no_readings'
        'the PDU is not monitored'             | false     | null   | null   || 0           | 'not_monitored' | 'not_monitored'

        viText << ['Công suất ổ cắm 7 đã tăng từ 0 W ({before}) lên 182 W ({after}) sau khi bước được xác nhận',
                   'Công suất ổ cắm 7 không tăng sau khi bước được xác nhận: 120 W ({before}) trước, cao nhất 121 W ({after}) sau',
                   'Ổ cắm 7 có giám sát nhưng không gửi số đo nào sau khi bước được xác nhận',
                   'Ổ cắm 7 không được giám sát: không có số đo xác nhận việc đấu nối']
        enText << ['The draw of outlet 7 rose from 0 W ({before}) to 182 W ({after}) after the step was confirmed',
                   'The draw of outlet 7 did not rise after the step was confirmed: 120 W ({before}) before, at most 121 W ({after}) after',
                   'Outlet 7 is monitored but sent no reading after the step was confirmed',
                   'Outlet 7 is not monitored: no reading confirms the connection']
    }

    def "the evidence is in the auditor's thread at sign-off"() {
        given:
        String site = 't' + UUID.randomUUID().toString().take(6)
        String device = "pdu-$site"
        def work = approvedConnect(site, device)
        sink.record([Reading.of(clock.instant().minus(Duration.ofMinutes(1)), device, 'pdu.outlet.power', '7', 0d, 'W')])

        when:
        calls.post("/api/changes/${work.id}/steps/${work.step}/confirm", [scanId: "s-$site", rackCode: "https://dcim.example/ui/racks/${work.rack}",
                                                                         assetCode: "SRV-${site.toUpperCase()}"], crew())
        clock.advance(Duration.ofMinutes(2))
        sink.record([Reading.of(clock.instant(), device, 'pdu.outlet.power', '7', 240d, 'W')])
        calls.post("/api/work-orders/${work.order}/status", [status: 'done', notes: 'xong', readings: []], crew())
        def signed = calls.post("/api/changes/${work.id}/sign-off", [:], users.freshToken('sup-sign-draw', EnumSet.of(Role.supervisor)))
        def thread = calls.get("/api/changes/${work.id}/thread", users.freshToken('audit-draw', EnumSet.of(Role.auditor)))

        then:
        signed.status == 200
        String record = thread.json.find { it.action == 'sign-off' }.after
        record.contains('"readings"') && record.contains('"1":"rose"')
    }

    /** The crew's technician, signed in afresh. */
    String crew() {
        users.freshToken('tech-draw', EnumSet.of(Role.maintenance), 'Đội 2')
    }

    /** The step as a reader in that language sees it on the change. */
    Map step(Map work, String lang) {
        def answer = calls.get("/api/changes/${work.id}", crew(), [Cookie: "lang=$lang"])
        assert answer.status == 200: answer.text
        answer.json.steps.find { it.id == work.step } as Map
    }

    static String words(String text, Instant confirmedAt, Instant start) {
        text.replace('{before}', SHOWN.format(start.minus(Duration.ofMinutes(2)))).replace('{after}', SHOWN.format(confirmedAt.plus(Duration.ofMinutes(1))))
    }

    /** A rack with a PDU (monitored by {@code device} when named) and a racked server; an approved connect, its work order started. */
    Map approvedConnect(String site, String device) {
        def at = places.racked(places.siteWithId(site, 'Trung tâm', 'Bắc Kạn', 'Số 1'), 'A07')
        def pdu = registry.register(new NewAsset(site, null, at.rack.id(), 42, 1, null, AssetKind.pdu, 'PDU-A', 'PDU-' + site.toUpperCase(),
                'APC', 'AP8858', null, null, null, null, null, null, null, null, null, null, null), 'spec')
        def srv = registry.register(new NewAsset(site, null, at.rack.id(), 10, 2, null, AssetKind.server, 'HIS-01',
                'SRV-' + site.toUpperCase(), 'Dell', 'PowerEdge R650', null, null, null, null, null, null, null, null,
                null, null, null), 'spec')
        if (device) {
            def made = calls.post('/api/devices', [id: device, siteId: site, assetId: pdu.id(), name: "Đo PDU $site", protocol: 'mqtt'],
                    users.freshToken('admin-draw', TestUsers.EVERY_ROLE))
            assert made.status == 201: made.text
        }
        long outlet = cabling.portOf(pdu.id(), '7').get().id()
        String entering = users.freshToken('sup-draw-in', EnumSet.of(Role.supervisor))
        String approving = users.freshToken('sup-draw-ok', EnumSet.of(Role.supervisor))
        String crew = crew()
        long id = calls.post('/api/changes', [kind: 'connect', title: 'Cấp nguồn HIS-01', assetId: srv.id(),
                links: [[portName: 'PSU1', portKind: 'power_port', farPortId: outlet]]], entering).json.change.id as long
        assert calls.post("/api/changes/$id/submit", [:], entering).status == 200
        def approved = calls.post("/api/changes/$id/approve", [crew: 'Đội 2'], approving)
        assert approved.status == 200: approved.text
        long order = approved.json.change.workOrderId as long
        calls.post("/api/work-orders/$order/status", [status: 'in_progress', readings: []], crew)
        def shown = calls.get("/api/changes/$id", crew)
        long step = shown.json.steps.find { it.action == 'connect' }.id as long
        [id: id, step: step, rack: at.rack.id(), order: order]
    }
}
