package vn.dcim.web.api.battery

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MutableClock
import vn.dcim.web.testing.DemoApiSpec

import java.time.Clock
import java.time.Instant

/**
 * Battery health over the API, on the demo centre: a UPS rides the demo's recorded outages, and the
 * runtime the product expects at the present load is held against the next outage's observed one.
 */
@MicronautTest(transactional = false)
class BatteryApiSpec extends DemoApiSpec {
    static final Instant STARTED = Instant.parse('2026-11-20T00:00:00Z')
    /** The tenth outage starts at demo second 12000; the history ends before it, on a poll boundary. */
    static final long TENTH = 12000
    static final long CUT = 11895
    static final MutableClock clock = new MutableClock(STARTED.plusSeconds(CUT))

    @Inject ReadingSink sink
    @Inject MonitoredDeviceRepository devices
    @Inject AssetRepository assets

    @MockBean(Clock)
    Clock clock() { clock }

    String manager() { users.token(EnumSet.of(Role.asset_manager)) }

    /** A UPS in the demo's power room (beside UPS-01) with its monitored device. */
    long ups(String name, String device) {
        long room = assets.findById(devices.findById('ups-1').get().assetId()).get().roomId()
        def made = calls.post('/api/assets', [siteId: 'demo', roomId: room, kind: 'ups', name: name, labelCode: 'DEMO-' + name], manager())
        assert made.status == 201
        devices.save(MonitoredDevice.snmpV2c(device, 'demo', made.json.id as Long, name, '127.0.0.1', 161, 'public'))
        made.json.id as long
    }

    def "on the demo's outages polled #phase s into the poller's 15 s, the runtime expected before the tenth is within 10 % of what it shows"() {
        given: 'nine outages recorded; the UPS on line and charged again'
        long id = ups('UPS-B' + phase, 'bench-' + phase)
        def demo = new DemoOutageReadings('bench-' + phase, STARTED)
        sink.record(demo.polls(990, CUT, phase))
        clock.now = STARTED.plusSeconds(CUT + phase)

        when:
        def before = calls.get("/api/capacity/batteries/$id", manager())
        sink.record(demo.polls(CUT, TENTH + 300, phase))
        clock.now = STARTED.plusSeconds(TENTH + 300)
        def after = calls.get("/api/capacity/batteries/$id", manager())
        def next = after.json.discharges.last()
        double error = before.json.expectedRuntimeMinutes / next.observedMinutes - 1
        println "BATTERY-BENCH phase ${phase} s: ${before.json.discharges.size()} outages, expected ${before.json.expectedRuntimeMinutes} min, " +
                "next outage observed ${next.observedMinutes} min (error ${String.format('%+.1f', error * 100)} %), demo battery ${100 / 12} min"

        then:
        before.status == 200
        before.json.discharges.size() == 9
        Math.abs(error) < 0.10

        where:
        phase << [0, 4, 8, 11, 14]
    }

    def "the asset manager keeps the register, the crews and the supervisor read, the shift is refused"() {
        given:
        long id = ups('UPS-REG', 'reg-1')

        expect:
        calls.get('/api/capacity/batteries', users.token(EnumSet.of(Role.operator))).status == 403
        calls.get('/api/capacity/batteries', users.token(EnumSet.of(Role.maintenance))).json.results*.ups.contains('UPS-REG')
        calls.get('/api/capacity/run-hours', users.token(EnumSet.of(Role.supervisor))).json
                .collect { [it.plan, it.equipment] }.containsAll([['generator-service', 'MPĐ-01'], ['cooling-filter', 'ĐHCX-01']])
        calls.send('PUT', "/api/capacity/batteries/$id", [Authorization: 'Bearer ' + users.token(EnumSet.of(Role.maintenance))],
                [installedOn: '2024-05-01', vendorLifeMonths: 60]).status == 403

        when:
        def put = calls.send('PUT', "/api/capacity/batteries/$id", [Authorization: 'Bearer ' + manager()],
                [installedOn: '2024-05-01', vendorLifeMonths: 48])

        then:
        put.status == 200
        put.json.installedOn == '2024-05-01'
        put.json.lifeEndsOn == '2028-05-01'
        put.json.reason == 'vendor_life'
    }

    def "a register that cannot be is refused with a 4xx: #why"() {
        given:
        long id = ups('UPS-BAD' + row, 'bad-' + row)

        expect:
        calls.send('PUT', "/api/capacity/batteries/${target ?: id}", [Authorization: 'Bearer ' + manager()], body).status == status

        where:
        row | target  | body                                              || status | why
        1   | null    | [installedOn: '2099-01-01', vendorLifeMonths: 60] || 422    | 'installed in the future'
        2   | null    | [installedOn: '2024-01-01', vendorLifeMonths: 0]  || 422    | 'no vendor life'
        3   | null    | [installedOn: 'not a date']                       || 422    | 'not a date'
        4   | 999999  | [installedOn: '2024-01-01', vendorLifeMonths: 60] || 404    | 'no such UPS'
    }

    def "the batteries screen shows each UPS with its replace-by day to the planners, in the reader's language; the shift is refused"() {
        given: 'the demo UPS-01 with its battery registered'
        long id = devices.findById('ups-1').get().assetId()
        calls.send('PUT', "/api/capacity/batteries/$id", [Authorization: 'Bearer ' + manager()],
                [installedOn: '2023-03-01', vendorLifeMonths: 60])

        when:
        def vi = calls.get('/ui/batteries', manager(), ['Accept-Language': 'vi'])
        def en = calls.get('/ui/batteries', users.token(EnumSet.of(Role.supervisor)), [Cookie: 'lang=en'])

        then:
        vi.status == 200
        vi.missing('Ắc quy UPS', "id=\"ups-$id\"", '01/03/2028 — hết tuổi thọ nhà sản xuất') == []
        en.status == 200
        en.text.contains('01/03/2028 — vendor life ends')
        calls.get('/ui/batteries', users.token(EnumSet.of(Role.maintenance))).status == 200
        calls.get('/ui/batteries', users.token(EnumSet.of(Role.operator))).status in [302, 303, 403]
    }

    def "the batteries screen's form posted without a script comes back naming #field when it is #why, and goes to the UPS when both read"() {
        given:
        long id = devices.findById('ups-1').get().assetId()

        when:
        def answer = calls.send('POST', "/ui/batteries/$id",
                [Authorization: 'Bearer ' + manager(), 'Content-Type': 'application/x-www-form-urlencoded'], body)

        then:
        answer.status == 303
        answer.header('Location') == location.replace('ID', id as String)

        where:
        why                            | body                                            || field              | location
        'a day that is not a date'     | 'installedOn=1%2F3%2F2023&vendorLifeMonths=60'  || 'installedOn'      | '/ui/batteries?refused=installedOn#ups-ID'
        'months that are not a number' | 'installedOn=2023-03-01&vendorLifeMonths=sixty' || 'vendorLifeMonths' | '/ui/batteries?refused=vendorLifeMonths#ups-ID'
        'both readable'                | 'installedOn=2023-03-01&vendorLifeMonths=60'    || 'nothing'          | '/ui/batteries#ups-ID'
    }
}
