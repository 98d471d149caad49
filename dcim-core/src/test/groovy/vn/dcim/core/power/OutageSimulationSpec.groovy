package vn.dcim.core.power

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant

/** "What loses power if this fails?" on the demo site's power chain and on today's readings. */
@MicronautTest(transactional = false)
class OutageSimulationSpec extends MariaDbSpec {
    @Inject PowerChains chains
    @Inject ReadingSink readings

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }

    def setup() {
        // today: UPS-01 reports 42 min of runtime, UPS-02 none; the generator stands ready
        record('ups-1', 'ups.battery.runtime', 42, null, 'min')
        record('ats-1', 'gen.state', 3, 'ready', null)
    }

    def "if #failed fails: #expected"() {
        when:
        def impacts = chains.ifFails(id(failed)).collectEntries { [(it.node().name()): it.effect().name() + (it.batteryMinutes() == null ? '' : " ${it.batteryMinutes() as int}")] }

        then:
        impacts == expected

        where:
        failed                     || expected
        'Lưới điện 1 (EVN lộ 471)' || ['Lưới điện 1 (EVN lộ 471)': 'failed', 'ATS-01': 'loses_redundancy']
        'UPS-01'                   || ['UPS-01': 'failed', 'PDU A01-A': 'loses_power', 'PDU A02-A': 'loses_power',
                                       'Tủ A01': 'loses_redundancy', 'Tủ A02': 'loses_redundancy']
        'ATS-01'                   || ['ATS-01': 'failed', 'UPS-01': 'on_battery 42', 'PDU A01-A': 'on_battery 42',
                                       'PDU A02-A': 'on_battery 42', 'UPS-02': 'loses_redundancy',
                                       'Tủ A01': 'loses_redundancy', 'Tủ A02': 'loses_redundancy']
        'PDU A01-B'                || ['PDU A01-B': 'failed', 'Tủ A01': 'loses_redundancy']
    }

    def "a generator in fault today is no source: the grid feed's failure then puts UPS-01 on battery"() {
        given:
        record('ats-1', 'gen.state', 9, 'fault', null)

        when:
        def impacts = chains.ifFails(id('Lưới điện 1 (EVN lộ 471)')).collectEntries { [(it.node().name()): it.effect().name()] }

        then:
        impacts['ATS-01'] == 'loses_power'
        impacts['UPS-01'] == 'on_battery'
        impacts['UPS-02'] == 'loses_redundancy'
    }

    def "a UPS that reports no runtime is on battery for a time nobody can tell"() {
        given: 'the chain without grid 2, the bypass of UPS-02 (which reports no runtime)'
        def chain = chains.of('demo')
        def feed2 = id('Lưới điện 2 (EVN lộ 473)')
        def withoutBypass = new PowerChain('demo', chain.nodes(), chain.links().findAll { it.upstreamId() != feed2 })

        when:
        def impacts = new OutageSimulation(withoutBypass, facts(withoutBypass)).ifFails(id('ATS-01'))

        then:
        with(impacts.find { it.node().name() == 'UPS-02' }) {
            effect() == PowerImpact.Effect.on_battery
            batteryMinutes() == null
        }
    }

    private PowerFacts facts(PowerChain chain) {
        new LivePowerFacts(chain, new PowerReadings(latest))
    }

    @Inject vn.dcim.core.telemetry.LatestReadings latest

    private long id(String name) {
        chains.of('demo').nodes().find { it.name() == name }.id()
    }

    private void record(String device, String metric, double value, String text, String unit) {
        readings.record([new Reading(Instant.now(), device, metric, '0', value, text, unit)])
    }
}
