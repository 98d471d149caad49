package vn.dcim.snmp.sim

import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.testing.MutableClock

import java.time.Duration
import java.time.Instant

/**
 * The demo's devices tell one story through a grid outage, as the shipped simulation files answer it (noise
 * off): the UPSes are on battery only while nothing feeds the transfer switch, the generator goes through
 * its states in order and carries the load only at rated frequency, the battery recharges at the charger's
 * pace, and loads and temperatures move without jumps. Time runs on a clock the spec moves.
 */
class DemoOutagePhysicsSpec extends Specification {
    static final String UPS_SOURCE = '1.3.6.1.2.1.33.1.4.1.0'
    static final String UPS_CHARGE = '1.3.6.1.2.1.33.1.2.4.0'
    static final String UPS_RUNTIME = '1.3.6.1.2.1.33.1.2.3.0'
    static final String UPS_SECONDS_ON_BATTERY = '1.3.6.1.2.1.33.1.2.2.0'
    static final String UPS_INPUT_VOLTS = '1.3.6.1.2.1.33.1.3.3.1.3.1'
    static final String ATS_SELECTED = '1.3.6.1.4.1.318.1.1.17.3.1.1.0'
    static final String ATS_SOURCE2_VOLTS = '1.3.6.1.4.1.318.1.1.17.4.2.7.1.2.1'
    static final String ATS_POWER = '1.3.6.1.4.1.318.1.1.17.4.3.2.0'
    static final String GEN_STATE = '1.3.6.1.4.1.318.1.1.18.1.2.2.0'
    static final String GEN_HZ = '1.3.6.1.4.1.41809.1.55.1.9.0'
    static final String GEN_VOLTS = '1.3.6.1.4.1.41809.1.55.1.10.0'
    static final String ROOM_TEMP = '1.3.6.1.4.1.3854.1.2.2.1.16.1.14.0'
    static final String INLET_TEMP = '1.3.6.1.4.1.318.1.1.13.3.2.2.2.7.0'
    /** xATS codes the profile turns into words. */
    static final Map<Integer, String> SELECTED = [1: 'none', 2: 'grid', 3: 'generator']
    static final Map<Integer, String> GEN = [3: 'ready', 4: 'starting', 5: 'idle', 6: 'running']
    static final Map<Integer, String> UPS = [3: 'mains', 5: 'battery']

    /** The demo's defaults: the grid fails every 20 minutes for 3, the generator takes the load after 15 s. */
    @Shared GridScenario grid = new GridScenario(1200, 180, 15)
    @Shared Map<String, SimulatedObject> site = ['ups', 'generator', 'ats', 'cooling', 'environment'].collectEntries { device ->
        (DemoAgents.load(device).objects as List).collect { SimulatedObject.from(it as Map) }.collectEntries { [(it.oid()): it] }
    }
    @Shared Instant started = Instant.parse('2026-11-27T00:00:00Z')
    MutableClock clock = new MutableClock(started)

    long read(String oid) {
        Math.round(site[oid].at(Duration.between(started, clock.instant()).seconds, grid, 0))
    }

    def "#seconds s into the demo (#when): switch on #selected, generator #generator, UPS on #ups"() {
        when:
        clock.advance(Duration.ofSeconds(seconds))

        then:
        SELECTED[read(ATS_SELECTED) as int] == selected
        GEN[read(GEN_STATE) as int] == generator
        UPS[read(UPS_SOURCE) as int] == ups
        (read(GEN_HZ) / 10) >= hzAtLeast
        (read(UPS_INPUT_VOLTS) > 200) == (ups == 'mains')
        read(UPS_CHARGE) == charge

        where:
        seconds | when                           || selected    | generator  | ups       | hzAtLeast | charge
        600     | 'grid up'                      || 'grid'      | 'ready'    | 'mains'   | 0         | 100
        1200    | 'grid lost'                    || 'none'      | 'ready'    | 'battery' | 0         | 100
        1203    | 'generator cranking'           || 'none'      | 'starting' | 'battery' | 0         | 99
        1210    | 'generator warming up'         || 'none'      | 'idle'     | 'battery' | 45        | 98
        1215    | 'generator takes the load'     || 'generator' | 'running'  | 'mains'   | 45        | 97
        1275    | 'a minute on generator'        || 'generator' | 'running'  | 'mains'   | 45        | 99
        1379    | 'last second of the outage'    || 'generator' | 'running'  | 'mains'   | 45        | 100
        1380    | 'grid back, generator cooling' || 'grid'      | 'idle'     | 'mains'   | 45        | 100
        1440    | 'generator stopped'            || 'grid'      | 'ready'    | 'mains'   | 0         | 100
        2400    | 'second outage'                || 'none'      | 'ready'    | 'battery' | 0         | 100
    }

    def "#seconds s into the demo the UPS's runtime estimate is what its charge lasts at the rate it drains: #runtime min"() {
        when:
        clock.advance(Duration.ofSeconds(seconds))

        then: 'the charge falls 12 % a minute on battery: a full one lasts 100 / 12 = 8.3 min'
        read(UPS_CHARGE) == charge
        read(UPS_RUNTIME) == runtime

        where: 'on battery from 1200 s for the 15 s the generator takes, then recharging 2 % a minute'
        seconds || charge | runtime
        600     || 100    | 8
        1215    || 97     | 8
        1380    || 100    | 8
    }

    def "second by second through two outages the devices agree with each other and with physics"() {
        given:
        List<Map<String, Long>> seen = []

        when:
        (0..2 * 1200 + 300).each {
            seen << [selected: read(ATS_SELECTED), gen: read(GEN_STATE), hz: read(GEN_HZ), genVolts: read(GEN_VOLTS),
                     source2: read(ATS_SOURCE2_VOLTS), ups: read(UPS_SOURCE), upsVolts: read(UPS_INPUT_VOLTS),
                     charge: read(UPS_CHARGE), runtime: read(UPS_RUNTIME), onBattery: read(UPS_SECONDS_ON_BATTERY),
                     power: read(ATS_POWER), room: read(ROOM_TEMP), inlet: read(INLET_TEMP)]
            clock.advance(Duration.ofSeconds(1))
        }

        then: 'the UPSes are on battery exactly while neither the grid nor a running generator feeds the switch'
        seen.every { s -> (UPS[s.ups as int] == 'battery') == (SELECTED[s.selected as int] == 'none') }
        seen.every { s -> UPS[s.ups as int] == 'battery' ? s.upsVolts == 0 : s.upsVolts > 200 }
        seen.every { s -> UPS[s.ups as int] == 'battery' || s.onBattery == 0 }

        and: 'the generator carries the load only running at 45 Hz or more with its voltage up'
        seen.every { s -> GEN[s.gen as int] != 'running' || (s.hz >= 450 && s.genVolts >= 220) }
        seen.every { s -> SELECTED[s.selected as int] != 'generator' || GEN[s.gen as int] == 'running' }
        seen.every { s -> SELECTED[s.selected as int] != 'generator' || s.source2 >= 3800 }

        and: 'its states come in their real order, once per outage'
        seen.collect { GEN[it.gen as int] }.inject([]) { runs, state -> runs && runs.last() == state ? runs : runs + [state] } ==
                ['ready'] + ['starting', 'idle', 'running', 'idle', 'ready'] * 2

        and: 'the battery drains only on battery and recharges a few percent a minute, never jumping to full'
        (60..<seen.size()).every { i ->
            long minuteAgo = seen[i - 60].charge
            seen[i].charge - minuteAgo <= 3
        }
        (1..<seen.size()).every { i -> seen[i].charge - seen[i - 1].charge <= 1 }
        (1..<seen.size()).every { i ->
            UPS[seen[i].ups as int] == 'battery' || seen[i].charge >= seen[i - 1].charge
        }
        (1..<seen.size()).every { i -> seen[i].runtime - seen[i - 1].runtime <= 1 }

        and: 'the facility load and temperatures move without jumps while something feeds the switch'
        (1..<seen.size()).every { i ->
            SELECTED[seen[i].selected as int] == 'none' || SELECTED[seen[i - 1].selected as int] == 'none' ||
                    Math.abs(seen[i].power - seen[i - 1].power) <= 1
        }
        (1..<seen.size()).every { i -> Math.abs(seen[i].room - seen[i - 1].room) <= 1 && Math.abs(seen[i].inlet - seen[i - 1].inlet) <= 1 }
    }
}
