package vn.dcim.snmp.conformance

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.testing.PolledWalks

import java.nio.file.Path

/**
 * Profiles of vendors whose MIBs are not in ../shared/mibs, written by hand from the vendor's published MIB text or
 * manual. Nothing recorded from such devices is at hand, so each is proven by walks written from the documented
 * objects (src/test/resources/recordings/vendor-docs, our own values), one per model layout or firmware the
 * documentation shows: which profiles the agent gets, and each reading's value, unit and metric name.
 */
class VendorDocumentedProfilesSpec extends Specification {
    @Shared @AutoCleanup PolledWalks walks = PolledWalks.serve(recordings())

    def "#recording gets #wanted and not #unwanted"() {
        when:
        def chosen = walks.poll(recording).profiles()

        then:
        chosen.containsAll(wanted)
        !chosen.any { it in unwanted }

        where:
        recording                  | wanted                                     || unwanted
        'tripplite-ups-1phase'     | ['tripplite-ups', 'tripplite-envirosense'] || ['tripplite-pdu']
        'tripplite-ups-3phase-cut' | ['tripplite-ups']                          || ['tripplite-pdu', 'tripplite-envirosense']
        'tripplite-pdu-3phase'     | ['tripplite-pdu']                          || ['tripplite-ups', 'tripplite-envirosense']
        'tripplite-ats-source-b-lost' | ['tripplite-ats']                       || ['tripplite-ups', 'tripplite-pdu']
        'tripplite-envirosense-poweralert12' | ['tripplite-envirosense', 'ups-mib'] || ['tripplite-ups']
        'dse-8610-on-load'         | ['dse-8610']                               || ['tripplite-ups', 'himoinsa-genset']
        'dse-8610-stopped-cut'     | ['dse-8610']                               || []
    }

    def "#recording: #what is read at #oid as #value #unit (#metric)"() {
        when:
        def got = walks.poll(recording).values().findAll { it.oid() == oid }

        then: 'one reading, of the documented scale, unit and name'
        got.size() == 1
        Math.abs(got[0].value() - value) <= Math.max(0.001d, Math.abs(value) * 0.0005d)
        got[0].unit() == unit
        got[0].metric() == metric

        where:
        recording                  | what                                        | oid                                          || value     | unit  | metric
        // Tripp Lite (TRIPPLITE-PRODUCTS): a single-phase PowerAlert 20 UPS on battery, with an EnviroSense2 as device 2
        'tripplite-ups-1phase'     | 'battery status normal'                     | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.1.1'        || 2         | null  | 'ups.battery.status'
        'tripplite-ups-1phase'     | 'seconds on battery, read in minutes'       | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.2.1'        || 185 / 60d | 'min' | 'ups.battery.time_on_battery'
        'tripplite-ups-1phase'     | 'minutes remaining'                         | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.3.1'        || 41        | 'min' | 'ups.battery.runtime'
        'tripplite-ups-1phase'     | 'charge remaining'                          | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.4.1'        || 92        | '%'   | 'ups.battery.charge'
        'tripplite-ups-1phase'     | 'battery voltage (0.1 V DC)'                | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.1.1'        || 25.8      | 'V'   | 'ups.battery.voltage'
        'tripplite-ups-1phase'     | 'battery current discharging (0.01 A)'      | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.2.1'        || -2.15     | 'A'   | 'ups.battery.current'
        'tripplite-ups-1phase'     | 'charger ok'                                | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.5.1'        || 0         | null  | 'ups.battery.charger.state'
        'tripplite-ups-1phase'     | 'main load on'                              | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.1.1'          || 2         | null  | 'ups.output.state'
        'tripplite-ups-1phase'     | 'self-test passed'                          | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.6.1'          || 1         | null  | 'ups.test.result'
        'tripplite-ups-1phase'     | 'UPS temperature (0.1 °C)'                  | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.7.1'          || 23.1      | '°C'  | 'ups.temperature'
        'tripplite-ups-1phase'     | 'output active power total'                 | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.12.1'         || 412       | 'W'   | 'ups.output.power_total'
        'tripplite-ups-1phase'     | 'no general fault'                          | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.14.1'         || 2         | null  | 'ups.fault.state'
        'tripplite-ups-1phase'     | 'input lost: 0 V'                           | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.3.1.1'      || 0         | 'V'   | 'ups.input.voltage'
        'tripplite-ups-1phase'     | 'output source battery'                     | '1.3.6.1.4.1.850.1.1.3.1.3.3.1.1.1.1'        || 5         | null  | 'ups.output.source'
        'tripplite-ups-1phase'     | 'output frequency (0.1 Hz)'                 | '1.3.6.1.4.1.850.1.1.3.1.3.3.1.1.3.1'        || 50.0      | 'Hz'  | 'ups.output.frequency'
        'tripplite-ups-1phase'     | 'total utilisation (0.01 %)'                | '1.3.6.1.4.1.850.1.1.3.1.3.3.1.1.6.1'        || 27.5      | '%'   | 'ups.output.load_total'
        'tripplite-ups-1phase'     | 'output line voltage (0.1 V)'               | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.2.1.1'      || 230.1     | 'V'   | 'ups.output.voltage'
        'tripplite-ups-1phase'     | 'output line current (0.01 A)'              | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.3.1.1'      || 2.15      | 'A'   | 'ups.output.current'
        'tripplite-ups-1phase'     | 'output line active power'                  | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.4.1.1'      || 412       | 'W'   | 'ups.output.power'
        'tripplite-ups-1phase'     | 'output line utilisation'                   | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.5.1.1'      || 28        | '%'   | 'ups.output.load'
        'tripplite-ups-1phase'     | 'output line 0.01 kVA, read in VA'          | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.10.1.1'     || 490       | 'VA'  | 'ups.output.apparent_power'
        'tripplite-ups-1phase'     | 'output line Wh, read in kWh'               | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.13.1.1'     || 123.456   | 'kWh' | 'ups.output.energy'
        'tripplite-ups-1phase'     | 'EnviroSense2 temperature (0.1 °C)'         | '1.3.6.1.4.1.850.1.1.3.3.3.1.1.1.2'          || 21.5      | '°C'  | 'env.temperature'
        'tripplite-ups-1phase'     | 'EnviroSense2 humidity'                     | '1.3.6.1.4.1.850.1.1.3.3.3.2.1.1.2'          || 48        | '%'   | 'env.humidity'
        'tripplite-ups-1phase'     | 'EnviroSense2 contact 1 closed'             | '1.3.6.1.4.1.850.1.1.3.3.3.3.1.4.2.1'        || 1         | null  | 'env.contact.state'
        'tripplite-ups-1phase'     | 'EnviroSense2 contact 2 open'               | '1.3.6.1.4.1.850.1.1.3.3.3.3.1.4.2.2'        || 0         | null  | 'env.contact.state'
        'tripplite-ups-1phase'     | 'battery discharging'                       | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.4.1'        || 3         | null  | 'ups.battery.charge.state'
        'tripplite-ups-1phase'     | 'battery pack 1 weak'                       | '1.3.6.1.4.1.850.1.1.3.1.3.1.5.1.1.1.1'      || 2         | null  | 'ups.battery.condition.state'
        'tripplite-ups-1phase'     | 'UPS outlet 2 off'                          | '1.3.6.1.4.1.850.1.1.3.1.3.5.1.1.4.1.2'      || 1         | null  | 'ups.outlet.state'
        // Tripp Lite: a three-phase UPS on bypass after a failed battery test, its walk cut to the vendor branch
        'tripplite-ups-3phase-cut' | 'battery low'                               | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.1.1'        || 3         | null  | 'ups.battery.status'
        'tripplite-ups-3phase-cut' | 'battery voltage (0.1 V DC)'                | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.1.1'        || 210.4     | 'V'   | 'ups.battery.voltage'
        'tripplite-ups-3phase-cut' | 'self-test badBattery'                      | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.6.1'          || 7         | null  | 'ups.test.result'
        'tripplite-ups-3phase-cut' | 'general fault'                             | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.14.1'         || 1         | null  | 'ups.fault.state'
        'tripplite-ups-3phase-cut' | 'input phase 2 frequency (0.1 Hz)'          | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.2.1.2'      || 50.0      | 'Hz'  | 'ups.input.frequency'
        'tripplite-ups-3phase-cut' | 'input phase 3 voltage (0.1 V)'             | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.3.1.3'      || 231.0     | 'V'   | 'ups.input.voltage'
        'tripplite-ups-3phase-cut' | 'input phase 2 current (0.01 A)'            | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.6.1.2'      || 11.87     | 'A'   | 'ups.input.current'
        'tripplite-ups-3phase-cut' | 'input phase 3 power'                       | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.7.1.3'      || 2996      | 'W'   | 'ups.input.power'
        'tripplite-ups-3phase-cut' | 'output source bypass'                      | '1.3.6.1.4.1.850.1.1.3.1.3.3.1.1.1.1'        || 4         | null  | 'ups.output.source'
        'tripplite-ups-3phase-cut' | 'output line 3 current (0.01 A)'            | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.3.1.3'      || 11.03     | 'A'   | 'ups.output.current'
        'tripplite-ups-3phase-cut' | 'output line 2 voltage (0.1 V)'             | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.2.1.2'      || 230.5     | 'V'   | 'ups.output.voltage'
        'tripplite-ups-3phase-cut' | 'bypass frequency (0.1 Hz)'                 | '1.3.6.1.4.1.850.1.1.3.1.3.4.1.1.1.1'        || 50.0      | 'Hz'  | 'ups.bypass.frequency'
        'tripplite-ups-3phase-cut' | 'bypass line voltage (0.1 V)'               | '1.3.6.1.4.1.850.1.1.3.1.3.4.2.1.2.1.1'      || 230.2     | 'V'   | 'ups.bypass.voltage'
        'tripplite-ups-3phase-cut' | 'bypass line current (0.1 A, not 0.01)'     | '1.3.6.1.4.1.850.1.1.3.1.3.4.2.1.3.1.1'      || 12.5      | 'A'   | 'ups.bypass.current'
        'tripplite-ups-3phase-cut' | 'bypass line power'                         | '1.3.6.1.4.1.850.1.1.3.1.3.4.2.1.4.1.1'      || 2790      | 'W'   | 'ups.bypass.power'
        // Tripp Lite: a three-phase switched PDU with outlets and circuits
        'tripplite-pdu-3phase'     | 'PDU temperature (whole °C)'                | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.6.1'          || 27        | '°C'  | 'pdu.temperature'
        'tripplite-pdu-3phase'     | 'phase imbalance'                           | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.8.1'          || 12        | '%'   | 'pdu.phase.imbalance'
        'tripplite-pdu-3phase'     | 'active power total'                        | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.9.1'          || 3456      | 'W'   | 'pdu.power'
        'tripplite-pdu-3phase'     | 'no general fault'                          | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.12.1'         || 2         | null  | 'pdu.fault.state'
        'tripplite-pdu-3phase'     | 'total utilisation'                         | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.13.1'         || 35        | '%'   | 'pdu.load'
        'tripplite-pdu-3phase'     | 'apparent power total'                      | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.14.1'         || 3600      | 'VA'  | 'pdu.apparent_power'
        'tripplite-pdu-3phase'     | 'current total (0.01 A)'                    | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.16.1'         || 15.67     | 'A'   | 'pdu.current'
        'tripplite-pdu-3phase'     | 'energy total, Wh read in kWh'              | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.17.1'         || 987.654   | 'kWh' | 'pdu.energy'
        'tripplite-pdu-3phase'     | 'input phase 1 frequency (0.1 Hz)'          | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.3.1.1'      || 50.0      | 'Hz'  | 'pdu.phase.frequency'
        'tripplite-pdu-3phase'     | 'input phase 3 voltage (0.1 V)'             | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.4.1.3'      || 231.0     | 'V'   | 'pdu.phase.voltage'
        'tripplite-pdu-3phase'     | 'input phase 2 current (0.01 A)'            | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.7.1.2'      || 4.98      | 'A'   | 'pdu.phase.current'
        'tripplite-pdu-3phase'     | 'input phase 3 power'                       | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.8.1.3'      || 1176      | 'W'   | 'pdu.phase.power'
        'tripplite-pdu-3phase'     | 'input phase 1 voltage THD (0.01 %)'        | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.9.1.1'      || 2.15      | '%'   | 'pdu.phase.voltage_thd'
        'tripplite-pdu-3phase'     | 'output 2 voltage (0.1 V)'                  | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.4.1.2'      || 229.8     | 'V'   | 'pdu.output.voltage'
        'tripplite-pdu-3phase'     | 'output 3 current (0.01 A)'                 | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.5.1.3'      || 5.57      | 'A'   | 'pdu.output.current'
        'tripplite-pdu-3phase'     | 'output 1 power'                            | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.8.1.1'      || 1150      | 'W'   | 'pdu.output.power'
        'tripplite-pdu-3phase'     | 'output 2 power factor (0.01)'              | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.9.1.2'      || 0.97      | null  | 'pdu.output.power_factor'
        'tripplite-pdu-3phase'     | 'output 3 apparent power'                   | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.15.1.3'     || 1226      | 'VA'  | 'pdu.output.apparent_power'
        'tripplite-pdu-3phase'     | 'output 3 utilisation (0.01 %)'             | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.17.1.3'     || 34.2      | '%'   | 'pdu.output.load'
        'tripplite-pdu-3phase'     | 'output 1 Wh, read in kWh'                  | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.18.1.1'     || 321       | 'kWh' | 'pdu.output.energy'
        'tripplite-pdu-3phase'     | 'outlet 2 off'                              | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.4.1.2'      || 1         | null  | 'pdu.outlet.state'
        'tripplite-pdu-3phase'     | 'outlet 1 voltage (0.1 V)'                  | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.7.1.1'      || 230.1     | 'V'   | 'pdu.outlet.voltage'
        'tripplite-pdu-3phase'     | 'outlet 3 current (0.01 A)'                 | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.8.1.3'      || 22.1      | 'A'   | 'pdu.outlet.current'
        'tripplite-pdu-3phase'     | 'outlet 1 power'                            | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.9.1.1'      || 320       | 'W'   | 'pdu.outlet.power'
        'tripplite-pdu-3phase'     | 'outlet 3 power factor (0.01)'              | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.19.1.3'     || 0.98      | null  | 'pdu.outlet.power_factor'
        'tripplite-pdu-3phase'     | 'outlet 1 apparent power'                   | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.20.1.1'     || 336       | 'VA'  | 'pdu.outlet.apparent_power'
        'tripplite-pdu-3phase'     | 'outlet 3 utilisation (0.01 %)'             | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.23.1.3'     || 138.1     | '%'   | 'pdu.outlet.load'
        'tripplite-pdu-3phase'     | 'outlet 3 over current'                     | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.25.1.3'     || 1         | null  | 'pdu.outlet.overcurrent.state'
        'tripplite-pdu-3phase'     | 'circuit 1 voltage (0.1 V)'                 | '1.3.6.1.4.1.850.1.1.3.2.3.4.1.1.3.1.1'      || 230.0     | 'V'   | 'pdu.circuit.voltage'
        'tripplite-pdu-3phase'     | 'circuit 2 current (0.01 A)'                | '1.3.6.1.4.1.850.1.1.3.2.3.4.1.1.4.1.2'      || 9.87      | 'A'   | 'pdu.circuit.current'
        'tripplite-pdu-3phase'     | 'circuit 1 power'                           | '1.3.6.1.4.1.850.1.1.3.2.3.4.1.1.8.1.1'      || 2200      | 'W'   | 'pdu.circuit.power'
        'tripplite-pdu-3phase'     | 'circuit 2 utilisation (0.01 %)'            | '1.3.6.1.4.1.850.1.1.3.2.3.4.1.1.10.1.2'     || 49.35     | '%'   | 'pdu.circuit.load'
        'tripplite-pdu-3phase'     | 'main load on'                              | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.1.1'          || 2         | null  | 'pdu.output.state'
        'tripplite-pdu-3phase'     | 'output 3 frequency (0.1 Hz)'               | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.11.1.3'     || 49.9      | 'Hz'  | 'pdu.output.frequency'
        // Tripp Lite: an ATS whose source B is lost, the load on source A
        'tripplite-ats-source-b-lost' | 'main load on'                           | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.1.1'          || 2         | null  | 'ats.output.state'
        'tripplite-ats-source-b-lost' | 'ATS temperature (whole °C)'             | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.6.1'          || 31        | '°C'  | 'ats.temperature'
        'tripplite-ats-source-b-lost' | 'output active power total'              | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.9.1'          || 2950      | 'W'   | 'ats.output.power_total'
        'tripplite-ats-source-b-lost' | 'no general fault'                       | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.12.1'         || 2         | null  | 'ats.fault.state'
        'tripplite-ats-source-b-lost' | 'only source A available'                | '1.3.6.1.4.1.850.1.1.3.4.3.1.1.1.12.1'       || 1         | null  | 'ats.redundancy.state'
        'tripplite-ats-source-b-lost' | 'source A in use'                        | '1.3.6.1.4.1.850.1.1.3.4.3.1.1.1.13.1'       || 0         | null  | 'ats.selected_source.state'
        'tripplite-ats-source-b-lost' | 'source A phase 1 frequency (0.1 Hz)'    | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.4.1.1.1'    || 50.0      | 'Hz'  | 'ats.input.frequency'
        'tripplite-ats-source-b-lost' | 'source A phase 1 voltage (0.1 V)'       | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.5.1.1.1'    || 230.1     | 'V'   | 'ats.input.voltage'
        'tripplite-ats-source-b-lost' | 'source B phase 1 voltage lost'          | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.5.1.2.1'    || 0         | 'V'   | 'ats.input.voltage'
        'tripplite-ats-source-b-lost' | 'source A phase 1 current (0.01 A)'      | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.8.1.1.1'    || 13.0      | 'A'   | 'ats.input.current'
        'tripplite-ats-source-b-lost' | 'source A phase 1 power'                 | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.9.1.1.1'    || 2950      | 'W'   | 'ats.input.power'
        'tripplite-ats-source-b-lost' | 'output voltage (0.1 V)'                 | '1.3.6.1.4.1.850.1.1.3.4.3.2.1.1.4.1.1'      || 229.8     | 'V'   | 'ats.output.voltage'
        'tripplite-ats-source-b-lost' | 'output current (0.01 A)'                | '1.3.6.1.4.1.850.1.1.3.4.3.2.1.1.5.1.1'      || 13.0      | 'A'   | 'ats.output.current'
        'tripplite-ats-source-b-lost' | 'output power'                           | '1.3.6.1.4.1.850.1.1.3.4.3.2.1.1.8.1.1'      || 2950      | 'W'   | 'ats.output.power'
        'tripplite-ats-source-b-lost' | 'output frequency (0.1 Hz)'              | '1.3.6.1.4.1.850.1.1.3.4.3.2.1.1.11.1.1'     || 50.0      | 'Hz'  | 'ats.output.frequency'
        // Tripp Lite: an older PowerAlert 12 card (sysObjectID .850) with UPS-MIB and the 2009 EnviroSense scalars
        'tripplite-envirosense-poweralert12' | 'ambient temperature (whole °C)' | '1.3.6.1.4.1.850.101.1.1.1.0'     || 24        | '°C'  | 'env.temperature'
        'tripplite-envirosense-poweralert12' | 'ambient humidity (whole %)'     | '1.3.6.1.4.1.850.101.1.2.1.0'     || 67        | '%'   | 'env.humidity'
        'tripplite-envirosense-poweralert12' | 'temperature not in alarm'       | '1.3.6.1.4.1.850.101.1.1.5.0'     || 2         | null  | 'env.temperature.alarm.state'
        'tripplite-envirosense-poweralert12' | 'humidity in alarm'              | '1.3.6.1.4.1.850.101.1.2.4.0'     || 1         | null  | 'env.humidity.alarm.state'
        // Deep Sea Electronics DSE8610 MKII (DSE-8610-MIB): on load, 400 V three-phase, with the load-share bus
        'dse-8610-on-load'         | 'generator frequency (0.1 Hz)'              | '1.3.6.1.4.1.41385.1.5.1.2.1.2.1'            || 50.0      | 'Hz'  | 'gen.frequency'
        'dse-8610-on-load'         | 'generator L2-N voltage (0.1 V)'            | '1.3.6.1.4.1.41385.1.5.1.2.1.4.1'            || 229.8     | 'V'   | 'gen.voltage.l2n'
        'dse-8610-on-load'         | 'generator L3-L1 voltage (0.1 V)'           | '1.3.6.1.4.1.41385.1.5.1.2.1.8.1'            || 400.1     | 'V'   | 'gen.voltage.l13'
        'dse-8610-on-load'         | 'generator L1-L2 voltage (0.1 V)'           | '1.3.6.1.4.1.41385.1.5.1.2.1.6.1'            || 399.2     | 'V'   | 'gen.voltage.l12'
        'dse-8610-on-load'         | 'generator L3 current (0.1 A)'              | '1.3.6.1.4.1.41385.1.5.1.2.1.11.1'           || 150.7     | 'A'   | 'gen.current.l3'
        'dse-8610-on-load'         | 'generator earth current (0.1 A)'           | '1.3.6.1.4.1.41385.1.5.1.2.1.12.1'           || 0.3       | 'A'   | 'gen.current.earth'
        'dse-8610-on-load'         | 'generator L1 watts'                        | '1.3.6.1.4.1.41385.1.5.1.2.1.13.1'           || 32100     | 'W'   | 'gen.power.l1'
        'dse-8610-on-load'         | 'generator total watts'                     | '1.3.6.1.4.1.41385.1.5.1.2.1.17.1'           || 96400     | 'W'   | 'gen.power'
        'dse-8610-on-load'         | 'generator total VA'                        | '1.3.6.1.4.1.41385.1.5.1.2.1.21.1'           || 112800    | 'VA'  | 'gen.apparent_power'
        'dse-8610-on-load'         | 'generator total VAr, leading (negative)'   | '1.3.6.1.4.1.41385.1.5.1.2.1.25.1'           || -5200     | 'var' | 'gen.reactive_power'
        'dse-8610-on-load'         | 'average power factor (0.01)'               | '1.3.6.1.4.1.41385.1.5.1.2.1.29.1'           || 0.85      | null  | 'gen.power_factor'
        'dse-8610-on-load'         | 'percentage of full power (0.1 %)'          | '1.3.6.1.4.1.41385.1.5.1.2.1.30.1'           || 48.2      | '%'   | 'gen.load'
        'dse-8610-on-load'         | 'oil pressure 4.12 bar, read in kPa'        | '1.3.6.1.4.1.41385.1.5.1.3.1.2.1'            || 412       | 'kPa' | 'gen.oil.pressure'
        'dse-8610-on-load'         | 'coolant temperature'                       | '1.3.6.1.4.1.41385.1.5.1.3.1.3.1'            || 84        | '°C'  | 'gen.coolant.temperature'
        'dse-8610-on-load'         | 'oil temperature'                           | '1.3.6.1.4.1.41385.1.5.1.3.1.4.1'            || 97        | '°C'  | 'gen.oil.temperature'
        'dse-8610-on-load'         | 'fuel level'                                | '1.3.6.1.4.1.41385.1.5.1.3.1.5.1'            || 63        | '%'   | 'gen.fuel.level'
        'dse-8610-on-load'         | 'charge alternator (0.1 V)'                 | '1.3.6.1.4.1.41385.1.5.1.3.1.6.1'            || 27.6      | 'V'   | 'gen.charge_alternator.voltage'
        'dse-8610-on-load'         | 'battery (0.1 V)'                           | '1.3.6.1.4.1.41385.1.5.1.3.1.7.1'            || 27.1      | 'V'   | 'gen.battery.voltage'
        'dse-8610-on-load'         | 'engine speed'                              | '1.3.6.1.4.1.41385.1.5.1.3.1.8.1'            || 1500      | 'rpm' | 'gen.speed'
        'dse-8610-on-load'         | 'bus frequency (0.1 Hz)'                    | '1.3.6.1.4.1.41385.1.5.1.9.1.2.1'            || 50.0      | 'Hz'  | 'gen.bus.frequency'
        'dse-8610-on-load'         | 'bus L3-N voltage (0.1 V)'                  | '1.3.6.1.4.1.41385.1.5.1.9.1.5.1'            || 231.0     | 'V'   | 'gen.bus.voltage.l3n'
        'dse-8610-on-load'         | 'bus total watts'                           | '1.3.6.1.4.1.41385.1.5.1.9.1.17.1'           || 192500    | 'W'   | 'gen.bus.power'
        // DSE8610 stopped on a cold night, the walk cut to the engine table: chosen by the table, negative temperatures
        'dse-8610-stopped-cut'     | 'coolant temperature below zero'            | '1.3.6.1.4.1.41385.1.5.1.3.1.3.1'            || -6        | '°C'  | 'gen.coolant.temperature'
        'dse-8610-stopped-cut'     | 'oil temperature below zero'                | '1.3.6.1.4.1.41385.1.5.1.3.1.4.1'            || -4        | '°C'  | 'gen.oil.temperature'
        'dse-8610-stopped-cut'     | 'low fuel level'                            | '1.3.6.1.4.1.41385.1.5.1.3.1.5.1'            || 18        | '%'   | 'gen.fuel.level'
        'dse-8610-stopped-cut'     | 'battery at rest (0.1 V)'                   | '1.3.6.1.4.1.41385.1.5.1.3.1.7.1'            || 24.8      | 'V'   | 'gen.battery.voltage'
        'dse-8610-stopped-cut'     | 'engine stopped'                            | '1.3.6.1.4.1.41385.1.5.1.3.1.8.1'            || 0         | 'rpm' | 'gen.speed'
    }

    def "#recording: #what (#oid) is not read"() {
        expect:
        walks.poll(recording).values().every { it.oid() != oid }

        where:
        recording              | what                                        | oid
        'tripplite-ups-1phase' | 'the UPS temperature in °F'                 | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.8.1'
        'tripplite-ups-1phase' | 'the EnviroSense2 temperature in °F'        | '1.3.6.1.4.1.850.1.1.3.3.3.1.1.2.2'
        'tripplite-ups-1phase' | 'the number of devices'                     | '1.3.6.1.4.1.850.1.1.1.1.0'
        'tripplite-pdu-3phase' | 'the PDU temperature in °F'                 | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.7.1'
        'tripplite-pdu-3phase' | 'the rated input power (a rating)'          | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.5.1'
        'tripplite-pdu-3phase' | 'an outlet name'                            | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.2.1.1'
        'dse-8610-on-load'     | 'the phase rotation code'                   | '1.3.6.1.4.1.41385.1.5.1.2.1.16.1'
        'tripplite-ats-source-b-lost' | 'the ATS temperature in °F'              | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.7.1'
        'tripplite-envirosense-poweralert12' | 'the °F twin'                     | '1.3.6.1.4.1.850.101.1.1.2.0'
        'tripplite-envirosense-poweralert12' | 'the high temperature limit'      | '1.3.6.1.4.1.850.101.1.1.4.0'
        'tripplite-envirosense-poweralert12' | 'the humidity limit'              | '1.3.6.1.4.1.850.101.1.2.3.0'
    }

    def "each reading of #recording comes from one OID under one name"() {
        expect:
        walks.poll(recording).values().countBy { it.oid() }.findAll { k, n -> n > 1 } == [:]

        where:
        recording << recordings().collect { it.fileName.toString() - '.snmprec' }
    }

    static List<Path> recordings() {
        PolledWalks.walksIn('/recordings/vendor-docs')
    }
}
