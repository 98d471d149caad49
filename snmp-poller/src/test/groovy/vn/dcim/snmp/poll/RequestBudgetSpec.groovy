package vn.dcim.snmp.poll

import org.snmp4j.smi.OID
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.core.testing.SharedData
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.testing.CountingRelay
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

/**
 * Every real device's recording, and each one cut in the middle of a table (so the agent's view ends
 * inside it, as the APC Smart-UPS card's does), is polled through a relay that counts what the agent is
 * asked: a poll stays within the request budget its profiles allow, no guard has to step in, and the
 * values read are those a plain poll reads. The cut recordings are written to a temporary directory here,
 * from ../shared (test data under its own licence, never copied into the tree).
 */
class RequestBudgetSpec extends Specification {
    static final int RETRIES = 1
    static final List<Guard> MISBEHAVIOURS = [Guard.not_increasing, Guard.repeated, Guard.too_many_rows, Guard.over_budget]

    @Shared ProfileCatalog catalog = ProfileCatalog.load()
    @Shared @AutoCleanup SnmpClient direct = new SnmpClient()
    @Shared @AutoCleanup SnmpClient relayed = new SnmpClient()
    @Shared List<Path> recordings = Files.list(SharedData.devices()).withCloseable { it.toList() }
            .findAll { it.toString().endsWith('.snmprec') }.sort()
    /**
     * One snmpsim for the recordings and their cuts: each "<name>-cut" is empty until the recording has been polled
     * (its cut depends on the tables its profiles walk), then rewritten before any request asks for it.
     */
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve(recordings.collectEntries { [(name(it)): it] }
            + recordings.collectEntries { [(name(it) + '-cut'): emptyRecording()] }, 0)
    /** The plain poll of each recording, made once: it decides the cut, then it is what the relayed polls must read. */
    @Shared Map<String, PollResult> plainPolls = [:]
    @Shared Map<String, Path> served = recordingsAndCuts()
    @Shared @AutoCleanup CountingRelay relay = new CountingRelay(sim.port)

    def "#community is polled within its request budget, with the values a plain poll reads"() {
        given:
        Map<Guard, Long> before = MISBEHAVIOURS.collectEntries { [(it): relayed.guards().count(it)] }
        def plain = plainPolls.computeIfAbsent(community) { plainPoll(it) }
        def poller = new DevicePoller(relayed, catalog)

        when: 'polled through the relay: first (the agent is identified), then again (it is known)'
        def first = pollCounted(poller, community)
        def again = pollCounted(poller, community)
        println "${community}: ${first.requests} requests of ${first.allowance.allowed()} allowed, then ${again.requests} of ${again.allowance.allowed()}"

        then: 'each poll asked within its budget (each request sent at most once more after a timeout)'
        first.requests > 0
        first.requests <= first.allowance.allowed() * (RETRIES + 1)
        again.requests <= again.allowance.allowed() * (RETRIES + 1)
        first.allowance.overBudget() == 0 && again.allowance.overBudget() == 0

        and: 'no walk had to be stopped'
        MISBEHAVIOURS.every { relayed.guards().count(it) == before[it] }

        and: 'the values are those of the plain poll'
        values(first.result) == values(plain)
        values(again.result) == values(plain)
        plain.values().size() > 0 || community.endsWith('-cut')

        and: 'a cut answers with its recording\'s identity: it was written into the running snmpsim, not left empty'
        !community.endsWith('-cut') || plain.sysObjectId() && plain.sysObjectId() == plainPolls[community - '-cut'].sysObjectId()

        where:
        community << served.keySet().sort()
    }

    def "a known agent gone silent is asked its scalars' GET and its retries a poll, not one request per table"() {
        given: 'an agent polled once, its identity and profiles known'
        def poller = new DevicePoller(relayed, catalog)
        poller.poll(agent(relay.port, 'apc_smart1500'), null).get(60, TimeUnit.SECONDS)

        when: 'it stops answering'
        relay.dropping = true
        relay.reset()
        poller.poll(agent(relay.port, 'apc_smart1500'), null).handle { r, e -> e }.get(60, TimeUnit.SECONDS)

        then: 'the 4 GET PDUs of its scalars, each sent again once; its 40-odd tables would have added as many requests again'
        relay.requests() == 4 * (RETRIES + 1)

        cleanup:
        relay.dropping = false
    }

    Map pollCounted(DevicePoller poller, String community) {
        relay.reset()
        def allowance = PollAllowance.bounded()
        def result = poller.poll(agent(relay.port, community), null, allowance).get(60, TimeUnit.SECONDS)
        [result: result, allowance: allowance, requests: relay.requests()]
    }

    static AgentAddress agent(int port, String community) {
        new AgentAddress('127.0.0.1', port, '2c', community, null, null, null, null, null, 3000, RETRIES)
    }

    static Map<String, List> values(PollResult r) {
        r.values().collectEntries { [(it.metric() + '|' + it.instance() + '|' + it.oid()): [it.value(), it.text()]] }
    }

    PollResult plainPoll(String community) {
        new DevicePoller(direct, catalog).poll(agent(sim.port, community), null).get(60, TimeUnit.SECONDS)
    }

    /**
     * Each recording of ../shared/devices under its name, and beside it "<name>-cut": the same recording up to
     * the middle row of the longest table the profiles chosen for it walk, and nothing after it.
     */
    Map<String, Path> recordingsAndCuts() {
        Map<String, List<OID>> walked = [:]
        recordings.each { Path rec ->
            String name = name(rec)
            def r = plainPolls.computeIfAbsent(name) { plainPoll(it) }
            walked[name] = r.profiles().collectMany { catalog.named(it).get().metrics().findAll { it.column() }*.oid() }
                    .unique().collect { new OID(it) }
        }
        Map<String, Path> out = [:]
        recordings.each { Path rec ->
            String name = name(rec)
            out[name] = rec
            List<String> lines = Files.readAllLines(rec)
            Map<OID, List<OID>> rows = [:]
            lines.each { line ->
                OID oid = oidOf(line)
                OID column = oid == null ? null : walked[name].find { oid.size() > it.size() && oid.startsWith(it) }
                if (column != null) {
                    rows.computeIfAbsent(column) { [] } << oid
                }
            }
            def longest = rows.values().findAll { it.size() > 1 }.max { it.size() }
            if (longest) {
                OID cut = longest.sort()[longest.size().intdiv(2) - 1]
                sim.rewrite(name + '-cut', lines.findAll { String line -> oidOf(line) != null && oidOf(line) <= cut })
                out[name + '-cut'] = sim.dataDir.resolve(name + '-cut.snmprec')
                println "${name}-cut: ends at ${cut}, row ${longest.size().intdiv(2)} of ${longest.size()}"
            }
        }
        out
    }

    static String name(Path recording) {
        recording.fileName.toString() - '.snmprec'
    }

    /** A recording with nothing in it, the placeholder of a cut not written yet. */
    static Path emptyRecording() {
        Path empty = Files.createTempFile('empty', '.snmprec')
        empty.toFile().deleteOnExit()
        empty
    }

    static OID oidOf(String line) {
        int bar = line.indexOf('|')
        bar > 0 && line.charAt(0).isDigit() ? new OID(line.substring(0, bar)) : null
    }
}
