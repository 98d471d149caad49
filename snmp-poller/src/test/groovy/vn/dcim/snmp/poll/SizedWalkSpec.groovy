package vn.dcim.snmp.poll

import org.snmp4j.PDU
import org.snmp4j.smi.Integer32
import org.snmp4j.smi.OID
import org.snmp4j.smi.VariableBinding
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.testing.HostileAgent

import java.util.concurrent.TimeUnit

/**
 * A table walked again is asked, in its first GETBULK, for the rows it had at its last walk and one more: the agent
 * looks up and answers no cells past the table's end, and a table that grew or shrank meanwhile is still read whole.
 */
class SizedWalkSpec extends Specification {
    static final OID IF_TABLE = new OID('1.3.6.1.2.1.2.2.1')
    static final List<OID> COLUMNS = [7, 8, 10, 14, 16].collect { new OID(IF_TABLE).append(it) }

    @Shared @AutoCleanup SnmpClient client = new SnmpClient(0, 2000)

    def "a table of #before rows, then of #after rows, is read whole each time; the second walk asks #asked rows first"() {
        given: 'an agent serving an interface table of 5 columns, as many rows as the spec says'
        int rows = before
        def agent = new HostileAgent(table { rows })
        def address = new AgentAddress('127.0.0.1', agent.port, '2c', 'public', null, null, null, null, null, 1000, 1)

        when:
        def first = walk(address)
        int firstRequests = agent.received.size()
        rows = after
        def second = walk(address)
        def again = agent.received.drop(firstRequests)*.v1

        then: 'every row read, each time, nothing stopped'
        first.rows().size() == before && first.stopped() == null
        second.rows().size() == after && second.stopped() == null
        first.rows().every { it.columns().every { c -> c != null } }
        second.rows().every { it.columns().every { c -> c != null } }

        and: 'the second walk first asked for the rows the first one found, and one more'
        again[0].maxRepetitions == asked
        again.size() == requests

        cleanup:
        agent?.close()

        where:
        before | after || asked | requests
        4      | 4     || 5     | 1
        0      | 0     || 1     | 1
        4      | 30    || 5     | 4
        30     | 2     || 12    | 1
    }

    def "the poll's budget allows the walk the one request more that a sized first page may cost"() {
        expect: 'GETBULK: 2,000 rows in pages of 12, one request that finds the end, one for the sized first page; GETNEXT: a row a request'
        client.walkRequests(new AgentAddress('127.0.0.1', 161, '2c', 'public', null, null, null, null, null, 1000, 1), 5) == 167 + 1 + 1
        client.walkRequests(new AgentAddress('127.0.0.1', 161, '1', 'public', null, null, null, null, null, 1000, 1), 5) == 2000 + 1
    }

    private WalkedTable walk(AgentAddress address) {
        def allowance = PollAllowance.bounded()
        allowance.allow(client.walkRequests(address, COLUMNS.size()))
        def walked = client.walk(address, COLUMNS, allowance).get(30, TimeUnit.SECONDS)
        assert allowance.overBudget() == 0
        walked
    }

    /** GETBULK over ifTable's columns 7, 8, 10, 14, 16 with {@code rows()} rows each; past the last column, ifXTable's start. */
    static HostileAgent.Behaviour table(Closure<Integer> rows) {
        { PDU r ->
            int n = rows()
            List<OID> cells = []
            COLUMNS.each { c -> (1..n).each { i -> if (n > 0) cells << new OID(c).append(i) } }
            cells << new OID('1.3.6.1.2.1.31.1.1.1.1.1')
            List<VariableBinding> out = []
            int repetitions = r.type == PDU.GETBULK ? Math.max(1, r.maxRepetitions) : 1
            List<OID> from = r.variableBindings*.oid
            repetitions.times {
                from = from.collect { OID f -> cells.find { it.compareTo(f) > 0 } ?: null }
                from.each { OID o -> out << (o == null ? new VariableBinding(new OID('1.3.6.1.2.1.31.1.1.1.1.1'), new Integer32(0)) : new VariableBinding(o, new Integer32(7))) }
                from = from.collect { it ?: new OID('1.3.6.1.2.1.31.1.1.1.1.1') }
            }
            out
        } as HostileAgent.Behaviour
    }
}
