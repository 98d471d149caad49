package vn.dcim.snmp.poll

import spock.lang.Specification

import static vn.dcim.snmp.poll.SnmpException.Failure.no_answer
import static vn.dcim.snmp.poll.SnmpException.Failure.port_unreachable
import static vn.dcim.snmp.poll.SnmpException.Failure.silent_agent

/**
 * A timeout told apart by what the network answers besides SNMP. The real network's answers are
 * proven in PollOnceFailureSpec (a wrong community, a dead port); here a network is played that
 * answers neither question, as a host that is down does, or that fails to ask them.
 */
class SilenceSpec extends Specification {

    def "port unreachable #unreachable, host reachable #reachable (v#version) -> #failure"() {
        given:
        def agent = new AgentAddress('127.0.0.1', 161, version, version == '3' ? null : 'public', version == '3' ? 'u' : null,
                null, null, null, null, 500, 0)
        Boolean portAnswer = unreachable
        boolean pingAnswer = reachable
        def network = [portUnreachable: { InetAddress host, int port, int waitMs ->
                           if (portAnswer == null) { throw new NoRouteToHostException('No route to host') }
                           portAnswer
                       },
                       reachable      : { InetAddress host, int waitMs -> pingAnswer }] as Silence.Network

        when:
        def e = Silence.explain(agent, network)

        then:
        e.failure() == failure
        e.message =~ message

        where:
        unreachable | reachable | version || failure          | message
        true        | true      | '2c'    || port_unreachable | /says no one listens on UDP port 161/
        false       | true      | '2c'    || silent_agent     | /host answers ping, so its agent ignores us: a wrong community \(SNMPv2c agents drop those/
        false       | true      | '1'     || silent_agent     | /SNMPv1 agents drop those/
        false       | true      | '3'     || silent_agent     | /its agent ignores us: a wrong privacy pass phrase/
        false       | false     | '2c'    || no_answer        | /nor to ping: host down or unreachable .*a wrong community looks the same from here/
        false       | false     | '3'     || no_answer        | /nor to ping: host down or unreachable/
        null        | true      | '2c'    || no_answer        | /host down or unreachable/
    }

    def "a failure that is not a plain timeout is passed on as it is"() {
        given:
        def refused = new SnmpException('SNMPv3 agent refused', SnmpException.Failure.v3_refused)

        expect:
        Silence.explain(AgentAddress.v2c('127.0.0.1', 161, 'x'), new java.util.concurrent.CompletionException(refused)).get().is(refused)
    }
}
