package vn.dcim.core.cabling

import vn.dcim.core.power.OutageSimulation
import vn.dcim.core.power.PowerChain
import vn.dcim.core.power.PowerFacts
import vn.dcim.core.power.PowerLink
import vn.dcim.core.power.PowerNode
import vn.dcim.core.power.PowerNodeKind
import spock.lang.Specification

/**
 * What one failure does to one server, on chains written as "upstream>downstream" links (grid and
 * gen are sources, names say the kind), with the UPS runtimes today's readings would give, and the
 * PDUs the server's supplies are plugged into.
 */
class SupplyVerdictSpec extends Specification {

    def "#chain, supplies on #supplies, runtimes #runtimes: if #failed fails the server is #outcome #minutes"() {
        given:
        def c = chainOf(chain)
        def facts = new Runtimes(runtimes)

        when:
        def impacts = new OutageSimulation(c, facts).ifFails(id(c, failed))
        def verdict = SupplyVerdict.of(supplies.split(',').collect { id(c, it) }, impacts)

        then:
        verdict.outcome() == outcome
        verdict.batteryMinutes() == minutes

        where:
        chain                                                     | runtimes             | supplies    | failed || outcome                                | minutes
        'grid>ups1, ups1>pduA, ups1>pduB'                         | [ups1: 42]           | 'pduA,pduB' | 'grid' || PowerConnections.Outcome.on_battery   | 42
        'grid>ups1, ups1>pduA, ups1>pduB'                         | [ups1: 42]           | 'pduA,pduB' | 'ups1' || PowerConnections.Outcome.dark         | null
        'grid>ups1, ups1>pduA'                                    | [:]                  | 'pduA'      | 'grid' || PowerConnections.Outcome.on_battery   | null
        'grid>ats, ats>ups1, ats>ups2, ups1>pduA, ups2>pduB'      | [ups1: 42, ups2: 15] | 'pduA,pduB' | 'ats'  || PowerConnections.Outcome.on_battery   | 42
        'grid>ats, ats>ups1, ats>ups2, ups1>pduA, ups2>pduB'      | [ups1: 42, ups2: 15] | 'pduA,pduB' | 'ups2' || PowerConnections.Outcome.one_feed     | null
        'grid>ups1, grid2>pduB, ups1>pduA'                        | [ups1: 10]           | 'pduA,pduB' | 'grid' || PowerConnections.Outcome.one_feed     | null
        'grid>ups1, grid2>pduB, ups1>pduA'                        | [ups1: 10]           | 'pduA,pduB' | 'grid2'|| PowerConnections.Outcome.one_feed     | null
        'grid>ups1, grid>ups2, ups1>pduA, ups2>pduB'              | [:]                  | 'pduA,pduB' | 'grid' || PowerConnections.Outcome.on_battery   | null
        'grid>ups1, grid>ups2, ups1>pduA, ups2>pduB'              | [:]                  | 'pduA,pduA' | 'ups2' || PowerConnections.Outcome.unaffected   | null
        'grid>ups1, grid>ups2, ups1>pduA, ups2>pduB'              | [:]                  | 'pduA,pduA' | 'pduA' || PowerConnections.Outcome.dark         | null
        'grid>ats, gen>ats, ats>ups1, ups1>pduA'                  | [ups1: 30]           | 'pduA'      | 'grid' || PowerConnections.Outcome.unaffected   | null
        'grid>ats, gen>ats, ats>ups1, ups1>pduA'                  | [ups1: 30]           | 'pduA'      | 'ats'  || PowerConnections.Outcome.on_battery   | 30
        'grid>ups1, ups1>ups2, ups2>pduA'                         | [ups1: 20, ups2: 5]  | 'pduA'      | 'ups1' || PowerConnections.Outcome.on_battery   | 5
    }

    def "the verdict names which supplies are lost, held by a battery and kept"() {
        given: 'PSU1 on pduA behind ups1, PSU2 on pduB straight from the grid, PSU3 on pduC behind ups2'
        def c = chainOf('grid>ups1, grid>pduB, grid2>ups2, ups1>pduA, ups2>pduC')
        def facts = new Runtimes([:])

        when: 'the grid fails'
        def verdict = SupplyVerdict.of(['pduA', 'pduB', 'pduC'].collect { id(c, it) },
                new OutageSimulation(c, facts).ifFails(id(c, 'grid')))

        then:
        verdict.lost() == [1]
        verdict.battery() == [0]
        verdict.kept() == [2]
        verdict.outcome() == PowerConnections.Outcome.one_feed
    }

    def "a supply on a PDU that is not on the chain is kept, whatever fails on the chain"() {
        given:
        def c = chainOf('grid>ups1, ups1>pduA')

        when:
        def verdict = SupplyVerdict.of([id(c, 'pduA'), null], new OutageSimulation(c, new Runtimes([:])).ifFails(id(c, 'ups1')))

        then:
        verdict.outcome() == PowerConnections.Outcome.one_feed
        verdict.lost() == [0]
        verdict.kept() == [1]
    }

    /** Every source can run; each UPS reports the runtime given by its name (none when absent). */
    static class Runtimes implements PowerFacts {
        final Map<String, Number> minutes

        Runtimes(Map<String, Number> minutes) { this.minutes = minutes }

        boolean available(PowerNode source) { true }

        Double runtimeMinutes(PowerNode ups) { minutes[ups.name()] as Double }
    }

    private static PowerChain chainOf(String text) {
        Map<String, PowerNode> nodes = [:]
        List<PowerLink> links = []
        text.split(',')*.trim().each { String pair ->
            def (up, down) = pair.split('>') as List<String>
            [up, down].each { String name -> nodes.computeIfAbsent(name) { new PowerNode(nodes.size() + 1L, 's', kindOf(name), name, null, null, null) } }
            links << new PowerLink(links.size() + 1L, nodes[up].id(), nodes[down].id(), null)
        }
        new PowerChain('s', nodes.values() as List, links)
    }

    private static PowerNodeKind kindOf(String name) {
        name.startsWith('grid') ? PowerNodeKind.feed : name.startsWith('gen') ? PowerNodeKind.generator
                : PowerNodeKind.valueOf(name.replaceAll(/[0-9A-Z]+$/, ''))
    }

    private static Long id(PowerChain c, String name) {
        c.nodes().find { it.name() == name }.id()
    }
}
