package vn.dcim.snmp.poll

import spock.lang.Specification
import spock.lang.TempDir
import vn.dcim.snmp.testing.PolledWalks

import java.nio.file.Files
import java.nio.file.Path

/**
 * An application on a generic controller is told by its sysDescr: a Carel pCOWeb answers the same numbered
 * variables whether its pCO runs a chiller, a CRAC or an LCP, each application with its own meanings and scales.
 * An agent that gives no sysDescr (a walk of the tables alone, a view that leaves the system group out) still gets
 * the application whose every object it answers, or every object of each group it serves (a walk of the analog
 * variables alone), and not one of which it answers only some of a group.
 * The walks are written from KELVIN-pCOWeb-Chiller-MIB (analogObjects 9839.2.1.2, integerObjects 9839.2.1.3: flow
 * 73, current 74, condensation pressures 77/78, pump speeds 90/91, capacities 100-102, one decimal) with the
 * variables the Rittal IT Chiller application adds (103 power, 133/138 hydraulic pressures, 136/137/140
 * temperatures, integer 120).
 */
class ApplicationEvidenceSpec extends Specification {
    static final String ANALOG = '1.3.6.1.4.1.9839.2.1.2'
    static final String INTEGER = '1.3.6.1.4.1.9839.2.1.3'
    static final String CHILLER = 'carel-pcoweb-rittal-chiller'

    @TempDir Path walks

    def "#agent: the chiller application chosen #chosen"() {
        given: 'a walk of the pCOWeb variables, with or without a system group'
        List<String> lines = []
        if (sysDescr) {
            lines << "1.3.6.1.2.1.1.1.0|4|${sysDescr}".toString()
        }
        analog.each { n, v -> lines << "${ANALOG}.${n}.0|2|${v}".toString() }
        integer.each { n, v -> lines << "${INTEGER}.${n}.0|2|${v}".toString() }
        String community = agent.replaceAll('[^a-z0-9]+', '-')
        Path walk = walks.resolve(community + '.snmprec')
        Files.write(walk, lines.sort { a, b -> compareOids(a.takeWhile { it != '|' }, b.takeWhile { it != '|' }) })

        when:
        PollResult r = PolledWalks.pollOnce(walk)

        then:
        r.profiles().contains(CHILLER) == chosen
        // the total cooling capacity (kW with one decimal) in W as the chiller application means it; else a generic variable
        r.values().find { it.oid() == ANALOG + '.102.0' }?.value() == capacity

        where:
        agent                                     | sysDescr          | analog                                  | integer   || chosen | capacity
        'chiller cooling by compressor, no sysDescr' | null           | chiller(339, 0, 70, 37, 16)             | [120: 48] || true   | 33900
        'chiller in free cooling, no sysDescr'    | null              | chiller(185, 185, 0, 31, 12)            | [120: 0]  || true   | 18500
        'chiller walked without its integer group' | null             | chiller(339, 0, 70, 37, 16)             | [:]       || true   | 33900
        'chiller that names itself'               | 'Rittal IT Chiller' | chiller(339, 0, 70, 37, 16)           | [120: 48] || true   | 33900
        'pCOWeb answering some of them only'      | null              | [73: 1413, 74: 10, 100: 339, 102: 339]  | [:]       || false  | 33.9
        'pCOWeb running another application'      | 'pCOWeb CRAC'     | chiller(339, 0, 70, 37, 16)             | [120: 48] || false  | 33.9
    }

    /** The analog variables of a Rittal IT Chiller: capacities in 0.1 kW, pressures in 0.1 bar, the rest fixed. */
    static Map<Integer, Integer> chiller(int total, int free, int condensation, int discharge, int suction) {
        [73: 1413, 74: 10, 77: condensation, 78: 0, 90: 1000, 91: 0, 100: free, 101: total - free, 102: total, 103: 7,
         133: discharge, 136: 180, 137: 179, 138: suction, 140: 36]
    }

    private static int compareOids(String a, String b) {
        List<Integer> x = a.tokenize('.')*.toInteger(), y = b.tokenize('.')*.toInteger()
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            if (x[i] != y[i]) {
                return x[i] <=> y[i]
            }
        }
        x.size() <=> y.size()
    }
}
