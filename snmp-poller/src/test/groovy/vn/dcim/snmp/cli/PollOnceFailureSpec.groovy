package vn.dcim.snmp.cli

import picocli.CommandLine
import vn.dcim.core.testing.Printed
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.testing.Snmpd
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Paths

/**
 * poll-once against agents that cannot be read: one clear line on stderr, never a stack trace, and an
 * exit code per cause, so a script (and an operator) knows whether to fix the name, the network, the
 * community or the SNMPv3 credentials. Real agents: snmpsim for v2c, net-snmp's snmpd for v3. A host
 * that answers nothing at all cannot be had on every network (a sandbox's firewall rejects every
 * address), so SilenceSpec plays that network.
 */
class PollOnceFailureSpec extends Specification {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([Paths.get(PollOnceFailureSpec.getResource('/recordings/garbage-agent.snmprec').toURI())])
    @Shared @AutoCleanup Snmpd snmpd = Snmpd.serve('''
createUser reader SHA-256 "auth-pass-123" AES "priv-pass-123"
createUser authonly SHA-256 "auth-pass-456"
rouser reader priv
rouser authonly auth
sysDescr DCIM failure spec agent
''')
    @Shared int deadPort = new DatagramSocket(0, InetAddress.loopbackAddress).withCloseable { it.localPort }

    def "#situation: exit #code with one line naming the cause"() {
        when:
        def run = pollOnce(args.call(this))

        then:
        run.code == code
        run.err.readLines().findAll { it.trim() }.size() == 1
        run.err =~ message
        !(run.err =~ /Exception|\tat /)

        where:
        situation                                   | args                                                                          || code | message
        'a good agent with garbage values'          | { ['--port', sim.port, '--community', 'garbage-agent', '--timeout', 10_000, '--retries', 2] } || 0    | /9 value\(s\) refused/
        'a host name that does not resolve'         | { ['--host', 'no-such-agent.invalid'] }                                      || 4    | /cannot resolve host name 'no-such-agent\.invalid'/
        'a wrong community'                         | { ['--port', sim.port, '--community', 'wrong-community'] }                  || 6    | /host answers ping, so its agent ignores us: a wrong community/
        'no agent on the port'                      | { ['--port', deadPort] }                                                     || 7    | /says no one listens on UDP port \d+ \(ICMP port unreachable\)/
        'SNMPv3: unknown user'                      | { v3('nobody', 'SHA256', 'auth-pass-123', 'AES128', 'priv-pass-123') }       || 8    | /refused user 'nobody': unknown user \(usmStatsUnknownUserNames\)/
        'SNMPv3: wrong auth pass phrase'            | { v3('reader', 'SHA256', 'wrong-pass-000', 'AES128', 'priv-pass-123') }      || 8    | /wrong authentication \(usmStatsWrongDigests\)/
        'SNMPv3: wrong auth protocol'               | { v3('reader', 'SHA512', 'auth-pass-123', 'AES128', 'priv-pass-123') }       || 8    | /wrong authentication \(usmStatsWrongDigests\)/
        'SNMPv3: wrong privacy pass phrase (no report)' | { v3('reader', 'SHA256', 'auth-pass-123', 'AES128', 'wrong-priv-000') } || 6 | /host answers ping, so its agent ignores us: a wrong privacy pass phrase/
        'SNMPv3: privacy for an auth-only user'     | { v3('authonly', 'SHA256', 'auth-pass-456', 'AES128', 'priv-pass-456') }     || 8    | /usmStatsUnsupportedSecLevels/
    }

    List<Object> v3(String user, String auth, String authPass, String priv, String privPass) {
        ['--port', snmpd.port, '--v3-user', user, '--v3-auth-proto', auth, '--v3-auth-pass', authPass, '--v3-priv-proto', priv, '--v3-priv-pass', privPass]
    }

    Map pollOnce(List<Object> args) {
        def given = args.collect { String.valueOf(it) }
        // a row may give its own host or timeout; the others get these. A row that expects answers waits long: on
        // a loaded machine snmpsim (Python) answered the garbage agent's tables after more than a second, and the
        // values never read were not refused either (no spec depends on the machine's speed)
        def all = [host: '127.0.0.1', timeout: '1000', retries: '0'].findAll { !given.contains('--' + it.key) }
                .collectMany { ['--' + it.key, it.value] } + given
        def printed = Printed.by { new CommandLine(new PollOnceCommand()).execute(all as String[]) }
        [code: printed.code, err: printed.err, out: printed.out]
    }
}
