package vn.dcim.snmp.poll

import org.snmp4j.smi.OID
import org.snmp4j.smi.VariableBinding
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Paths
import java.util.concurrent.CompletableFuture

/**
 * A profile is chosen by what the agent answers, not only by the sysObjectID of a device someone
 * recorded: an AVTECH-family monitor whose embedded agent says it is net-snmp on Linux is read by
 * the AVTECH profile because it answers that MIB's branches, and the standard HOST-RESOURCES-MIB
 * storage of any agent is read as a fallback.
 */
class DetectionSpec extends Specification {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([Paths.get(DetectionSpec.getResource('/recordings/linux-agent-roomalert.snmprec').toURI())])
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()
    @Shared ProfileCatalog catalog = ProfileCatalog.load()
    @Shared PollResult result

    def setupSpec() {
        result = new DevicePoller(client, catalog)
                .poll(new AgentAddress('127.0.0.1', sim.port, '2c', 'linux-agent-roomalert', null, null, null, null, null, 3000, 1), null).get()
    }

    def "an agent no vendor profile names is read by the profiles whose branches it answers"() {
        expect:
        result.sysObjectId() == '1.3.6.1.4.1.8072.3.2.10'
        result.profiles().containsAll(['avtech-roomalert', 'host-resources', 'system'])
        !result.profiles().contains('ups-mib')
    }

    def "#metric #instance = #expected #unit"() {
        when:
        def v = result.values().find { it.metric() == metric && it.instance() == instance }

        then:
        v != null
        v.value() == expected
        v.unit() == unit

        where:
        metric              | instance   || expected            | unit
        'env.temperature'   | 'internal' || 21.53d              | '°C'
        'env.humidity'      | 'internal' || 41.2d               | '%'
        'host.storage.size' | '31'       || 2000000d * 4096     | 'B'
        'host.storage.used' | '31'       || 500000d * 4096      | 'B'
        'host.memory.size'  | '1'        || 512000d * 1024      | 'B'
        'host.memory.used'  | '1'        || 256000d * 1024      | 'B'
    }

    def "removable media is no storage an operator plans with"() {
        expect:
        !result.values().any { it.metric().startsWith('host.') && it.instance() == '36' }
    }

    def "an unknown agent is asked the subtrees of an enterprise only when that enterprise's branch holds data"() {
        given: 'a client that notes every subtree asked with GETNEXT'
        List<String> asked = []
        def noting = new SnmpClient() {
            @Override
            CompletableFuture<List<VariableBinding>> next(AgentAddress agent, List<OID> oids, PollAllowance allowance) {
                asked.addAll(oids*.toDottedString())
                super.next(agent, oids, allowance)
            }
        }
        // the enterprises whose profiles the agent is recognised by from two subtrees or more
        Map<String, Set<String>> subtrees = catalog.all().collectMany { catalog.branches(it) + it.match().probes() }
                .groupBy { ProfileCatalog.enterprise(it) }.findAll { it.key && it.value.toSet().size() > 1 }
                .collectEntries { [(it.key): it.value.toSet()] }
        Set<String> served = ['1.3.6.1.4.1.8072', '1.3.6.1.4.1.20916'] as Set

        when:
        def again = new DevicePoller(noting, catalog)
                .poll(new AgentAddress('127.0.0.1', sim.port, '2c', 'linux-agent-roomalert', null, null, null, null, null, 3000, 1), null).get()

        then: 'the same profiles as when every subtree was asked'
        again.profiles() == result.profiles()

        and: 'an enterprise the agent does not serve costs one question at most: its branch, or its only subtree'
        subtrees.size() > 20
        subtrees.keySet().findAll { !(it in served) }.findAll { enterprise ->
            asked.count { it == enterprise || it.startsWith(enterprise + '.') } > 1
        } == [] as Set

        cleanup:
        noting.close()
    }

    def "a profile is chosen by its branches only where they mean the same on every device: #profile"() {
        expect:
        catalog.branches(catalog.named(profile).get()).isEmpty() == none

        where:
        profile                        || none
        'carel-pcoweb-rittal-chiller'  || true    // told by sysDescr: every pCOWeb answers its variables, meaning other things
        'carel-pcoweb-rittal-lcp'      || false   // its own subtree under its sysObjectID
        'mge-galaxy'                   || true    // overrides UPS-MIB on purpose: needs its identity
        'ups-mib'                      || true    // a standard MIB: its probe, no vendor's branch
        'avtech-roomalert'             || false
    }
}
