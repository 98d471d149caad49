package vn.dcim.snmp.poll

import spock.lang.Specification

/** The rate cap as the agent counts requests: when they really went out, not when they were planned to. */
class AgentPaceSpec extends Specification {

    static final long SECOND = 1_000_000_000L

    def agent = new AgentAddress('192.0.2.7', 161, '2c', 'public', null, null, null, null, null, 2000, 1)

    def "a second's worth goes at once, the next waits for the second to pass"() {
        given:
        def pace = new AgentPace(3)

        expect:
        (1..3).collect { pace.reserve(agent, 0) } == [0L, 0L, 0L]
        pace.reserve(agent, 100) == SECOND - 100
    }

    def "a held-back request that went out late moves its place: the requests after it keep the cap as the agent hears them"() {
        given: 'a cap of 3 a second, three requests at 0 and a fourth planned for 1 s'
        def pace = new AgentPace(3)
        3.times { pace.reserve(agent, 0) }
        long planned = pace.reserve(agent, 0)

        when: 'the fourth really goes at 1.4 s (a late thread), and three more are asked at 1.4 s'
        pace.sentLate(agent, planned, 1_400_000_000L)
        List<Long> waits = (1..3).collect { pace.reserve(agent, 1_400_000_000L) }

        then: 'two go at once (their second is over), the third waits until a second after the late one'
        planned == SECOND
        waits == [0L, 0L, SECOND]
    }
}
