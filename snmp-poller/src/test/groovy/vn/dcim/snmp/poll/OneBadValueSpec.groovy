package vn.dcim.snmp.poll

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.decode.Refusal
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Paths

/**
 * A real agent (snmpsim) answering garbage beside good values: sysUpTime as text, "1e309", "NaN", an
 * OID where a current belongs, a disk's allocation unit as text, -1 V on an AC line, a Counter64 of 1.8e19 °C, 99999 % humidity. Each
 * is refused for that value alone, with its reason; every other value of the poll is read.
 */
class OneBadValueSpec extends Specification {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve([Paths.get(OneBadValueSpec.getResource('/recordings/garbage-agent.snmprec').toURI())])
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()
    @Shared PollResult result

    def setupSpec() {
        result = new DevicePoller(client, ProfileCatalog.load())
                .poll(new AgentAddress('127.0.0.1', sim.port, '2c', 'garbage-agent', null, null, null, null, null, 3000, 1), null).get()
    }

    def "the poll of a garbage agent completes, with the profiles its branches call for"() {
        expect:
        result.profiles().containsAll(['ups-mib', 'apc-powernet-env', 'host-resources', 'system'])
        result.uptimeTicks() == -1
        result.problems().any { it.contains('sysUpTime: wrong type') }
    }

    def "#what at #oid is stored as #expected"() {
        expect:
        value(oid) == expected

        where:
        what                                  | oid                                      || expected
        'battery status beside a bad voltage' | '1.3.6.1.2.1.33.1.2.1.0'                 || 2d
        'runtime'                             | '1.3.6.1.2.1.33.1.2.3.0'                 || 42d
        'charge'                              | '1.3.6.1.2.1.33.1.2.4.0'                 || 87d
        'line 2 frequency beside a "1e309"'   | '1.3.6.1.2.1.33.1.3.3.1.2.2'             || 50d
        'line 1 voltage beside a "NaN"'       | '1.3.6.1.2.1.33.1.3.3.1.3.1'             || 230d
        'line 2 current beside an OID'        | '1.3.6.1.2.1.33.1.3.3.1.4.2'             || 5.2d
        'output source'                       | '1.3.6.1.2.1.33.1.4.1.0'                 || 3d
        'output load beside "n/a"'            | '1.3.6.1.2.1.33.1.4.4.1.5.1'             || 55d
        'self-test result (UPS-MIB upsTest)'  | '1.3.6.1.2.1.33.1.7.3.0'                 || 3d
        'probe 1 temperature'                 | '1.3.6.1.4.1.318.1.1.10.2.3.2.1.4.1'     || 22d
        'probe 2 humidity'                    | '1.3.6.1.4.1.318.1.1.10.2.3.2.1.6.2'     || 45d
        'disk 2 beside a disk without a unit' | '1.3.6.1.2.1.25.2.3.1.5.2'               || 2000d * 4096
    }

    def "#what at #oid is refused as #reason and not stored"() {
        when:
        def refused = result.refused().find { it.oid() == oid }

        then:
        value(oid) == null
        refused != null
        refused.reason() == reason
        refused.detail() =~ detail

        where:
        what                          | oid                                  || reason               | detail
        'sysUpTime as text'           | '1.3.6.1.2.1.1.3.0'                  || Refusal.wrong_type   | /OCTET STRING "up since Tuesday"/
        '-1 V on an AC battery line'  | '1.3.6.1.2.1.33.1.2.5.0'             || Refusal.implausible  | /-1\.0 V \(plausible 0\.\.50000 V\)/
        'Counter64 1.8e19 °C'         | '1.3.6.1.2.1.33.1.2.7.0'             || Refusal.implausible  | /1\.8\d*E19 °C/
        '"1e309" Hz'                  | '1.3.6.1.2.1.33.1.3.3.1.2.1'         || Refusal.overflow     | /1e309/
        '"NaN" V'                     | '1.3.6.1.2.1.33.1.3.3.1.3.2'         || Refusal.not_finite   | /NaN/
        'an OID for a current'        | '1.3.6.1.2.1.33.1.3.3.1.4.1'         || Refusal.wrong_type   | /OBJECT IDENTIFIER/
        '"n/a" V'                     | '1.3.6.1.2.1.33.1.4.4.1.2.1'         || Refusal.not_a_number | /n\/a/
        '99999 % humidity'            | '1.3.6.1.4.1.318.1.1.10.2.3.2.1.6.1' || Refusal.implausible  | /99999\.0 % \(plausible 0\.\.100 %\)/
        'a disk whose unit is text'   | '1.3.6.1.2.1.25.2.3.1.5.1'           || Refusal.wrong_type   | /its scale 1\.3\.6\.1\.2\.1\.25\.2\.3\.1\.4\.1 is OCTET STRING/
    }

    Double value(String oid) {
        result.values().find { it.oid() == oid }?.value()
    }
}
