package vn.dcim.snmp.sim

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.poll.AgentAddress
import vn.dcim.snmp.poll.DevicePoller
import vn.dcim.snmp.poll.SnmpClient
import vn.dcim.snmp.profile.ProfileCatalog

import java.nio.file.Files
import java.util.concurrent.TimeUnit

/**
 * The demo devices publish what the dashboard shows, through their real profiles: the transfer switch
 * selects the generator it started during the grid outage and reports the generator's state (so the
 * shipped generator rules fire), the PDUs report the rack's power, the UPS goes on battery.
 */
class DemoAgentsSpec extends Specification {
    /** Outage every 1000 s for 300 s, generator running 15 s into it. */
    @Shared GridScenario grid = new GridScenario(1000, 300, 15)
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()
    @Shared DevicePoller poller = new DevicePoller(client, ProfileCatalog.load())
    @Shared int port = 21000 + new Random().nextInt(2000) * 2

    def "#device at #when: #metric reads #expected"() {
        given:
        def sim = DemoAgents.load(device)
        def objects = (sim.objects as List).collect { SimulatedObject.from(it as Map) }
        def agent = new SimulatedAgent('127.0.0.1', ++port, sim.sysDescr as String, sim.sysObjectId as String, objects, grid,
                { -> t as long } as java.util.function.LongSupplier, Files.createTempDirectory('demo-agent').toFile())
        agent.start()

        when:
        def result = poller.poll(AgentAddress.v2c('127.0.0.1', port, 'public'), null).get(10, TimeUnit.SECONDS)
        def value = result.values().find { it.metric() == metric }

        then:
        (value?.text() ?: value?.value()) == expected

        cleanup:
        agent?.stop()

        where:
        device | when                      | t    | metric               || expected
        'ats'  | 'grid up'                 | 10   | 'ats.selected'       || 'source1'
        'ats'  | 'grid up'                 | 10   | 'gen.state'          || 'ready'
        'ats'  | 'generator cranking'      | 1003 | 'ats.selected'       || 'none'
        'ats'  | 'generator cranking'      | 1003 | 'gen.state'          || 'starting'
        'ats'  | 'generator warming up'    | 1008 | 'gen.state'          || 'idle'
        'ats'  | 'outage, generator runs'  | 1100 | 'ats.selected'       || 'source2'
        'ats'  | 'outage, generator runs'  | 1100 | 'gen.state'          || 'running'
        'ats'  | 'outage, generator runs'  | 1100 | 'ats.source1.voltage' || 0d
        'ats'  | 'outage, generator runs'  | 1100 | 'ats.source2.voltage' || 400d
        'ups'  | 'grid up'                 | 10   | 'ups.output.source'  || 'normal'
        'ups'  | 'outage, no source yet'   | 1005 | 'ups.output.source'  || 'battery'
        'ups'  | 'outage, on generator'    | 1100 | 'ups.output.source'  || 'normal'
    }

    def "a demo PDU reports its rack cord's power, and a value held at the agent is what the poller reads"() {
        given:
        def sim = DemoAgents.load('pdu')
        def objects = (sim.objects as List).collect { SimulatedObject.from(it as Map) }
        def agent = new SimulatedAgent('127.0.0.1', ++port, sim.sysDescr as String, sim.sysObjectId as String, objects, grid,
                { -> 10L } as java.util.function.LongSupplier, Files.createTempDirectory('demo-agent').toFile())
        agent.start()
        def poll = { poller.poll(AgentAddress.v2c('127.0.0.1', port, 'public'), null).get(10, TimeUnit.SECONDS).values().find { it.metric() == 'pdu.power' } }

        expect:
        with(poll()) { unit() == 'W' && value() > 1000 && value() < 2000 }

        when:
        agent.hold('1.3.6.1.4.1.318.1.1.26.4.3.1.5.1', 222)

        then:
        poll().value() == 2220d

        cleanup:
        agent?.stop()
    }
}
