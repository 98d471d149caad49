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
 * A walk of an agent that misbehaves ends, having asked a bounded number of questions, and the
 * misbehaviour is counted: an agent played over UDP answers what no well-behaved agent answers.
 */
class WalkGuardsSpec extends Specification {
    static final OID COLUMN = new OID('1.3.6.1.4.1.99999.1.1.2')
    static final int RETRIES = 1

    @Shared @AutoCleanup SnmpClient client = new SnmpClient(0, 200)

    def "a walk of an agent that #misbehaves ends after a bounded number of requests, counted as #guard"() {
        given:
        def agent = new HostileAgent(behaviour)
        def address = new AgentAddress('127.0.0.1', agent.port, '2c', 'public', null, null, null, null, null, 200, RETRIES)
        def allowance = PollAllowance.bounded()
        allowance.allow(client.walkRequests(address, 1))
        long before = guard ? client.guards().count(guard) : 0

        when:
        def walked = client.walk(address, [COLUMN], allowance).handle { t, e -> t ?: e }.get(30, TimeUnit.SECONDS)

        then: 'it ended, within what its budget allows (each request sent at most once more after a timeout)'
        agent.received.size() <= allowance.allowed() * (RETRIES + 1)
        agent.received.size() == requests
        allowance.overBudget() == 0

        and: 'the rows read until then are kept, and the stop is told'
        (walked instanceof WalkedTable ? walked.rows().size() : -1) == rows
        !guard || walked.stopped().contains(said)

        and:
        !guard || client.guards().count(guard) == before + 1

        cleanup:
        agent?.close()

        where:
        misbehaves                                       | behaviour                                  || guard                | requests | rows | said
        'answers the same OID forever'                   | { PDU r -> [vb("${COLUMN}.1")] }           || Guard.repeated       | 2        | 1    | 'repeats'
        'answers an OID before the one asked'            | backwards()                                || Guard.not_increasing | 2        | 1    | 'does not come after'
        'answers the OID it was asked'                   | { PDU r -> [vb(r.get(0).oid.toString())] } || Guard.not_increasing | 1        | 0    | 'does not come after'
        'answers an OID outside the column, before it'   | { PDU r -> [vb('1.3.6.1.2.1.1.1.0')] }     || Guard.not_increasing | 1        | 0    | 'does not come after'
        'never ends its table'                           | endless()                                  || Guard.too_many_rows  | 11       | 200  | 'rows'
        'never ends its table, one row an answer'        | oneAtATime()                               || Guard.too_many_rows  | 11       | 11   | 'requests'
        'answers an OID outside the column, after it'    | { PDU r -> [vb('1.3.6.1.4.1.99999.1.1.3.1')] } || null          | 1        | 0    | null
        'never answers'                                  | { PDU r -> null }                          || null                 | 2        | -1   | null
    }

    def "an agent that answers with an error status ends the walk at its first answer"() {
        given:
        def agent = new HostileAgent(PDU.genErr, { PDU r -> [vb("${COLUMN}.1")] } as HostileAgent.Behaviour)
        def address = new AgentAddress('127.0.0.1', agent.port, '2c', 'public', null, null, null, null, null, 200, RETRIES)

        when:
        client.walk(address, [COLUMN], PollAllowance.bounded().tap { allow(10) }).get(30, TimeUnit.SECONDS)

        then:
        def e = thrown(java.util.concurrent.ExecutionException)
        e.cause instanceof SnmpException
        agent.received.size() == 1

        cleanup:
        agent?.close()
    }

    def "a poll's budget stops a walk that its own cap would let go on, and says so"() {
        given: 'an agent whose table never ends, and a poll allowed 3 requests'
        def agent = new HostileAgent(endless())
        def address = new AgentAddress('127.0.0.1', agent.port, '2c', 'public', null, null, null, null, null, 200, RETRIES)
        def allowance = PollAllowance.bounded().tap { allow(3) }
        long before = client.guards().count(Guard.over_budget)

        when:
        def walked = client.walk(address, [COLUMN], allowance).get(30, TimeUnit.SECONDS)

        then:
        agent.received.size() == 3
        walked.rows().size() == 60
        walked.stopped().contains('budget')
        client.guards().count(Guard.over_budget) == before + 1
        allowance.overBudget() == 1

        cleanup:
        agent?.close()
    }

    def "a cancelled poll sends nothing more"() {
        given: 'an agent whose table never ends, one slow row an answer, and a client whose caps would let the walk go on for minutes'
        def patient = new SnmpClient(0, 100_000)
        def agent = new HostileAgent({ PDU r -> sleep(50); oneAtATime().answer(r) } as HostileAgent.Behaviour)
        def address = new AgentAddress('127.0.0.1', agent.port, '2c', 'public', null, null, null, null, null, 2000, RETRIES)
        def allowance = PollAllowance.bounded().tap { allow(100_000) }

        when:
        def walk = patient.walk(address, [COLUMN], allowance)
        sleep(300)
        allowance.cancel()
        def walked = walk.get(10, TimeUnit.SECONDS)
        int atEnd = agent.received.size()
        sleep(500)

        then: 'the walk ends with what it read, and the agent hears nothing more'
        walked.stopped().contains('disabled')
        walked.rows().size() == atEnd
        agent.received.size() == atEnd
        atEnd < 20

        cleanup:
        patient?.close()
        agent?.close()
    }

    def "the rate cap spaces an agent's requests: a second's worth at once, then the rate"() {
        given: 'a client capped at 10 requests a second, and an agent whose table never ends'
        def paced = new SnmpClient(10, 2000)
        def agent = new HostileAgent(oneAtATime())
        def address = new AgentAddress('127.0.0.1', agent.port, '2c', 'public', null, null, null, null, null, 2000, RETRIES)
        def allowance = PollAllowance.bounded().tap { allow(25) }

        when:
        paced.walk(address, [COLUMN], allowance).get(30, TimeUnit.SECONDS)
        List<Long> at = agent.received*.v2

        then: '25 requests: 10 at once, 10 a second later, 5 a second after that'
        at.size() == 25
        TimeUnit.NANOSECONDS.toMillis(at.last() - at.first()) >= 1900
        // no second holds more than 10 (as the agent hears them: 50 ms less, for the way through the loopback)
        (0..<at.size()).every { i -> at.findAll { it >= at[i] && it < at[i] + 950_000_000L }.size() <= 10 }
        paced.guards().count(Guard.rate_capped) >= 2 // at least the first of the second and of the third second waited
        paced.guards().count(Guard.over_budget) == 1

        cleanup:
        paced?.close()
        agent?.close()
    }

    def "two clients of one process (the poller and the set-up screen's test) share an agent's cap"() {
        given: 'two clients capped at 10 requests a second, each walking the same agent for 10 requests at the same time'
        def poller = new SnmpClient(10, 2000)
        def tester = new SnmpClient(10, 2000)
        def agent = new HostileAgent(oneAtATime())
        def address = new AgentAddress('127.0.0.1', agent.port, '2c', 'public', null, null, null, null, null, 2000, RETRIES)

        when:
        def walks = [poller, tester].collect { it.walk(address, [COLUMN], PollAllowance.bounded().tap { allow(10) }) }
        walks*.get(30, TimeUnit.SECONDS)
        List<Long> at = agent.received*.v2.sort()

        then: 'the agent heard 20 requests, no more than 10 in any second'
        at.size() == 20
        TimeUnit.NANOSECONDS.toMillis(at.last() - at.first()) >= 900
        (0..<at.size()).every { i -> at.findAll { it >= at[i] && it < at[i] + 950_000_000L }.size() <= 10 }

        cleanup:
        poller?.close()
        tester?.close()
        agent?.close()
    }

    /** Answers each request with the OID asked plus one more arc, inside the column, without end. */
    static HostileAgent.Behaviour endless() {
        { PDU r ->
            int repetitions = r.type == PDU.GETBULK ? Math.max(1, r.maxRepetitions) : 1
            OID from = r.get(0).oid
            List<VariableBinding> out = []
            repetitions.times {
                from = from.size() <= COLUMN.size() ? new OID(from).append(1) : nextSibling(from)
                out << vb(from.toString())
            }
            out
        } as HostileAgent.Behaviour
    }

    /** As {@link #endless}, one row an answer (an agent that cuts every GETBULK short). */
    static HostileAgent.Behaviour oneAtATime() {
        { PDU r -> endless().answer(r).take(1) } as HostileAgent.Behaviour
    }

    static OID nextSibling(OID oid) {
        def next = new OID(oid)
        next.set(next.size() - 1, next.get(next.size() - 1) + 1)
        next
    }

    /** The first answer is row 5; every later one row 2, before the row asked from. */
    static HostileAgent.Behaviour backwards() {
        { PDU r -> [vb(r.get(0).oid == COLUMN ? "${COLUMN}.5" : "${COLUMN}.2")] } as HostileAgent.Behaviour
    }

    static VariableBinding vb(String oid) {
        new VariableBinding(new OID(oid), new Integer32(7))
    }
}
