package vn.dcim.snmp.conformance

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.poll.AgentAddress
import vn.dcim.snmp.poll.DevicePoller
import vn.dcim.snmp.poll.SnmpClient
import vn.dcim.snmp.profile.ProfileCatalog
import vn.dcim.snmp.testing.Snmpsim

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

/**
 * Profiles cover a MIB family, not only the devices we have recordings of: synthetic recordings made
 * from the MIBs (src/test/resources/recordings, our own data) hold what other models of the family
 * answer (more phases, banks, outlets, probes, scales) and the values the MIB marks as "not available".
 */
class MibFamilyCoverageSpec extends Specification {
    @Shared @AutoCleanup Snmpsim sim = Snmpsim.serve(recordings())
    @Shared @AutoCleanup SnmpClient client = new SnmpClient()
    @Shared DevicePoller poller = new DevicePoller(client, ProfileCatalog.load())
    @Shared Map<String, Map<String, Double>> polled = [:]

    def "#recording: #what is read at #oid as #expected"() {
        when:
        def got = readings(recording)[oid]

        then:
        expected == null ? got == null : got != null && Math.abs(got - expected) <= Math.max(0.01d, Math.abs(expected) * 0.005d)

        where:
        recording              | what                                            | oid                                           || expected
        'ups-mib-3phase'       | 'input voltage of phase 3'                      | '1.3.6.1.2.1.33.1.3.3.1.3.3'                  || 233
        'ups-mib-3phase'       | 'input current of phase 2 (0.1 A)'              | '1.3.6.1.2.1.33.1.3.3.1.4.2'                  || 11.8
        'ups-mib-3phase'       | 'no input current where the card says 65535'    | '1.3.6.1.2.1.33.1.3.3.1.4.3'                  || null
        'ups-mib-3phase'       | 'output current of phase 3'                     | '1.3.6.1.2.1.33.1.4.4.1.3.3'                  || 11.0
        'ups-mib-3phase'       | 'output load of phase 2'                        | '1.3.6.1.2.1.33.1.4.4.1.5.2'                  || 33
        'ups-mib-3phase'       | 'bypass voltage of phase 3'                     | '1.3.6.1.2.1.33.1.5.3.1.2.3'                  || 231
        'apc-ups-3phase'       | 'mains input voltage, phase 2'                  | '1.3.6.1.4.1.318.1.1.1.9.2.3.1.3.1.1.2'       || 231
        'apc-ups-3phase'       | 'mains input current, phase 1 (0.1 A)'          | '1.3.6.1.4.1.318.1.1.1.9.2.3.1.6.1.1.1'       || 41.2
        'apc-ups-3phase'       | 'no input current where the UPS says -1'        | '1.3.6.1.4.1.318.1.1.1.9.2.3.1.6.1.1.3'       || null
        'apc-ups-3phase'       | 'bypass input voltage, phase 1'                 | '1.3.6.1.4.1.318.1.1.1.9.2.3.1.3.2.1.1'       || 232
        'apc-ups-3phase'       | 'mains input frequency (0.1 Hz)'                | '1.3.6.1.4.1.318.1.1.1.9.2.2.1.4.1'           || 50.0
        'apc-ups-3phase'       | 'no bypass frequency where the UPS says -1'     | '1.3.6.1.4.1.318.1.1.1.9.2.2.1.4.2'           || null
        'apc-ups-3phase'       | 'output frequency (0.1 Hz)'                     | '1.3.6.1.4.1.318.1.1.1.9.3.2.1.4.1'           || 49.9
        'apc-ups-3phase'       | 'output current, phase 3 (0.1 A)'               | '1.3.6.1.4.1.318.1.1.1.9.3.3.1.4.1.1.3'       || 33.0
        'apc-ups-3phase'       | 'output load, phase 2 (%)'                      | '1.3.6.1.4.1.318.1.1.1.9.3.3.1.10.1.1.2'      || 34
        'apc-ups-3phase'       | 'output power, phase 3 (W)'                     | '1.3.6.1.4.1.318.1.1.1.9.3.3.1.13.1.1.3'      || 7400
        'apc-ups-3phase'       | 'battery temperature (0.1 °C)'                  | '1.3.6.1.4.1.318.1.1.1.2.3.2.0'               || 25.1
        'apc-rpdu2-banks'      | 'phase 3 current (0.1 A)'                       | '1.3.6.1.4.1.318.1.1.26.6.3.1.5.3'            || 15.1
        'apc-rpdu2-banks'      | 'phase 3 power (10 W)'                          | '1.3.6.1.4.1.318.1.1.26.6.3.1.7.3'            || 3400
        'apc-rpdu2-banks'      | 'no phase apparent power where the PDU says -1' | '1.3.6.1.4.1.318.1.1.26.6.3.1.8.1'            || null
        'apc-rpdu2-banks'      | 'bank 2 current (0.1 A)'                        | '1.3.6.1.4.1.318.1.1.26.8.3.1.5.2'            || 14.2
        'apc-rpdu2-banks'      | 'bank 2 load state nearOverload'                | '1.3.6.1.4.1.318.1.1.26.8.3.1.4.2'            || 3
        'apc-rpdu2-banks'      | 'outlet 3 current (0.1 A)'                      | '1.3.6.1.4.1.318.1.1.26.9.4.3.1.6.3'          || 3.1
        'apc-rpdu2-banks'      | 'outlet 3 power (W)'                            | '1.3.6.1.4.1.318.1.1.26.9.4.3.1.7.3'          || 70
        'apc-rpdu2-banks'      | 'outlet 1 energy (0.1 kWh)'                     | '1.3.6.1.4.1.318.1.1.26.9.4.3.1.11.1'         || 103.2
        'apc-rpdu2-banks'      | 'device apparent power (0.01 kVA)'              | '1.3.6.1.4.1.318.1.1.26.4.3.1.16.1'           || 3710
        'apc-rpdu2-banks'      | 'device power factor (0.01)'                    | '1.3.6.1.4.1.318.1.1.26.4.3.1.17.1'           || 0.95
        'apc-rpdu2-banks'      | 'installed probe temperature (0.1 °C)'          | '1.3.6.1.4.1.318.1.1.26.10.2.2.1.8.1'         || 24.3
        'apc-rpdu2-banks'      | 'installed probe humidity'                      | '1.3.6.1.4.1.318.1.1.26.10.2.2.1.10.1'        || 41
        'apc-rpdu2-banks'      | 'nothing from a probe that is not installed'    | '1.3.6.1.4.1.318.1.1.26.10.2.2.1.8.2'         || null
        'entity-sensor-scaled' | 'celsius, units, 1 decimal'                     | '1.3.6.1.2.1.99.1.1.1.4.1001'                 || 41.5
        'entity-sensor-scaled' | 'voltsDC, milli, no decimals'                   | '1.3.6.1.2.1.99.1.1.1.4.1002'                 || 12.01
        'entity-sensor-scaled' | 'amperes, units, 2 decimals'                    | '1.3.6.1.2.1.99.1.1.1.4.1003'                 || 12.34
        'entity-sensor-scaled' | 'watts, kilo, 1 decimal'                        | '1.3.6.1.2.1.99.1.1.1.4.1004'                 || 3600
        'entity-sensor-scaled' | 'voltsAC, micro, negative'                      | '1.3.6.1.2.1.99.1.1.1.4.1005'                 || -2.5
    }

    Map<String, Double> readings(String recording) {
        polled.computeIfAbsent(recording) {
            def r = poller.poll(new AgentAddress('127.0.0.1', sim.port, '2c', recording, null, null, null, null, null, 3000, 1), null).get()
            r.values().collectEntries { [(it.oid()): it.value()] }
        }
    }

    static List<Path> recordings() {
        Path dir = Paths.get(MibFamilyCoverageSpec.getResource('/recordings').toURI())
        Files.list(dir).findAll { it.toString().endsWith('.snmprec') }.sort()
    }
}
