package vn.dcim.snmp.poll

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.testing.Snmpd

/**
 * SNMPv3 authPriv against net-snmp's snmpd with SHA-2 authentication and AES-128/AES-256 privacy. Debian's
 * net-snmp 5.9.3 offers AES-256 (snmpget -x AES-256) with the Blumenthal key extension, the one SNMP4J's
 * PrivAES256 implements, so AES-256 is proven against the real agent, not an in-process one.
 */
class SnmpV3Spec extends Specification {
    @Shared @AutoCleanup Snmpd snmpd = Snmpd.serve('''
createUser sha256aes SHA-256 "auth-pass-123" AES "priv-pass-123"
createUser sha512aes SHA-512 "auth-pass-456" AES "priv-pass-456"
createUser sha256aes256 SHA-256 "auth-pass-789" AES-256 "priv-pass-789"
createUser sha512aes256 SHA-512 "auth-pass-abc" AES-256 "priv-pass-abc"
rouser sha256aes priv
rouser sha512aes priv
rouser sha256aes256 priv
rouser sha512aes256 priv
sysDescr DCIM spec agent
sysObjectID .1.3.6.1.4.1.8072.3.2.10
''')
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()

    def "authPriv with #auth/#priv reads the agent"() {
        given:
        def agent = new AgentAddress('127.0.0.1', snmpd.port, '3', null, user, auth, authPass, priv, privPass, 2000, 2)

        when:
        def r = new DevicePoller(client, ProfileCatalog.load()).poll(agent, null).get()

        then:
        r.sysDescr() == 'DCIM spec agent'
        r.profiles().contains('system')
        r.values().find { it.metric() == 'device.uptime' }.value() >= 0

        where:
        user        | auth     | authPass        | priv     | privPass
        'sha256aes' | 'SHA256' | 'auth-pass-123' | 'AES128' | 'priv-pass-123'
        'sha512aes' | 'SHA512' | 'auth-pass-456' | 'AES128' | 'priv-pass-456'
        'sha256aes256' | 'SHA256' | 'auth-pass-789' | 'AES256' | 'priv-pass-789'
        'sha512aes256' | 'SHA512' | 'auth-pass-abc' | 'AES256' | 'priv-pass-abc'
    }

    def "a wrong #which pass phrase is refused with a clear reason, not read as garbage nor left hanging"() {
        given:
        def agent = new AgentAddress('127.0.0.1', snmpd.port, '3', null, user, auth, authPass, priv, privPass, 1000, 0)
        def fresh = new SnmpClient()

        when:
        new DevicePoller(fresh, ProfileCatalog.load()).poll(agent, null).get()

        then:
        def e = thrown(java.util.concurrent.ExecutionException)
        e.cause.message =~ reason

        cleanup:
        fresh.close()

        where:
        which                         | user           | auth     | authPass         | priv     | privPass         || reason
        'privacy (AES-256)'           | 'sha256aes256' | 'SHA256' | 'auth-pass-789'  | 'AES256' | 'wrong-priv-000' || /(?i)timeout|decrypt|priv|wrong/
        'authentication'              | 'sha256aes'    | 'SHA256' | 'wrong-pass-000' | 'AES128' | 'priv-pass-123'  || /(?i)timeout|auth|digest|wrong/
    }
}
