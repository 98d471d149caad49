package vn.dcim.web.api.dashboard

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.web.testing.DemoApiSpec

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.format.DateTimeFormatter
import java.time.temporal.ChronoUnit

/**
 * Art. 30.8a: the demo's power chain says what its readings say, in words; a grid lost
 * puts a banner on the screen with its start and the batteries' minutes left; PUE is never 0.
 */
@MicronautTest(transactional = false)
class PowerChainStateSpec extends DemoApiSpec {
    @Inject ReadingSink readings
    @Inject Clock clock

    static final List NO_SOURCE = [['ats-1', 'ats.selected', 1, 'none', null], ['ats-1', 'ats.source1.voltage', 0, null, 'V'],
                                   ['ats-1', 'ats.source2.voltage', 0, null, 'V']]

    @Override
    Map<String, String> extraProperties() { super.extraProperties() + ['dcim.snmp.enabled': 'false'] }

    def "#element is #state when its readings say #readings"() {
        given: 'the rows run in order: normal first, then warnings, then critical (an alarm once raised colours its element on)'
        def now = Instant.now()
        facts.each { device, metric, value, text, unit -> record(device, metric, value, text, unit, now) }

        when:
        def node = site('en').chain.find { it.name == element }

        then:
        node.state == state
        node.said.startsWith(said)
        !showsValue || node.values*.metric.contains(showsValue)

        where:
        element               | readings                    | facts                                                                              || state      | said                             | showsValue
        'Lưới điện 1 (EVN lộ 471)' | 'source 1 at 400 V'   | [['ats-1', 'ats.source1.voltage', 400, null, 'V']]                                 || 'ok'       | 'Grid present: 400 V at ATS-01'  | 'ats.source1.voltage'
        'ATS-01'              | 'source 1 = the grid'       | [['ats-1', 'ats.selected', 2, 'source1', null]]                                    || 'ok'       | 'Supplied by Lưới điện 1'        | null
        'UPS-02'              | 'on mains'                  | [['ups-2', 'ups.output.source', 3, 'normal', null]]                                || 'ok'       | 'On mains'                       | null
        'MPĐ-01'              | 'starting'                  | [['ats-1', 'gen.state', 4, 'starting', null]]                                      || 'warning'  | 'Starting: not carrying the load' | null
        'MPĐ-01'              | 'idle'                      | [['ats-1', 'gen.state', 5, 'idle', null]]                                          || 'warning'  | 'Running unloaded'               | null
        'MPĐ-01'              | 'running'                   | [['ats-1', 'gen.state', 6, 'running', null]]                                       || 'warning'  | 'Running: it carries the load'   | null
        'ATS-01'              | 'source 2 = the generator'  | [['ats-1', 'ats.selected', 3, 'source2', null], ['ats-1', 'ats.source2.voltage', 400, null, 'V']] || 'warning' | 'On generator MPĐ-01' | null
        'ATS-01'              | 'no source, 0 V on both'    | NO_SOURCE                                                                          || 'critical' | 'No source: 0 V on every input' | null
        'Lưới điện 1 (EVN lộ 471)' | 'source 1 at 0 V'     | [['ats-1', 'ats.source1.voltage', 0, null, 'V']]                                   || 'critical' | 'Grid lost: 0 V at ATS-01'       | 'ats.source1.voltage'
        'UPS-02'              | 'battery, 9 min'            | [['ups-2', 'ups.output.source', 5, 'battery', null], ['ups-2', 'ups.battery.runtime', 9, null, 'min']] || 'critical' | 'On battery, 9 min left' | null
    }

    def "while the grid is lost the banner tells since when and the battery minutes left; it goes when the grid is back"() {
        given: 'grid 1 present; grid 2 (UPS-02\'s input) at 230 V five minutes ago, at 0 V from three minutes ago; UPS-02 on battery, 12 min left'
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS)
        Instant lostAt = now - Duration.ofMinutes(3)
        record('ats-1', 'ats.source1.voltage', 400, null, 'V')
        record('ats-1', 'ats.selected', 2, 'source1', null)
        record('ups-2', 'ups.input.voltage', 230, null, 'V', now - Duration.ofMinutes(5))
        [lostAt, now - Duration.ofMinutes(2), now].each { record('ups-2', 'ups.input.voltage', 0, null, 'V', it) }
        record('ups-2', 'ups.output.source', 5, 'battery', null)
        record('ups-2', 'ups.battery.runtime', 12, null, 'min')

        when:
        def vi = site('vi')
        def en = site('en')

        then: 'in both languages, with the start in the center\'s time'
        en.outage.said.startsWith('Grid lost (Lưới điện 2 (EVN lộ 473)) since')
        en.outage.said.contains(DateTimeFormatter.ofPattern('dd/MM/yyyy HH:mm').withZone(clock.zone).format(lostAt))
        en.outage.said.contains('running on UPS-02 battery, 12 min left')
        Instant.parse(en.outage.since) == lostAt
        en.chain.find { it.name == 'Lưới điện 2 (EVN lộ 473)' }.said == 'Grid lost: 0 V at UPS-02'
        vi.outage.said.startsWith('Mất điện lưới (Lưới điện 2 (EVN lộ 473)) từ')
        vi.outage.said.contains('đang chạy bằng ắc quy UPS-02, còn 12 phút')

        when: 'the grid returns'
        record('ups-2', 'ups.input.voltage', 229, null, 'V')
        record('ups-2', 'ups.output.source', 3, 'normal', null)

        then:
        site('en').outage == null
    }

    def "the alarm console shows the dashboard's grid-lost banner in #lang while the grid is lost, and not after"() {
        given: 'grid 2 (UPS-02\'s input) at 0 V for two minutes, UPS-02 on battery with 7 min left'
        Instant now = Instant.now() // not truncated: after the previous row's grid return, or that stays the latest value
        record('ats-1', 'ats.source1.voltage', 400, null, 'V')
        record('ups-2', 'ups.input.voltage', 231, null, 'V', now - Duration.ofMinutes(4))
        [now - Duration.ofMinutes(2), now].each { record('ups-2', 'ups.input.voltage', 0, null, 'V', it) }
        record('ups-2', 'ups.output.source', 5, 'battery', null)
        record('ups-2', 'ups.battery.runtime', 7, null, 'min')

        when: 'an operator opens the console'
        def page = screen('/ui/alarms', lang)

        then: 'the banner is the dashboard\'s own sentence, over the alarm list'
        def banner = site(lang).outage.said as String
        banner.startsWith(starts)
        banner.contains(battery)
        page.contains('id="grid-banner-demo"')
        page.contains(banner)
        page.indexOf('id="grid-banner-demo"') < page.indexOf('id="alarm-table"')

        when: 'the grid returns; the console\'s script re-reads its banners'
        record('ups-2', 'ups.input.voltage', 230, null, 'V')
        record('ups-2', 'ups.output.source', 3, 'normal', null)

        then:
        !screen('/ui/alarms/banners', lang).contains('grid-banner-demo')

        where:
        lang || starts           | battery
        'en' || 'Grid lost ('    | 'running on UPS-02 battery, 7 min left'
        'vi' || 'Mất điện lưới (' | 'đang chạy bằng ắc quy UPS-02, còn 7 phút'
    }

    def "PUE is #shown when the switch measures #facilityW W and the PDUs 4 × #pduW W"() {
        given:
        record('ats-1', 'ats.output.power', facilityW, null, 'W')
        ['pdu-a01-a', 'pdu-a01-b', 'pdu-a02-a', 'pdu-a02-b'].each { record(it, 'pdu.power', pduW, null, 'W') }

        when:
        def pue = site('en').pue

        then: 'never 0: a dash with the reason instead'
        pue.value == value
        pue.missing == missing

        where:
        facilityW | pduW || value | missing            | shown
        9000      | 1500  || 1.5   | null               | '1.5'
        0         | 1500  || null  | 'no-facility-load' | 'a dash: the UPSes carry the load'
        5000      | 1500  || null  | 'below-one'        | 'a dash: the meters disagree'
        9000      | 0     || null  | 'no-it-load'       | 'a dash: no IT load'
    }

    private Map site(String lang) {
        def answer = calls.get('/api/dashboard/sites/demo', users.token(EnumSet.of(Role.operator)), [Cookie: "lang=$lang"])
        assert answer.status == 200
        answer.json as Map
    }

    private String screen(String path, String lang) {
        def answer = calls.get(path, users.token(EnumSet.of(Role.operator)), [Cookie: "lang=$lang"])
        assert answer.status == 200
        answer.text
    }

    private void record(String device, String metric, double value, String text, String unit, Instant at = Instant.now()) {
        readings.record([new Reading(at, device, metric, '0', value, text, unit)])
    }
}
