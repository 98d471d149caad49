package vn.dcim.web.api.capacity

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.telemetry.RollupDuty
import vn.dcim.web.testing.OpenApi

import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset

/**
 * Capacity planning through the API and the screens, by signed-in people of each role: a room whose rack
 * R01 draws 2 kW + 50 W a day for sixty days against a 7 kW budget (full in about 41 days) and reads 29 °C
 * at its inlet, R02 beside it reads 22 °C.
 */
@MicronautTest(transactional = false)
class CapacityApiSpec extends CapacitySpec {
    static final int DAYS = 60
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC)

    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink
    @Inject RollupDuty rollups

    @Override
    void furnish() {
        String tag = place.tag
        place.r1 = rack('R01', 1, 7)
        place.r2 = rack('R02', 3, 7)
        def pdu = post('/api/assets', [siteId: place.site, kind: 'pdu', name: 'PDU A', labelCode: 'LC-D-' + tag, rackId: place.r1.id, positionU: 1, heightU: 1, face: 'rear'])
        place.pdu = pdu
        def probe1 = post('/api/assets', [siteId: place.site, kind: 'sensor', name: 'Đầu dò 1', labelCode: 'LC-E-' + tag, rackId: place.r1.id, positionU: 42, heightU: 1])
        def probe2 = post('/api/assets', [siteId: place.site, kind: 'sensor', name: 'Đầu dò 2', labelCode: 'LC-F-' + tag, rackId: place.r2.id, positionU: 42, heightU: 1])
        def ids = ['pdu-', 'env1-', 'env2-'].collect { it + tag.toLowerCase() }
        [[ids[0], pdu], [ids[1], probe1], [ids[2], probe2]].each { id, asset ->
            devices.save(MonitoredDevice.mqtt(id, place.site, asset.id as Long, asset.name as String))
        }
        def readings = []
        for (int i = 0; i < DAYS; i++) {
            Instant t = TODAY.minusDays(DAYS - 1 - i).atStartOfDay(ZoneOffset.UTC).plusMinutes(1).toInstant()
            readings << Reading.of(t, ids[0], 'pdu.power', '1', 2000 + 50 * i, 'W')
        }
        def now = Instant.now()
        readings << Reading.of(now, ids[1], 'env.temperature', '1', 29.0, '°C')
        readings << Reading.of(now, ids[2], 'env.temperature', '1', 22.0, '°C')
        sink.record(readings)
        rollups.run(now)
    }

    def "the #role #sees the forecasts"() {
        when:
        def answer = calls.get("/api/capacity/forecasts?roomId=${place.room.id}", token(role))

        then:
        answer.status == status

        where:
        role               || status | sees
        Role.asset_manager || 200    | 'reads'
        Role.supervisor    || 200    | 'reads'
        Role.auditor       || 200    | 'reads'
        Role.operator      || 403    | 'is refused'
        Role.maintenance   || 403    | 'is refused'
    }

    def "the rack that grows 50 W a day fills its 7 kW budget in about 41 days, with an interval and its backtest"() {
        when:
        def all = calls.get("/api/capacity/forecasts?siteId=${place.site}", token(Role.asset_manager)).json
        def rack = all.find { it.subject == 'rack' && it.subjectId == place.r1.id as String }
        def fullOn = LocalDate.parse(rack.fullOn as String)

        then:
        rack.status == 'fills'
        Math.abs(fullOn.toEpochDay() - TODAY.plusDays(41).toEpochDay()) <= 2
        LocalDate.parse(rack.fullOnEarliest as String) <= fullOn
        LocalDate.parse(rack.fullOnLatest as String) >= fullOn
        rack.backtest.meanAbsolutePercentError < 1.0
        rack.perYear > 18 && rack.perYear < 18.5

        and: 'the site and the room are forecast too; R02 has no history'
        all*.subject.containsAll(['site', 'room', 'rack'])
        all.find { it.subject == 'rack' && it.subjectId == place.r2.id as String }.status == 'too_short'
    }

    def "a refused question: #why gives #status"() {
        expect:
        calls.get(path.replace('ROOM', place.room.id as String).replace('RACK', place.r1.id as String),
                token(Role.asset_manager)).status == status

        where:
        why                       | path                                                           || status
        'a site and a room'       | '/api/capacity/forecasts?siteId=x&roomId=ROOM'                 || 422
        'an unknown room'         | '/api/capacity/forecasts?roomId=-1'                            || 404
        'an unknown site'         | '/api/capacity/forecasts?siteId=no-such-site'                  || 404
        'a negative kW'           | '/api/capacity/rooms/ROOM/thermal?rackId=RACK&addKw=-1'        || 422
        'a kW without a rack'     | '/api/capacity/rooms/ROOM/thermal?addKw=2'                     || 422
        'a time in the future'    | '/api/capacity/rooms/ROOM/thermal?at=2999-01-01T00:00:00Z'     || 422
        'a time that is no time'  | '/api/capacity/rooms/ROOM/thermal?at=yesterday'                || 422
        'the thermal of no room'  | '/api/capacity/rooms/-1/thermal'                               || 404
    }

    def "a server plugged into PDU A through the API: the PDU's allocated power is forecast, and shown on the page in #lang"() {
        given: 'once, by the asset manager: PDU A gets its outlets, a server in R01 its two supplies, PSU1 plugged into outlet 1'
        String token = token(Role.asset_manager)
        if (!place.server) {
            place.server = calls.post('/api/assets', [siteId: place.site, kind: 'server', name: 'Máy chủ CSDL', labelCode: 'LC-G-' + place.tag,
                                                      rackId: place.r1.id, positionU: 10, heightU: 1, face: 'front'], token).json
            def outlets = calls.post('/api/ports/from-template', [assetId: place.pdu.id, template: 'apc-ap8858'], token).json
            def supplies = calls.post('/api/ports/from-template', [assetId: place.server.id, template: 'dell-poweredge-r650'], token).json
            def psu1 = supplies.find { it.kind == 'power_port' && it.display == 'PSU1' }
            def outlet1 = outlets.find { it.kind == 'power_outlet' && it.display == '1' }
            assert calls.post('/api/cables', [aPortId: psu1.id, bPortId: outlet1.id, type: 'power_c13'], token).status == 201
        }

        when:
        def pdu = calls.get("/api/capacity/forecasts?siteId=${place.site}", token).json
                .find { it.subject == 'pdu' && it.subjectId == place.pdu.id as String && it.quantity == 'allocated' }
        def page = capacityPage(lang)

        then: 'PSU1 allocates 450 W (the R650 template), plugged in today: nothing rebuilt'
        pdu.latest == 0.45
        pdu.reconstructedDays == 0
        page.status == 200
        page.text.contains("id=\"forecast-pdu-${place.pdu.id}-allocated\"")
        page.text.contains(words)

        where:
        lang || words
        'vi' || 'Công suất cấp phát'
        'en' || 'Allocated power'
    }

    def "the thermal picture: R01 above 27 °C is a hot rack, the field between falls from 29 to 22 °C; +10 kW in R01 leaves 5.05 kW of cooling"() {
        when:
        def p = calls.get("/api/capacity/rooms/${place.room.id}/thermal?rackId=${place.r1.id}&addKw=10",
                token(Role.supervisor)).json

        then:
        p.field[0] == [29.0, 25.5, 22.0]
        p.outOfRange*.rackName == ['R01']
        p.hotSpots*.position == [1]
        p.whatIf.roomLoadKw == 4.95
        p.whatIf.newRoomLoadKw == 14.95
        p.whatIf.headroomKw == 5.05
    }

    def "the OpenAPI document holds the capacity operations, in their own group"() {
        expect:
        OpenApi.operations().findAll { it.path.startsWith('/api/capacity/forecasts') || it.path.startsWith('/api/capacity/rooms') || it.group == 'Capacity planning' }
                .collect { "$it.method $it.path $it.group" }.sort() ==
                ['GET /api/capacity/forecasts Capacity planning', 'GET /api/capacity/rooms/{id}/thermal Capacity planning']
    }

    def "the capacity page shows the rack's full-on day and its backtest error to the asset manager, in #lang"() {
        when:
        def page = capacityPage(lang)
        def rack = calls.get("/api/capacity/forecasts?roomId=${place.room.id}", token(Role.asset_manager)).json
                .find { it.subject == 'rack' && it.subjectId == place.r1.id as String }

        then:
        showsFullOn(page, "forecast-rack-${place.r1.id}-power", rack.fullOn as String)
        page.text.contains(words)

        where:
        lang || words
        'vi' || 'Sai số kiểm chứng'
        'en' || 'Backtest error'
    }

    def "the room plan shows the field, the hot rack and the what-if to whoever reads the room"() {
        when:
        def page = calls.get("/ui/rooms/${place.room.id}?rackId=${place.r1.id}&addKw=10", token(Role.operator), [Accept: HTML])

        then:
        page.status == 200
        page.missing('id="field"', "id=\"hot-rack-${place.r1.id}\"", 'id="what-if-headroom"', '5.05') == []

        when: 'a time that is not one'
        def refused = calls.get("/ui/rooms/${place.room.id}?at=soon", token(Role.operator), [Accept: HTML])

        then: 'said beside the live picture'
        refused.status == 200
        refused.text.contains('id="thermal-error"')
    }

    def "the dashboard shows what fills first to the #role: #shown"() {
        when:
        def page = calls.get('/', token(role), [Accept: HTML])

        then:
        page.status == 200
        page.text.contains('id="outlook"') == shown
        !shown || page.text.contains("id=\"outlook-rack-${place.r1.id}-power\"")

        where:
        role               || shown
        Role.asset_manager || true
        Role.auditor       || true
        Role.operator      || false
    }
}
