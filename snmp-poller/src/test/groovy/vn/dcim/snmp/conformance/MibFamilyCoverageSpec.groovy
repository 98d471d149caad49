package vn.dcim.snmp.conformance

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.testing.PolledWalks


/**
 * Profiles cover a MIB family, not only the devices we have recordings of: synthetic recordings made
 * from the MIBs (src/test/resources/recordings, our own data) hold what other models of the family
 * answer (more phases, banks, outlets, probes, scales) and the values the MIB marks as "not available".
 */
class MibFamilyCoverageSpec extends Specification {
    @Shared @AutoCleanup PolledWalks walks = PolledWalks.serve(PolledWalks.walksIn('/recordings'))

    def "#recording: #what is read at #oid as #expected"() {
        when:
        def got = walks.readings(recording)[oid]

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
        'ups-mib-inputs-only'  | 'input frequency, no battery group nor sysObjectID' | '1.3.6.1.2.1.33.1.3.3.1.2.1'            || 60.1
        'ups-mib-inputs-only'  | 'input voltage of line 2'                       | '1.3.6.1.2.1.33.1.3.3.1.3.2'                  || 121
        'ups-mib-inputs-only'  | 'input current of line 1 (0.1 A)'               | '1.3.6.1.2.1.33.1.3.3.1.4.1'                  || 3.7
        'ups-mib-inputs-only'  | 'no input current where the card says 65535'    | '1.3.6.1.2.1.33.1.3.3.1.4.2'                  || null
        'ups-mib-inputs-only'  | 'input power of line 2 (W)'                     | '1.3.6.1.2.1.33.1.3.3.1.5.2'                  || 395
        'ups-mib-outputs-only' | 'output voltage, only the output table answers' | '1.3.6.1.2.1.33.1.4.4.1.2.1'                  || 208
        'ups-mib-outputs-only' | 'output current (0.1 A)'                        | '1.3.6.1.2.1.33.1.4.4.1.3.1'                  || 9.2
        'ups-mib-outputs-only' | 'output load (%)'                               | '1.3.6.1.2.1.33.1.4.4.1.5.1'                  || 41
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
        'apc-coolingunit-units' | 'supply air °C (factor 10)'                     | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.1'      || 18.5
        'apc-coolingunit-units' | 'no reading of the °F twin'                     | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.2'      || null
        'apc-coolingunit-units' | 'airflow in CFM'                                | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.3'      || 1850
        'apc-coolingunit-units' | 'airflow in L/s'                                | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.4'      || 873
        'apc-coolingunit-units' | 'cooling output in kW (factor 10)'              | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.5'      || 12.6
        'apc-coolingunit-units' | 'compressor power in W'                         | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.6'      || 4200
        'apc-coolingunit-units' | 'fan speed in rpm'                              | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.7'      || 1480
        'apc-coolingunit-units' | 'humidity in %RH (factor 10)'                   | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.8'      || 45.2
        'apc-coolingunit-units' | 'condenser pressure in bar (factor 10)'         | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.9'      || 15.2
        'apc-coolingunit-units' | 'fan drive current (factor 10)'                 | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.10'     || 3.7
        'apc-coolingunit-units' | 'run hours'                                     | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.11'     || 13250
        'apc-coolingunit-units' | 'filter pressure in Pa'                         | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.12'     || 85
        'apc-coolingunit-units' | 'supply frequency (factor 10)'                  | '1.3.6.1.4.1.318.1.1.27.1.4.1.2.1.3.1.13'     || 50.0
        'eaton-xups-env-only'  | 'ambient °C from a card with no battery group'  | '1.3.6.1.4.1.534.1.6.1.0'                     || 23
        'eaton-xups-env-only'  | 'ambient humidity (%)'                          | '1.3.6.1.4.1.534.1.6.4.0'                     || 41
        'eaton-xups-env-only'  | 'no reading of the alarm limit'                 | '1.3.6.1.4.1.534.1.6.3.0'                     || null
        'apc-galaxy-kw'        | 'parallel input total power of UPS 2 (kW)'      | '1.3.6.1.4.1.318.1.1.1.14.7.1.9.1.2'          || 12000
        'apc-galaxy-kw'        | 'no parallel input total power where -1'        | '1.3.6.1.4.1.318.1.1.1.14.7.1.9.1.1'          || null
        'apc-galaxy-kw'        | 'parallel input total apparent power (kVA)'     | '1.3.6.1.4.1.318.1.1.1.14.7.1.10.1.2'         || 13000
        'apc-galaxy-kw'        | 'no parallel input total apparent power where -1' | '1.3.6.1.4.1.318.1.1.1.14.7.1.10.1.1'       || null
        'apc-rpdu2-banks'      | 'device apparent power (0.01 kVA)'              | '1.3.6.1.4.1.318.1.1.26.4.3.1.16.1'           || 3710
        'apc-rpdu2-banks'      | 'device power factor (0.01)'                    | '1.3.6.1.4.1.318.1.1.26.4.3.1.17.1'           || 0.95
        'apc-rpdu2-banks'      | 'installed probe temperature (0.1 °C)'          | '1.3.6.1.4.1.318.1.1.26.10.2.2.1.8.1'         || 24.3
        'apc-rpdu2-banks'      | 'installed probe humidity'                      | '1.3.6.1.4.1.318.1.1.26.10.2.2.1.10.1'        || 41
        'apc-rpdu2-banks'      | 'nothing from a probe that is not installed'    | '1.3.6.1.4.1.318.1.1.26.10.2.2.1.8.2'         || null
        'entity-sensor-scaled' | 'no negative AC voltage (implausible)'          | '1.3.6.1.2.1.99.1.1.1.4.1005'                 || null
        'entity-sensor-scaled' | 'voltsDC, micro, negative'                      | '1.3.6.1.2.1.99.1.1.1.4.1009'                 || -2.5
        'entity-sensor-scaled' | 'no humidity of 99999 % (implausible)'          | '1.3.6.1.2.1.99.1.1.1.4.1007'                 || null
        'liebert-pdu-chain'    | 'second PDU in the chain: warning+alarm status' | '1.3.6.1.4.1.476.1.42.3.8.20.1.25.2'          || 24
        'liebert-pdu-chain'    | 'PDU 2 apparent power (VA)'                     | '1.3.6.1.4.1.476.1.42.3.8.30.20.1.90.2.1'     || 3010
        'liebert-pdu-chain'    | 'PDU 2 energy (0.1 kWh)'                        | '1.3.6.1.4.1.476.1.42.3.8.30.20.1.50.2.1'     || 12345.6
        'liebert-pdu-chain'    | 'PDU 2 residual current (mA)'                   | '1.3.6.1.4.1.476.1.42.3.8.30.20.1.100.2.1'    || 0.012
        'liebert-pdu-chain'    | 'PDU 2 line 3 voltage (0.1 V)'                  | '1.3.6.1.4.1.476.1.42.3.8.30.40.1.19.2.1.3'   || 229.5
        'liebert-pdu-chain'    | 'PDU 2 line 3 current (0.01 A)'                 | '1.3.6.1.4.1.476.1.42.3.8.30.40.1.22.2.1.3'   || 9.87
        'liebert-pdu-chain'    | 'PDU 2 line 2 line-to-line voltage (0.1 V)'     | '1.3.6.1.4.1.476.1.42.3.8.30.40.1.61.2.1.2'   || 399.8
        'liebert-pdu-chain'    | 'PDU 2 branch 4 power factor (0.01)'            | '1.3.6.1.4.1.476.1.42.3.8.40.20.1.125.2.4'    || 0.93
        'liebert-pdu-chain'    | 'receptacle 7 of branch 4 current (0.01 A)'     | '1.3.6.1.4.1.476.1.42.3.8.50.20.1.61.2.4.7'   || 0.87
        'liebert-pdu-chain'    | 'receptacle 8 of branch 4 switched off'         | '1.3.6.1.4.1.476.1.42.3.8.50.20.1.95.2.4.8'   || 1
        'liebert-pdu-chain'    | 'PDU 2 line 1 voltage, whole-volt column'       | '1.3.6.1.4.1.476.1.42.3.8.30.40.1.20.2.1.1'   || 230
        'liebert-pdu-chain'    | 'PDU 2 line 1 current, 0.1 A column'            | '1.3.6.1.4.1.476.1.42.3.8.30.40.1.21.2.1.1'   || 12.0
        'liebert-pdu-chain'    | 'PDU 2 line 2 line-to-line power (W)'           | '1.3.6.1.4.1.476.1.42.3.8.30.40.1.64.2.1.2'   || 1980
        'liebert-pdu-chain'    | 'receptacle 7 voltage, whole-volt column'       | '1.3.6.1.4.1.476.1.42.3.8.50.20.1.55.2.4.7'   || 230
        'liebert-pdu-chain'    | 'receptacle 7 current, 0.1 A column'            | '1.3.6.1.4.1.476.1.42.3.8.50.20.1.60.2.4.7'   || 0.9
        'liebert-pdu-chain'    | 'receptacle 7 current used before alarm (0.1 %)'| '1.3.6.1.4.1.476.1.42.3.8.50.20.1.161.2.4.7'  || 43.5
        'liebert-pdu-chain'    | 'receptacle 7 crest factor (0.01)'              | '1.3.6.1.4.1.476.1.42.3.8.50.20.1.162.2.4.7'  || 1.41
        'liebert-pdu-chain'    | 'receptacle 7 condition normalWithWarning'      | '1.3.6.1.4.1.476.1.42.3.8.50.20.1.210.2.4.7'  || 2
        'liebert-pdu-chain'    | 'receptacle 8 off but drawing current: abnormal'| '1.3.6.1.4.1.476.1.42.3.8.50.20.1.210.2.4.8'  || 4
        'liebert-pdu-chain'    | 'negative temperature (0.1 °C)'                 | '1.3.6.1.4.1.476.1.42.3.8.60.15.1.70.2.1.1'   || -5.2
        'liebert-pdu-chain'    | 'no temperature from a door-sensor row'         | '1.3.6.1.4.1.476.1.42.3.8.60.15.1.70.2.2.1'   || null
        'liebert-pdu-chain'    | 'door open'                                     | '1.3.6.1.4.1.476.1.42.3.8.60.15.1.120.2.2.1'  || 1
        'liebert-pdu-chain'    | 'leak detected'                                 | '1.3.6.1.4.1.476.1.42.3.8.60.15.1.165.2.3.1'  || 2
        'liebert-pdu-chain'    | 'differential pressure (0.1 Pa)'                | '1.3.6.1.4.1.476.1.42.3.8.60.15.1.140.2.4.1'  || 12.5
        'liebert-cooling-flex' | 'supply air temperature (0.1 °C column)'        | '1.3.6.1.4.1.476.1.42.3.4.1.3.3.1.50.4'       || 18.7
        'liebert-cooling-flex' | 'humidity (0.1 % column)'                       | '1.3.6.1.4.1.476.1.42.3.4.2.2.3.1.50.1'       || 45.2
        'liebert-cooling-flex' | 'no heating capacity where the unit says 2^32-1'| '1.3.6.1.4.1.476.1.42.3.4.3.10.0'            || null
        'liebert-cooling-flex' | 'compressor stage 2 off'                        | '1.3.6.1.4.1.476.1.42.3.4.3.12.3.0'           || 2
        'liebert-cooling-flex' | 'valve position (0.1 %)'                        | '1.3.6.1.4.1.476.1.42.3.4.3.70.1.20.1'        || 65.5
        'liebert-cooling-flex' | 'battery time remaining (min)'                  | '1.3.6.1.4.1.476.1.42.3.5.1.18.0'             || 42
        'liebert-cooling-flex' | 'output point load (0.1 %)'                     | '1.3.6.1.4.1.476.1.42.3.5.2.2.1.11.2'         || 41.5
        'liebert-cooling-flex' | 'line 3 of point 2 voltage THD (0.1 %)'         | '1.3.6.1.4.1.476.1.42.3.5.2.3.1.10.2.3'       || 2.8
        'liebert-cooling-flex' | 'UPS output source battery'                     | '1.3.6.1.4.1.476.1.42.3.5.3.55.0'             || 5
        'liebert-cooling-flex' | 'flexible humidity, chosen by units enum'       | '1.3.6.1.4.1.476.1.42.3.9.20.1.20.1.2.1.5027' || 45.3
        'liebert-cooling-flex' | 'flexible fan speed (rpm)'                      | '1.3.6.1.4.1.476.1.42.3.9.20.1.20.1.2.1.5078' || 1450
        'liebert-cooling-flex' | 'flexible accumulated energy (kWh)'             | '1.3.6.1.4.1.476.1.42.3.9.20.1.20.1.2.1.5300' || 1234.5
        'liebert-cooling-flex' | 'flexible fan power (W)'                        | '1.3.6.1.4.1.476.1.42.3.9.20.1.20.1.2.1.5301' || 312
        'vertiv-geist-switched' | 'PDU partially unavailable'                    | '1.3.6.1.4.1.21239.5.2.3.1.1.5.1'             || 2
        'vertiv-geist-switched' | 'total power factor (%)'                       | '1.3.6.1.4.1.21239.5.2.3.1.1.11.1'            || 0.95
        'vertiv-geist-switched' | 'total energy (Wh)'                            | '1.3.6.1.4.1.21239.5.2.3.1.1.12.1'            || 4521
        'vertiv-geist-switched' | 'phase 2 real power'                           | '1.3.6.1.4.1.21239.5.2.3.2.1.12.2'            || 1140
        'vertiv-geist-switched' | 'circuit 5 voltage (0.1 V)'                    | '1.3.6.1.4.1.21239.5.2.3.3.1.8.5'             || 230.5
        'vertiv-geist-switched' | 'circuit 5 energy (Wh)'                        | '1.3.6.1.4.1.21239.5.2.3.3.1.15.5'            || 998.5
        'vertiv-geist-switched' | 'outlet 12 switched off'                       | '1.3.6.1.4.1.21239.5.2.3.5.1.4.12'            || 2
        'vertiv-geist-switched' | 'outlet 12 relay failed'                       | '1.3.6.1.4.1.21239.5.2.3.5.1.5.12'            || 1
        'vertiv-geist-switched' | 'outlet 12 current (0.01 A)'                   | '1.3.6.1.4.1.21239.5.2.3.6.1.8.12'            || 0.74
        'sentry4-3phase'       | 'cord apparent power (VA)'                      | '1.3.6.1.4.1.1718.4.1.3.3.1.5.1.1'            || 7120
        'sentry4-3phase'       | 'cord power utilised (0.1 %)'                   | '1.3.6.1.4.1.1718.4.1.3.3.1.7.1.1'            || 41.2
        'sentry4-3phase'       | 'cord power factor (0.01)'                      | '1.3.6.1.4.1.1718.4.1.3.3.1.8.1.1'            || 0.96
        'sentry4-3phase'       | 'cord energy (0.1 kWh)'                         | '1.3.6.1.4.1.1718.4.1.3.3.1.10.1.1'           || 123456.7
        'sentry4-3phase'       | 'cord out of balance highWarning'               | '1.3.6.1.4.1.1718.4.1.3.3.1.13.1.1'           || 16
        'sentry4-3phase'       | 'line 3 current (0.01 A)'                       | '1.3.6.1.4.1.1718.4.1.4.3.1.3.1.1.3'          || 9.87
        'sentry4-3phase'       | 'no neutral current where the PDU says -1'      | '1.3.6.1.4.1.1718.4.1.4.3.1.3.1.1.4'          || null
        'sentry4-3phase'       | 'phase 2 voltage (0.1 V)'                       | '1.3.6.1.4.1.1718.4.1.5.3.1.3.1.1.2'          || 231.1
        'sentry4-3phase'       | 'phase 2 voltage highWarning'                   | '1.3.6.1.4.1.1718.4.1.5.3.1.4.1.1.2'          || 16
        'sentry4-3phase'       | 'phase 3 voltage deviation (0.1 %)'             | '1.3.6.1.4.1.1718.4.1.5.3.1.5.1.1.3'          || -1.3
        'sentry4-3phase'       | 'phase 1 deviation -1 is -0.1 %, not n/a'       | '1.3.6.1.4.1.1718.4.1.5.3.1.5.1.1.1'          || -0.1
        'sentry4-3phase'       | 'phase 1 crest factor (0.1)'                    | '1.3.6.1.4.1.1718.4.1.5.3.1.7.1.1.1'          || 1.4
        'sentry4-3phase'       | 'phase 2 apparent power (VA)'                   | '1.3.6.1.4.1.1718.4.1.5.3.1.9.1.1.2'          || 2560
        'sentry4-3phase'       | 'no phase 3 apparent power where -1'            | '1.3.6.1.4.1.1718.4.1.5.3.1.9.1.1.3'          || null
        'sentry4-3phase'       | 'phase 3 power factor (0.01)'                   | '1.3.6.1.4.1.1718.4.1.5.3.1.10.1.1.3'         || 0.97
        'sentry4-3phase'       | 'phase 1 energy (0.1 kWh)'                      | '1.3.6.1.4.1.1718.4.1.5.3.1.13.1.1.1'         || 41123.4
        'sentry4-3phase'       | 'breaker 4 tripped'                             | '1.3.6.1.4.1.1718.4.1.6.3.1.1.1.1.4'          || 12
        'sentry4-3phase'       | 'branch 3 current (0.01 A)'                     | '1.3.6.1.4.1.1718.4.1.7.3.1.3.1.1.3'          || 6.11
        'sentry4-3phase'       | 'branch 4 off'                                  | '1.3.6.1.4.1.1718.4.1.7.3.1.1.1.1.4'          || 2
        'sentry4-3phase'       | 'outlet 3 current (0.01 A)'                     | '1.3.6.1.4.1.1718.4.1.8.3.1.3.1.1.3'          || 1.87
        'sentry4-3phase'       | 'outlet 3 voltage (0.1 V)'                      | '1.3.6.1.4.1.1718.4.1.8.3.1.6.1.1.3'          || 230.1
        'sentry4-3phase'       | 'outlet 3 active power (W)'                     | '1.3.6.1.4.1.1718.4.1.8.3.1.7.1.1.3'          || 412
        'sentry4-3phase'       | 'outlet 3 power factor (0.01)'                  | '1.3.6.1.4.1.1718.4.1.8.3.1.10.1.1.3'         || 0.96
        'sentry4-3phase'       | 'outlet 3 energy (Wh)'                          | '1.3.6.1.4.1.1718.4.1.8.3.1.14.1.1.3'         || 1834.5
        'sentry4-3phase'       | 'no outlet 7 current where -1'                  | '1.3.6.1.4.1.1718.4.1.8.3.1.3.1.1.7'          || null
        'sentry4-3phase'       | 'outlet 5 switched off by the user'             | '1.3.6.1.4.1.1718.4.1.8.5.1.1.1.1.5'          || 10
        'sentry4-3phase'       | 'probe temperature (0.1 °C)'                    | '1.3.6.1.4.1.1718.4.1.9.3.1.1.1.1'            || 24.3
        'sentry4-3phase'       | 'no temperature where the probe says -410'      | '1.3.6.1.4.1.1718.4.1.9.3.1.1.1.2'            || null
        'sentry4-3phase'       | 'probe humidity'                                | '1.3.6.1.4.1.1718.4.1.10.3.1.1.1.1'           || 45
        'sentry4-3phase'       | 'no humidity where the probe says -1'           | '1.3.6.1.4.1.1718.4.1.10.3.1.1.1.2'           || null
        'sentry4-3phase'       | 'water sensor alarm'                            | '1.3.6.1.4.1.1718.4.1.11.3.1.1.1.1'           || 18
        'sentry4-3phase'       | 'fan speed (rpm)'                               | '1.3.6.1.4.1.1718.4.1.14.3.1.1.1.1'           || 2450
        'raritan-pdu2-3phase'  | 'inlet active power (W)'                        | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.5'         || 20350
        'raritan-pdu2-3phase'  | 'inlet apparent power (VA)'                     | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.6'         || 21240
        'raritan-pdu2-3phase'  | 'inlet power factor (2 decimals)'               | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.7'         || 0.96
        'raritan-pdu2-3phase'  | 'inlet active energy (Wh)'                      | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.8'         || 123456.789
        'raritan-pdu2-3phase'  | 'inlet frequency (1 decimal)'                   | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.23'        || 50.0
        'raritan-pdu2-3phase'  | 'inlet residual current (3 decimals)'           | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.26'        || 0.012
        'raritan-pdu2-3phase'  | 'inlet residual current aboveUpperWarning'      | '1.3.6.1.4.1.13742.6.5.2.3.1.3.1.1.26'        || 5
        'raritan-pdu2-3phase'  | 'phase 2 current (3 decimals)'                  | '1.3.6.1.4.1.13742.6.5.2.4.1.4.1.1.2.1'       || 30.544
        'raritan-pdu2-3phase'  | 'phase 2 current aboveUpperWarning'             | '1.3.6.1.4.1.13742.6.5.2.4.1.3.1.1.2.1'       || 5
        'raritan-pdu2-3phase'  | 'phase 3 line-to-line voltage'                  | '1.3.6.1.4.1.13742.6.5.2.4.1.4.1.1.3.4'       || 399
        'raritan-pdu2-3phase'  | 'phase 1 line-to-neutral voltage (1 decimal)'   | '1.3.6.1.4.1.13742.6.5.2.4.1.4.1.1.1.25'      || 231.5
        'raritan-pdu2-3phase'  | 'phase 3 active power (W)'                      | '1.3.6.1.4.1.13742.6.5.2.4.1.4.1.1.3.5'       || 6730
        'raritan-pdu2-3phase'  | 'phase 1 active energy (Wh)'                    | '1.3.6.1.4.1.13742.6.5.2.4.1.4.1.1.1.8'       || 41234.567
        'raritan-pdu2-3phase'  | 'neutral current (3 decimals)'                  | '1.3.6.1.4.1.13742.6.5.2.4.1.4.1.1.4.1'       || 2.21
        'raritan-pdu2-3phase'  | 'breaker 2 current (2 decimals)'                | '1.3.6.1.4.1.13742.6.5.3.3.1.4.1.2.1'         || 15.33
        'raritan-pdu2-3phase'  | 'breaker 4 tripped (open)'                      | '1.3.6.1.4.1.13742.6.5.3.3.1.3.1.4.15'        || 0
        'raritan-pdu2-3phase'  | 'breaker 1 closed'                              | '1.3.6.1.4.1.13742.6.5.3.3.1.3.1.1.15'        || 1
        'raritan-pdu2-3phase'  | 'outlet 3 current (3 decimals)'                 | '1.3.6.1.4.1.13742.6.5.4.3.1.4.1.3.1'         || 1.874
        'raritan-pdu2-3phase'  | 'outlet 3 active power (W)'                     | '1.3.6.1.4.1.13742.6.5.4.3.1.4.1.3.5'         || 412
        'raritan-pdu2-3phase'  | 'outlet 3 power factor (2 decimals)'            | '1.3.6.1.4.1.13742.6.5.4.3.1.4.1.3.7'         || 0.96
        'raritan-pdu2-3phase'  | 'outlet 3 active energy (Wh)'                   | '1.3.6.1.4.1.13742.6.5.4.3.1.4.1.3.8'         || 1834.512
        'raritan-pdu2-3phase'  | 'outlet 5 switched off'                         | '1.3.6.1.4.1.13742.6.5.4.3.1.3.1.5.14'        || 8
        'raritan-pdu2-3phase'  | 'external temperature (1 decimal)'              | '1.3.6.1.4.1.13742.6.5.5.3.1.4.1.1'           || 24.3
        'raritan-pdu2-3phase'  | 'external humidity'                             | '1.3.6.1.4.1.13742.6.5.5.3.1.4.1.2'           || 45
        'raritan-pdu2-3phase'  | 'negative dew point (1 decimal)'                | '1.3.6.1.4.1.13742.6.5.5.3.1.4.1.6'           || -1.8
        'raritan-pdu2-3phase'  | 'water detected (alarmed)'                      | '1.3.6.1.4.1.13742.6.5.5.3.1.3.1.3'           || 11
        'raritan-pdu2-3phase'  | 'door contact open'                             | '1.3.6.1.4.1.13742.6.5.5.3.1.3.1.4'           || 0
        'raritan-pdu2-3phase'  | 'no state where the sensor is unavailable (-1)' | '1.3.6.1.4.1.13742.6.5.5.3.1.3.1.5'           || null
        'rittal-cmc3-units'    | 'PU temperature sensor (scale -100)'            | '1.3.6.1.4.1.2606.7.4.2.2.1.11.1.2'           || 23.15
        'rittal-cmc3-units'    | 'no temperature from its high-alarm setpoint'   | '1.3.6.1.4.1.2606.7.4.2.2.1.11.1.3'           || null
        'rittal-cmc3-units'    | 'no value from a description variable'          | '1.3.6.1.4.1.2606.7.4.2.2.1.11.1.1'           || null
        'rittal-cmc3-units'    | 'access sensor value'                           | '1.3.6.1.4.1.2606.7.4.2.2.1.11.1.5'           || 1
        'rittal-cmc3-units'    | 'access status open'                            | '1.3.6.1.4.1.2606.7.4.2.2.1.11.1.6'           || 12
        'rittal-cmc3-units'    | 'CAN bus 1 current (mA, read in A)'             | '1.3.6.1.4.1.2606.7.4.2.2.1.11.1.7'           || 0.215
        'rittal-cmc3-units'    | 'PU 24 V supply (scale -1000)'                  | '1.3.6.1.4.1.2606.7.4.2.2.1.11.1.8'           || 23.95
        'rittal-cmc3-units'    | 'no status where the USB stick is n.a.'         | '1.3.6.1.4.1.2606.7.4.2.2.1.11.1.9'           || null
        'rittal-cmc3-units'    | 'humidity sensor unit: humidity (scale -100)'   | '1.3.6.1.4.1.2606.7.4.2.2.1.11.2.3'           || 55.2
        'rittal-cmc3-units'    | 'no humidity from its warning setpoint'         | '1.3.6.1.4.1.2606.7.4.2.2.1.11.2.4'           || null
        'rittal-cmc3-units'    | 'no value from a hysteresis in %'               | '1.3.6.1.4.1.2606.7.4.2.2.1.11.2.5'           || null
        'rittal-cmc3-units'    | 'humidity status highWarn'                      | '1.3.6.1.4.1.2606.7.4.2.2.1.11.2.6'           || 6
        'rittal-cmc3-units'    | 'negative dew point'                            | '1.3.6.1.4.1.2606.7.4.2.2.1.11.2.7'           || -1.5
        'rittal-cmc3-units'    | 'smoke detector unit: smoke detected'           | '1.3.6.1.4.1.2606.7.4.2.2.1.11.3.2'           || 1
        'rittal-cmc3-units'    | 'no value from the smoke delay'                 | '1.3.6.1.4.1.2606.7.4.2.2.1.11.3.3'           || null
        'rittal-cmc3-units'    | 'smoke status alarm'                            | '1.3.6.1.4.1.2606.7.4.2.2.1.11.3.4'           || 5
        'rittal-cmc3-units'    | 'PDU unit: active power (W)'                    | '1.3.6.1.4.1.2606.7.4.2.2.1.11.4.1'           || 4870
        'rittal-cmc3-units'    | 'PDU unit: energy, scale +10 (kWh)'             | '1.3.6.1.4.1.2606.7.4.2.2.1.11.4.2'           || 12340
        'rittal-cmc3-units'    | 'PDU unit: phase L1 voltage (scale -10)'        | '1.3.6.1.4.1.2606.7.4.2.2.1.11.4.3'           || 230.4
        'rittal-cmc3-units'    | 'PDU unit: phase L3 current (scale -100)'       | '1.3.6.1.4.1.2606.7.4.2.2.1.11.4.5'           || 7.42
        'rittal-cmc3-units'    | 'no current from the phase setpoint'            | '1.3.6.1.4.1.2606.7.4.2.2.1.11.4.6'           || null
        'rittal-cmc3-units'    | 'leakage sensor unit lost (device status)'      | '1.3.6.1.4.1.2606.7.4.1.2.1.6.5'              || 4
        'rittal-cmc3-units'    | 'leakage status lost'                           | '1.3.6.1.4.1.2606.7.4.2.2.1.11.5.2'           || 21
        'rittal-cmc3-units'    | 'LCP unit: water flow (scale -10)'              | '1.3.6.1.4.1.2606.7.4.2.2.1.11.6.1'           || 35.2
        'rittal-cmc3-units'    | 'no flow from its low-alarm setpoint'           | '1.3.6.1.4.1.2606.7.4.2.2.1.11.6.2'           || null
        'rittal-cmc3-units'    | 'overall message status alarm'                  | '1.3.6.1.4.1.2606.7.4.3.1.1.0'                || 3
        'rittal-cmc3-units'    | 'unit status ok'                                | '1.3.6.1.4.1.2606.7.2.1.0'                    || 1
        'eaton-epdu-chain'     | 'PDU 2 in the chain: internal failure'          | '1.3.6.1.4.1.534.6.6.7.1.2.1.31.1'            || 1
        'eaton-epdu-chain'     | 'PDU 2 input frequency (0.1 Hz)'                | '1.3.6.1.4.1.534.6.6.7.3.1.1.3.1.1'           || 49.9
        'eaton-epdu-chain'     | 'PDU 2 phase 3 input voltage (mV)'              | '1.3.6.1.4.1.534.6.6.7.3.2.1.3.1.1.3'         || 207.5
        'eaton-epdu-chain'     | 'PDU 2 phase 3 voltage lowWarning'              | '1.3.6.1.4.1.534.6.6.7.3.2.1.4.1.1.3'         || 1
        'eaton-epdu-chain'     | 'PDU 2 phase 2 input current (mA)'              | '1.3.6.1.4.1.534.6.6.7.3.3.1.4.1.1.2'         || 8.765
        'eaton-epdu-chain'     | 'PDU 2 neutral current (mA)'                    | '1.3.6.1.4.1.534.6.6.7.3.3.1.4.1.1.4'         || 2.31
        'eaton-epdu-chain'     | 'phase 1 crest factor (0.001)'                  | '1.3.6.1.4.1.534.6.6.7.3.3.1.10.1.1.1'        || 1.414
        'eaton-epdu-chain'     | 'no neutral crest factor where -1'              | '1.3.6.1.4.1.534.6.6.7.3.3.1.10.1.1.4'        || null
        'eaton-epdu-chain'     | 'phase 1 load (%)'                              | '1.3.6.1.4.1.534.6.6.7.3.3.1.11.1.1.1'        || 77
        'eaton-epdu-chain'     | 'no neutral load where -1'                      | '1.3.6.1.4.1.534.6.6.7.3.3.1.11.1.1.4'        || null
        'eaton-epdu-chain'     | 'phase 2 active power (W)'                      | '1.3.6.1.4.1.534.6.6.7.3.4.1.4.1.1.2'         || 1948
        'eaton-epdu-chain'     | 'no phase 3 apparent power where -1'            | '1.3.6.1.4.1.534.6.6.7.3.4.1.3.1.1.3'         || null
        'eaton-epdu-chain'     | 'phase 1 power factor (0.001)'                  | '1.3.6.1.4.1.534.6.6.7.3.4.1.7.1.1.1'         || 0.951
        'eaton-epdu-chain'     | 'leading power factor stays negative'           | '1.3.6.1.4.1.534.6.6.7.3.4.1.7.1.1.2'         || -0.962
        'eaton-epdu-chain'     | 'phase 1 energy (Wh in kWh)'                    | '1.3.6.1.4.1.534.6.6.7.3.4.1.5.1.1.1'         || 45678.901
        'eaton-epdu-chain'     | 'PDU 2 total power (W)'                         | '1.3.6.1.4.1.534.6.6.7.3.5.1.4.1.1'           || 7210
        'eaton-epdu-chain'     | 'PDU 2 total energy (Wh in kWh)'                | '1.3.6.1.4.1.534.6.6.7.3.5.1.5.1.1'           || 123456.789
        'eaton-epdu-chain'     | 'PDU 2 total power factor (0.001)'              | '1.3.6.1.4.1.534.6.6.7.3.5.1.7.1.1'           || 0.949
        'eaton-epdu-chain'     | 'PDU 2 breaker 2 off'                           | '1.3.6.1.4.1.534.6.6.7.5.1.1.5.1.2'           || 2
        'eaton-epdu-chain'     | 'no breaker status for an outlet section'       | '1.3.6.1.4.1.534.6.6.7.5.1.1.5.1.4'           || null
        'eaton-epdu-chain'     | 'breaker 1 voltage (mV)'                        | '1.3.6.1.4.1.534.6.6.7.5.3.1.3.1.1'           || 230.1
        'eaton-epdu-chain'     | 'breaker 1 current (mA)'                        | '1.3.6.1.4.1.534.6.6.7.5.4.1.3.1.1'           || 15.87
        'eaton-epdu-chain'     | 'breaker 1 current highCritical'                | '1.3.6.1.4.1.534.6.6.7.5.4.1.4.1.1'           || 4
        'eaton-epdu-chain'     | 'breaker 1 load (%)'                            | '1.3.6.1.4.1.534.6.6.7.5.4.1.10.1.1'          || 99
        'eaton-epdu-chain'     | 'breaker 3 energy (Wh in kWh)'                  | '1.3.6.1.4.1.534.6.6.7.5.5.1.4.1.3'           || 16296.3
        'eaton-epdu-chain'     | 'no breaker 2 power factor where -1'            | '1.3.6.1.4.1.534.6.6.7.5.5.1.6.1.2'           || null
        'eaton-epdu-chain'     | 'PDU 2 outlet 4 voltage (mV)'                   | '1.3.6.1.4.1.534.6.6.7.6.3.1.2.1.4'           || 229.69
        'eaton-epdu-chain'     | 'PDU 2 outlet 4 current (mA)'                   | '1.3.6.1.4.1.534.6.6.7.6.4.1.3.1.4'           || 2.875
        'eaton-epdu-chain'     | 'PDU 2 outlet 4 current highWarning'            | '1.3.6.1.4.1.534.6.6.7.6.4.1.4.1.4'           || 3
        'eaton-epdu-chain'     | 'PDU 2 outlet 4 power (W)'                      | '1.3.6.1.4.1.534.6.6.7.6.5.1.3.1.4'           || 640
        'eaton-epdu-chain'     | 'PDU 2 outlet 4 energy (Wh in kWh)'             | '1.3.6.1.4.1.534.6.6.7.6.5.1.4.1.4'           || 4.567
        'eaton-epdu-chain'     | 'PDU 2 outlet 4 power factor (0.001)'           | '1.3.6.1.4.1.534.6.6.7.6.5.1.6.1.4'           || 0.977
        'eaton-epdu-chain'     | 'no outlet 6 power where -1'                    | '1.3.6.1.4.1.534.6.6.7.6.5.1.3.1.6'           || null
        'eaton-epdu-chain'     | 'PDU 2 outlet 5 switched off'                   | '1.3.6.1.4.1.534.6.6.7.6.6.1.2.1.5'           || 0
        'eaton-epdu-chain'     | 'PDU 1 outlet 1 current (mA)'                   | '1.3.6.1.4.1.534.6.6.7.6.4.1.3.0.1'           || 0.91
        'eaton-epdu-chain'     | 'PDU 1 probe temperature (0.1 degree)'          | '1.3.6.1.4.1.534.6.6.7.7.1.1.4.0.1'           || 35.6
        'eaton-epdu-chain'     | 'PDU 1 temperature highWarning'                 | '1.3.6.1.4.1.534.6.6.7.7.1.1.5.0.1'           || 3
        'eaton-epdu-chain'     | 'PDU 2 probe temperature (0.1 degree)'          | '1.3.6.1.4.1.534.6.6.7.7.1.1.4.1.1'           || 23.1
        'eaton-epdu-chain'     | 'no temperature from a disconnected probe'      | '1.3.6.1.4.1.534.6.6.7.7.1.1.4.1.2'           || null
        'eaton-epdu-chain'     | 'temperature probe 2 disconnected'              | '1.3.6.1.4.1.534.6.6.7.7.1.1.3.1.2'           || 0
        'eaton-epdu-chain'     | 'PDU 2 probe humidity (0.1 %)'                  | '1.3.6.1.4.1.534.6.6.7.7.2.1.4.1.1'           || 45.5
        'eaton-epdu-chain'     | 'door contact open'                             | '1.3.6.1.4.1.534.6.6.7.7.3.1.4.1.1'           || 0
        'eaton-epdu-chain'     | 'no contact state from a bad probe'             | '1.3.6.1.4.1.534.6.6.7.7.3.1.4.1.2'           || null
        'eaton-epdu-chain'     | 'contact probe 2 bad'                           | '1.3.6.1.4.1.534.6.6.7.7.3.1.3.1.2'           || -1
        'eaton-epdu-chain'     | 'PDU 3 set to Fahrenheit: 77.0 °F'              | '1.3.6.1.4.1.534.6.6.7.7.1.1.4.2.1'           || 25.0
        'eaton-epdu-chain'     | 'PDU 3 probe 2: -4.0 °F'                        | '1.3.6.1.4.1.534.6.6.7.7.1.1.4.2.2'           || -20.0
        'eaton-epdu-chain'     | 'PDU 4 without a scale: read as °C'             | '1.3.6.1.4.1.534.6.6.7.7.1.1.4.3.1'           || 21.5
        'sentry4-fahrenheit'   | 'probe in °F (0.1 degree)'                      | '1.3.6.1.4.1.1718.4.1.9.3.1.1.1.1'            || 25.0
        'sentry4-fahrenheit'   | 'link unit probe in °F'                         | '1.3.6.1.4.1.1718.4.1.9.3.1.1.2.1'            || 30.0
        'sentry4-fahrenheit'   | 'no temperature where -410 in °F'               | '1.3.6.1.4.1.1718.4.1.9.3.1.1.1.2'            || null
        'sentry4-fahrenheit'   | 'humidity is not converted'                     | '1.3.6.1.4.1.1718.4.1.10.3.1.1.1.1'           || 45
        'apc-env-fahrenheit'   | 'iem probe 1 set to fahrenheit'                 | '1.3.6.1.4.1.318.1.1.10.2.3.2.1.4.1'          || 25.0
        'apc-env-fahrenheit'   | 'iem probe 2 set to celsius'                    | '1.3.6.1.4.1.318.1.1.10.2.3.2.1.4.2'          || 24
        'apc-env-fahrenheit'   | 'mem sensor, agent in fahrenheit'               | '1.3.6.1.4.1.318.1.1.10.4.2.3.1.5.0.1'        || 20.0
        'apc-uio-sensors'      | 'uio sensor 1.1 °C, only the uio table answers' | '1.3.6.1.4.1.318.1.1.25.1.2.1.6.1.1'          || 18
        'apc-uio-sensors'      | 'uio sensor 1.2 temperature'                    | '1.3.6.1.4.1.318.1.1.25.1.2.1.6.1.2'          || 35
        'apc-uio-sensors'      | 'no reading of the DegF twin'                   | '1.3.6.1.4.1.318.1.1.25.1.2.1.5.1.1'          || null
        'apc-uio-sensors'      | 'uio sensor 1.1 humidity'                       | '1.3.6.1.4.1.318.1.1.25.1.2.1.7.1.1'          || 51
        'apc-uio-sensors'      | 'no humidity of a temperature-only sensor (-1)' | '1.3.6.1.4.1.318.1.1.25.1.2.1.7.1.2'          || null
        'apc-uio-sensors'      | 'no temperature where communication is lost'    | '1.3.6.1.4.1.318.1.1.25.1.2.1.6.2.1'          || null
        'apc-uio-sensors'      | 'uio sensor 1.2 alarm uioWarning'               | '1.3.6.1.4.1.318.1.1.25.1.2.1.9.1.2'          || 2
        'avtech-roomalert-max' | 'MAX hub temperature (×100)'                    | '1.3.6.1.4.1.20916.1.14.3.1.1.4.44.48.48.58.49.49.58.50.50.58.51.51.58.52.52.58.53.53.95.48.48.58.49.49.58.50.50.58.51.51.58.52.52.58.53.53.95.49.54.95.48.95.49.95.48' || 23.15
        'avtech-roomalert-max' | 'MAX sensor humidity (×100)'                    | '1.3.6.1.4.1.20916.1.14.3.1.1.4.44.48.48.58.49.49.58.50.50.58.51.51.58.52.52.58.53.53.95.65.65.58.66.66.58.67.67.58.48.48.58.48.48.58.48.49.95.51.56.95.48.95.50.95.48' || 47.8
        'avtech-roomalert-max' | 'MAX sensor dew point (×100 °C)'                | '1.3.6.1.4.1.20916.1.14.3.1.1.4.44.48.48.58.49.49.58.50.50.58.51.51.58.52.52.58.53.53.95.65.65.58.66.66.58.67.67.58.48.48.58.48.48.58.48.49.95.51.56.95.48.95.54.95.48' || 11.05
        'avtech-roomalert-max' | 'MAX sensor heat index (×100 °C)'               | '1.3.6.1.4.1.20916.1.14.3.1.1.4.44.48.48.58.49.49.58.50.50.58.51.51.58.52.52.58.53.53.95.65.65.58.66.66.58.67.67.58.48.48.58.48.48.58.48.49.95.51.56.95.48.95.53.95.48' || 22.9
        'avtech-roomalert-max' | 'MAX second group of a sensor: temperature'     | '1.3.6.1.4.1.20916.1.14.3.1.1.4.45.48.48.58.49.49.58.50.50.58.51.51.58.52.52.58.53.53.95.65.65.58.66.66.58.67.67.58.48.48.58.48.48.58.48.50.95.50.48.49.95.49.95.49.95.48' || 19.5
        'avtech-roomalert-max' | 'MAX no signal strength (no unit known)'        | '1.3.6.1.4.1.20916.1.14.3.1.1.4.46.48.48.58.49.49.58.50.50.58.51.51.58.52.52.58.53.53.95.65.65.58.66.66.58.67.67.58.48.48.58.48.48.58.48.49.95.50.48.53.95.48.95.50.55.95.48' || null
        'avtech-roomalert-max' | 'MAX no particulates (no unit known)'           | '1.3.6.1.4.1.20916.1.14.3.1.1.4.46.48.48.58.49.49.58.50.50.58.51.51.58.52.52.58.53.53.95.65.65.58.66.66.58.67.67.58.48.48.58.48.48.58.48.50.95.50.48.49.95.49.95.50.53.95.48' || null
        'hwg-ste-sensors'      | 'temperature row, celsius (decimal × 10)'       | '1.3.6.1.4.1.21796.4.1.3.1.5.1'               || 23.4
        'hwg-ste-sensors'      | 'humidity row, percent (decimal × 10)'          | '1.3.6.1.4.1.21796.4.1.3.1.5.2'               || 45.6
        'hwg-ste-sensors'      | 'row in fahrenheit: 95.0 °F read as °C'         | '1.3.6.1.4.1.21796.4.1.3.1.5.3'               || 35.0
        'hwg-ste-sensors'      | 'negative temperature (-5.2 °C)'                | '1.3.6.1.4.1.21796.4.1.3.1.5.4'               || -5.2
        'hwg-ste-sensors'      | 'row of no unit (decimal × 10)'                 | '1.3.6.1.4.1.21796.4.1.3.1.5.5'               || 12.0
        'hwg-ste-sensors'      | 'no temperature from a kelvin row'              | '1.3.6.1.4.1.21796.4.1.3.1.5.6'               || null
        'hwg-ste-sensors'      | 'humidity sensor state outofrangehi'            | '1.3.6.1.4.1.21796.4.1.3.1.3.2'               || 3
        'hwg-ste-sensors'      | 'probe sensor state invalid'                    | '1.3.6.1.4.1.21796.4.1.3.1.3.4'               || 0
        'hwg-ste-sensors'      | 'dry contact on'                                | '1.3.6.1.4.1.21796.4.1.1.1.2.1'               || 1
        'hwg-ste-sensors'      | 'dry contact alarm'                             | '1.3.6.1.4.1.21796.4.1.1.1.4.1'               || 1
        'hwg-ste-sensors'      | 'no reading of the sensor ID'                   | '1.3.6.1.4.1.21796.4.1.3.1.8.1'               || null
        'hwg-ste2-sensors'     | 'STE2 temperature (decimal × 10)'               | '1.3.6.1.4.1.21796.4.9.3.1.5.1'               || 31.5
        'hwg-ste2-sensors'     | 'STE2 humidity'                                 | '1.3.6.1.4.1.21796.4.9.3.1.5.2'               || 38.0
        'hwg-ste2-sensors'     | 'STE2 -4.0 °F read as °C'                       | '1.3.6.1.4.1.21796.4.9.3.1.5.3'               || -20.0
        'hwg-ste2-sensors'     | 'STE2 sensor state alarmhi'                     | '1.3.6.1.4.1.21796.4.9.3.1.3.1'               || 5
        'hwg-ste2-sensors'     | 'STE2 input 2 alarm'                            | '1.3.6.1.4.1.21796.4.9.1.1.4.2'               || 1
        'hwg-wld-cables'       | 'leak cable 1 normal'                           | '1.3.6.1.4.1.21796.4.5.4.1.6.1'               || 0
        'hwg-wld-cables'       | 'leak cable 2 flooded'                          | '1.3.6.1.4.1.21796.4.5.4.1.6.2'               || 1
        'hwg-wld-cables'       | 'leak cable 3 disconnected'                     | '1.3.6.1.4.1.21796.4.5.4.1.6.3'               || 2
        'hwg-wld-cables'       | 'leak cable 2 sensor state alarm'               | '1.3.6.1.4.1.21796.4.5.4.1.3.2'               || 3
        'hwg-wld-cables'       | 'leak cable 3 sensor state invalid'             | '1.3.6.1.4.1.21796.4.5.4.1.3.3'               || 0
        'janitza-umg96'        | 'UMG 96 L1 voltage (100 mV)'                    | '1.3.6.1.4.1.34278.1.1.0'                     || 231.2
        'janitza-umg96'        | 'UMG 96 L2-L3 voltage (100 mV)'                 | '1.3.6.1.4.1.34278.1.5.0'                     || 399.1
        'janitza-umg96'        | 'UMG 96 L1 current (mA)'                        | '1.3.6.1.4.1.34278.1.7.0'                     || 12.345
        'janitza-umg96'        | 'UMG 96 L3 real power (W)'                      | '1.3.6.1.4.1.34278.1.15.0'                    || 2850
        'janitza-umg96'        | 'UMG 96 L1 reactive power, negative (VAr)'      | '1.3.6.1.4.1.34278.1.16.0'                    || -312
        'janitza-umg96'        | 'UMG 96 L2 cos phi, capacitive (0.001)'         | '1.3.6.1.4.1.34278.1.23.0'                    || -0.962
        'janitza-umg96'        | 'UMG 96 apparent power sum (VA)'                | '1.3.6.1.4.1.34278.2.3.0'                     || 8570
        'janitza-umg96'        | 'UMG 96 L1 energy (0.1 kWh)'                    | '1.3.6.1.4.1.34278.3.1.0'                     || 12345.6
        'janitza-umg96'        | 'UMG 96 energy sum (0.1 kWh)'                   | '1.3.6.1.4.1.34278.4.1.0'                     || 37348.6
        'janitza-umg96'        | 'UMG 96 L3 current THD (0.1 %)'                 | '1.3.6.1.4.1.34278.5.6.0'                     || 10.2
        'janitza-umg96'        | 'UMG 96 frequency (0.01 Hz)'                    | '1.3.6.1.4.1.34278.6.1.0'                     || 49.98
        'janitza-umg96'        | 'UMG 96 temperature 2 (°C × 10)'                | '1.3.6.1.4.1.34278.6.3.0'                     || -4.5
        'janitza-umg96'        | 'no reading of a Jasic user variable'           | '1.3.6.1.4.1.34278.7.1.0'                     || null
        'janitza-umg604'       | 'UMG 604 L4 voltage (100 mV), not a line voltage' | '1.3.6.1.4.1.34278.1.4.0'                     || 1.2
        'janitza-umg604'       | 'UMG 604 L1-L2 voltage (100 mV)'                | '1.3.6.1.4.1.34278.1.5.0'                     || 398.9
        'janitza-umg604'       | 'UMG 604 L4 current (mA)'                       | '1.3.6.1.4.1.34278.1.11.0'                    || 1.54
        'janitza-umg604'       | 'UMG 604 L3 cos phi (0.001)'                    | '1.3.6.1.4.1.34278.1.26.0'                    || -0.988
        'janitza-umg604'       | 'UMG 604 power sum L1..L4 (W), not energy'      | '1.3.6.1.4.1.34278.3.1.0'                     || 14570
        'janitza-umg604'       | 'UMG 604 L1 energy (0.1 kWh)'                   | '1.3.6.1.4.1.34278.4.1.0'                     || 234567.8
        'janitza-umg604'       | 'UMG 604 L4 reactive energy (0.1 kVArh)'        | '1.3.6.1.4.1.34278.4.8.0'                     || 0
        'janitza-umg604'       | 'UMG 604 energy sum L1..L4 (0.1 kWh)'           | '1.3.6.1.4.1.34278.6.1.0'                     || 695567.9
        'janitza-umg604'       | 'UMG 604 L4 current THD (0.1 %)'                | '1.3.6.1.4.1.34278.7.8.0'                     || 35.0
        'janitza-umg604'       | 'UMG 604 frequency (0.01 Hz)'                   | '1.3.6.1.4.1.34278.8.1.0'                     || 50.02
        'janitza-umg604'       | 'no reading of a Jasic user variable'           | '1.3.6.1.4.1.34278.9.1.0'                     || null
        'hwg-perseus-meters'   | 'Perseus meter 7 state meterInvalid'            | '1.3.6.1.4.1.21796.5.1.2.1.3.7'               || 3
        'hwg-perseus-meters'   | 'Perseus meter 7 disabled'                      | '1.3.6.1.4.1.21796.5.1.2.1.4.7'               || 0
        'hwg-perseus-meters'   | 'Perseus meter 7 type oneWire'                  | '1.3.6.1.4.1.21796.5.1.2.1.5.7'               || 2
        'hwg-perseus-meters'   | 'Perseus variable state alarmHigh'              | '1.3.6.1.4.1.21796.5.1.3.1.3.7.2'             || 5
        'hwg-perseus-meters'   | 'Perseus temperature, unit text °C in UTF-8'    | '1.3.6.1.4.1.21796.5.1.3.1.4.7.1'             || 22.5
        'hwg-perseus-meters'   | 'Perseus temperature, unit text ℃ in UTF-8'     | '1.3.6.1.4.1.21796.5.1.3.1.4.7.2'             || -3.25
        'hwg-perseus-meters'   | 'Perseus humidity (%RH)'                        | '1.3.6.1.4.1.21796.5.1.3.1.4.7.3'             || 41.2
        'hwg-perseus-meters'   | 'Perseus pressure in hPa read in kPa'           | '1.3.6.1.4.1.21796.5.1.3.1.4.7.4'             || 101.32
        'hwg-perseus-meters'   | 'Perseus no value of an unknown unit (m/s)'     | '1.3.6.1.4.1.21796.5.1.3.1.4.7.5'             || null
        'hwg-perseus-meters'   | 'Perseus condition state alarmHigh'             | '1.3.6.1.4.1.21796.5.1.4.1.3.7.2.1'           || 5
        'netbotz-v2-botzware'  | 'temperature (tenths of a degree Celsius)'      | '1.3.6.1.4.1.5528.100.4.1.1.1.2.1'            || 23.4
        'netbotz-v2-botzware'  | 'negative temperature (tenths)'                 | '1.3.6.1.4.1.5528.100.4.1.1.1.2.2'            || -5.2
        'netbotz-v2-botzware'  | 'temperature error status warning'              | '1.3.6.1.4.1.5528.100.4.1.1.1.3.2'            || 2
        'netbotz-v2-botzware'  | 'no temperature from the °F twin'               | '1.3.6.1.4.1.5528.100.4.1.1.1.9.1'            || null
        'netbotz-v2-botzware'  | 'no second temperature from the whole-degree twin' | '1.3.6.1.4.1.5528.100.4.1.1.1.8.1'            || null
        'netbotz-v2-botzware'  | 'humidity (tenths of a percent, not A)'         | '1.3.6.1.4.1.5528.100.4.1.2.1.2.1'            || 45.6
        'netbotz-v2-botzware'  | 'dew point (tenths of a degree Celsius)'        | '1.3.6.1.4.1.5528.100.4.1.3.1.2.1'            || 10.7
        'netbotz-v2-botzware'  | 'current (tenths of an ampere)'                 | '1.3.6.1.4.1.5528.100.4.1.6.1.2.1'            || 12.5
        'netbotz-v2-botzware'  | 'dry contact open'                              | '1.3.6.1.4.1.5528.100.4.2.1.1.2.1'            || 0
        'nti-emicro-sensors'   | 'E-MICRO temperature (tenths of degrees)'       | '1.3.6.1.4.1.3699.1.1.12.1.1.1.1.4.1'         || 21.8
        'nti-emicro-sensors'   | 'E-MICRO humidity (tenths)'                     | '1.3.6.1.4.1.3699.1.1.12.1.1.1.1.4.2'         || 51.2
        'nti-emicro-sensors'   | 'E-MICRO negative dew point (tenths)'           | '1.3.6.1.4.1.3699.1.1.12.1.1.1.1.4.3'         || -3.4
        'nti-emicro-sensors'   | 'no temperature from an unplugged probe'        | '1.3.6.1.4.1.3699.1.1.12.1.2.1.1.4.1'         || null
        'nti-emicro-sensors'   | 'external humidity (tenths)'                    | '1.3.6.1.4.1.3699.1.1.12.1.2.1.1.4.2'         || 38.7
        'nti-emicro-sensors'   | 'door input open'                               | '1.3.6.1.4.1.3699.1.1.12.1.3.1.1.3.1'         || 1
        'nti-e5d-alerts'       | 'E-5D internal temperature (tenths)'            | '1.3.6.1.4.1.3699.1.1.10.1.3.1.1.6.1'         || 24.3
        'nti-e5d-alerts'       | 'E-5D internal sensor prealert (writable status)' | '1.3.6.1.4.1.3699.1.1.10.1.3.1.1.9.1'         || 2
        'nti-e5d-alerts'       | 'E-5D external sensor normal'                   | '1.3.6.1.4.1.3699.1.1.10.1.5.1.1.10.1'        || 1
        'nti-e5d-alerts'       | 'E-5D dry contact 1 in alert'                   | '1.3.6.1.4.1.3699.1.1.10.1.6.1.1.8.1'         || 3
        'nti-e5d-alerts'       | 'E-5D dry contact 2 not connected'              | '1.3.6.1.4.1.3699.1.1.10.1.6.1.1.8.2'         || 0
        'nti-e5d-alerts'       | 'E-5D remote input acknowledged'                | '1.3.6.1.4.1.3699.1.1.10.1.12.1.1.8.1'        || 4
        'nti-e5d-alerts'       | 'E-5D siren/beacon on'                          | '1.3.6.1.4.1.3699.1.1.10.1.19.1.1.2.1'        || 1
        'raritan-px1-outlets'  | 'PX1 outlet 1 current (mA)'                     | '1.3.6.1.4.1.13742.4.1.2.2.1.4.1'             || 1.874
        'raritan-px1-outlets'  | 'PX1 outlet 1 voltage (mV)'                     | '1.3.6.1.4.1.13742.4.1.2.2.1.6.1'             || 230.1
        'raritan-px1-outlets'  | 'PX1 outlet 1 power factor (%)'                 | '1.3.6.1.4.1.13742.4.1.2.2.1.9.1'             || 0.96
        'raritan-px1-outlets'  | 'PX1 outlet 1 energy (Wh in kWh)'               | '1.3.6.1.4.1.13742.4.1.2.2.1.31.1'            || 1834.512
        'raritan-px1-outlets'  | 'PX1 outlet 2 off'                              | '1.3.6.1.4.1.13742.4.1.2.2.1.3.2'             || 0
        'raritan-px1-outlets'  | 'PX1 outlet 3 error'                            | '1.3.6.1.4.1.13742.4.1.2.2.1.3.3'             || -1
        'raritan-px1-outlets'  | 'PX1 inlet power (W)'                           | '1.3.6.1.4.1.13742.4.1.20.2.1.9.1'            || 4870
        'raritan-px1-outlets'  | 'PX1 inlet energy (Wh in kWh)'                  | '1.3.6.1.4.1.13742.4.1.20.2.1.12.1'           || 123456.789
        'raritan-px1-outlets'  | 'PX1 pole 3 voltage (mV)'                       | '1.3.6.1.4.1.13742.4.1.21.2.1.4.1.3'          || 398.9
        'raritan-px1-outlets'  | 'PX1 breaker 2 tripped'                         | '1.3.6.1.4.1.13742.4.1.5.2.1.3.2'             || 1
        'raritan-px1-outlets'  | 'PX1 breaker 1 current (mA)'                    | '1.3.6.1.4.1.13742.4.1.5.2.1.5.1'             || 15.33
        'raritan-px1-outlets'  | 'PX1 CPU temperature (0.1 °C)'                  | '1.3.6.1.4.1.13742.4.1.3.1.5.0'               || 38.7
        'raritan-px1-outlets'  | 'PX1 external temperature (1 decimal)'          | '1.3.6.1.4.1.13742.4.3.3.1.41.1'              || 24.3
        'raritan-px1-outlets'  | 'PX1 external humidity'                         | '1.3.6.1.4.1.13742.4.3.3.1.41.2'              || 45
        'raritan-px1-outlets'  | 'PX1 probe in degreeF: 77.0 °F as °C'           | '1.3.6.1.4.1.13742.4.3.3.1.41.3'              || 25.0
        'raritan-px1-outlets'  | 'PX1 water sensor detected'                     | '1.3.6.1.4.1.13742.4.3.3.1.40.5'              || 9
        'raritan-px1-outlets'  | 'PX1 no state where the sensor is unavailable'  | '1.3.6.1.4.1.13742.4.3.3.1.40.6'              || null
        'raritan-px1-outlets'  | 'PX1 no value from a water sensor row'          | '1.3.6.1.4.1.13742.4.3.3.1.41.4'              || null
        'riello-mdu-sockets'   | 'MDU source A frequency (0.1 Hz)'               | '1.3.6.1.4.1.5491.11.2.1.0'                   || 49.9
        'riello-mdu-sockets'   | 'MDU source A voltage (V)'                      | '1.3.6.1.4.1.5491.11.2.2.0'                   || 229
        'riello-mdu-sockets'   | 'MDU source A current (0.1 A)'                  | '1.3.6.1.4.1.5491.11.2.3.0'                   || 7.4
        'riello-mdu-sockets'   | 'MDU socket 1 current (0.1 A)'                  | '1.3.6.1.4.1.5491.11.2.4.1.2.1'               || 3.1
        'riello-mdu-sockets'   | 'MDU socket 2 deactivated'                      | '1.3.6.1.4.1.5491.11.2.4.1.3.2'               || 2
        'riello-mdu-sockets'   | 'MDU socket 3 off for overload'                 | '1.3.6.1.4.1.5491.11.2.4.1.4.3'               || 2
        'riello-mdu-sockets'   | 'MDU socket 3 locked'                           | '1.3.6.1.4.1.5491.11.2.4.1.5.3'               || 6
        'riello-mdu-sockets'   | 'MDU high input current'                        | '1.3.6.1.4.1.5491.11.2.8.0'                   || 1
        'riello-mdu-sockets'   | 'MDU temperature (°C)'                          | '1.3.6.1.4.1.5491.11.2.12.0'                  || 31
        'riello-mdu-sockets'   | 'no reading of the nominal frequency'           | '1.3.6.1.4.1.5491.11.1.9.0'                   || null
        'siteboss571-site'     | 'S571 temperature text "68 F" in °C'            | '1.3.6.1.4.1.3052.14.1.1.1.1.7.200.1.1'       || 20.0
        'siteboss571-site'     | 'S571 temperature text "31 C"'                  | '1.3.6.1.4.1.3052.14.1.1.1.1.7.3.1.1'         || 31
        'siteboss571-site'     | 'S571 humidity point (number)'                  | '1.3.6.1.4.1.3052.14.1.1.1.1.6.3.3.1'         || 44
        'siteboss571-site'     | 'S571 no humidity from a temperature row'       | '1.3.6.1.4.1.3052.14.1.1.1.1.6.200.1.1'       || null
        'siteboss571-site'     | 'S571 analog text "54.2 VDC"'                   | '1.3.6.1.4.1.3052.14.1.1.1.1.7.3.5.1'         || 54.2
        'siteboss571-site'     | 'S571 temperature event state high'             | '1.3.6.1.4.1.3052.14.1.1.1.1.5.3.1.1'         || 4
        'siteboss571-site'     | 'S571 contact closure in its event state'       | '1.3.6.1.4.1.3052.14.1.1.1.1.5.200.2.1'       || 1
        'siteboss571-site'     | 'S571 contact closure open'                     | '1.3.6.1.4.1.3052.14.1.1.1.1.6.200.2.1'       || 0
        'siteboss571-site'     | 'S571 power output energized'                   | '1.3.6.1.4.1.3052.14.1.1.1.1.6.200.6.1'       || 1
        'siteboss571-site'     | 'S571 power output logically off'               | '1.3.6.1.4.1.3052.14.1.1.1.1.5.200.6.2'       || 2
        'siteboss571-site'     | 'S571 distributor current (mA)'                 | '1.3.6.1.4.1.3052.14.1.5.4.1.1.5.200.1'       || 9.874
        'siteboss571-site'     | 'S571 distributor voltage (mV)'                 | '1.3.6.1.4.1.3052.14.1.5.4.1.1.13.200.1'      || 53.82
        'siteboss571-site'     | 'S571 distributor power (W)'                    | '1.3.6.1.4.1.3052.14.1.5.4.1.1.20.5.1'        || 241
        'siteboss571-site'     | 'S571 PowerBoss current event text High'        | '1.3.6.1.4.1.3052.14.1.5.4.1.1.4.5.1'         || 4
        'siteboss571-site'     | 'S571 output 2 current (mA)'                    | '1.3.6.1.4.1.3052.14.1.5.4.1.1.23.200.2'      || 2.65
        'siteboss571-site'     | 'S571 output 2 current event Very High'         | '1.3.6.1.4.1.3052.14.1.5.4.1.1.22.200.2'      || 5
        'siteboss571-site'     | 'S571 no very-high threshold read as a value'   | '1.3.6.1.4.1.3052.14.1.5.4.1.1.8.200.1'       || null
        'siteboss571-site'     | 'S571 no fuse event from the current texts'     | '1.3.6.1.4.1.3052.14.1.5.4.1.1.30.200.1'      || null
        'siteboss571-site'     | 'S571 older main voltage (mV)'                  | '1.3.6.1.4.1.3052.14.1.5.2.2.3.0'             || 54.0
        'siteboss571-site'     | 'S571 older output fuse blown (text 14)'        | '1.3.6.1.4.1.3052.14.1.5.3.4.1.2.1'           || 14
        'siteboss571-site'     | 'S571 fuel level (0.01 %) of a live sensor'     | '1.3.6.1.4.1.3052.14.1.6.1.1.7.1'             || 75.12
        'siteboss571-site'     | 'S571 no fuel level from an unconfigured sensor' | '1.3.6.1.4.1.3052.14.1.6.1.1.7.2'             || null
        'siteboss571-site'     | 'S571 AC monitor average current text (A)'      | '1.3.6.1.4.1.3052.14.1.8.1.1.11.1'            || 12.345
        'siteboss571-site'     | 'S571 AC monitor total power factor'            | '1.3.6.1.4.1.3052.14.1.8.1.1.33.1'            || 0.97
        'siteboss571-site'     | 'S571 AC monitor energy (Wh in kWh)'            | '1.3.6.1.4.1.3052.14.1.8.1.1.55.1'            || 1234.567
        'siteboss571-site'     | 'S571 AC monitor current event High'            | '1.3.6.1.4.1.3052.14.1.8.1.1.15.1'            || 4
        'siteboss550-site'     | 'S550 temperature text "68 F" in °C'            | '1.3.6.1.4.1.3052.10.1.1.1.1.7.200.1.1'       || 20.0
        'siteboss550-site'     | 'S550 distributor current (mA)'                 | '1.3.6.1.4.1.3052.10.1.5.4.1.1.5.200.1'       || 9.874
        'siteboss550-site'     | 'S550 fuel level (0.01 %)'                      | '1.3.6.1.4.1.3052.10.1.6.1.1.7.1'             || 75.12
        'siteboss550-site'     | 'S550 AC monitor line 1-2 voltage text'         | '1.3.6.1.4.1.3052.10.1.8.1.1.11.1'            || 398.6
        'siteboss550-site'     | 'S550 AC monitor energy (Wh in kWh)'            | '1.3.6.1.4.1.3052.10.1.8.1.1.58.1'            || 1234.567
        'siteboss550-site'     | 'S550 backup battery charge'                    | '1.3.6.1.4.1.3052.10.1.12.1.1.0'              || 87
        'siteboss550-site'     | 'S550 running on backup battery'                | '1.3.6.1.4.1.3052.10.1.12.1.2.0'              || 1
        'siteboss550-site'     | 'S550 HVAC controller link lost'                | '1.3.6.1.4.1.3052.10.1.11.2.11.0'             || 0
        'siteboss360-site'     | 'S360 temperature text "68 F" in °C'            | '1.3.6.1.4.1.3052.23.1.1.1.1.7.200.1.1'       || 20.0
        'siteboss360-site'     | 'S360 distributor current (mA)'                 | '1.3.6.1.4.1.3052.23.1.5.4.1.1.5.200.1'       || 9.874
        'siteboss360-site'     | 'S360 fuel level (0.01 %)'                      | '1.3.6.1.4.1.3052.23.1.6.1.1.7.1'             || 75.12
        'siteboss360-site'     | 'S360 AC monitor line 1-2 voltage text'         | '1.3.6.1.4.1.3052.23.1.8.1.1.11.1'            || 398.6
        'siteboss360-site'     | 'S360 AC monitor energy (Wh in kWh)'            | '1.3.6.1.4.1.3052.23.1.8.1.1.58.1'            || 1234.567
        'siteboss360-site'     | 'S360 backup battery charge'                    | '1.3.6.1.4.1.3052.23.1.12.1.1.0'              || 87
        'siteboss360-site'     | 'S360 running on backup battery'                | '1.3.6.1.4.1.3052.23.1.12.1.2.0'              || 1
        'siteboss360-site'     | 'S360 HVAC controller link lost'                | '1.3.6.1.4.1.3052.23.1.11.2.11.0'             || 0
        'siteboss530-site'     | 'S530 temperature text "68 F" in °C'            | '1.3.6.1.4.1.3052.12.1.1.1.1.7.200.1.1'       || 20.0
        'siteboss530-site'     | 'S530 contact closure open'                     | '1.3.6.1.4.1.3052.12.1.1.1.1.6.200.2.1'       || 0
        'siteboss530-site'     | 'S530 distributor voltage (mV)'                 | '1.3.6.1.4.1.3052.12.1.5.4.1.1.13.200.1'      || 53.82
        'siteboss530-site'     | 'S530 output 1 current (mA)'                    | '1.3.6.1.4.1.3052.12.1.5.4.1.1.23.200.1'      || 1.12
        'siteboss530-site'     | 'S530 fuel level (0.01 %)'                      | '1.3.6.1.4.1.3052.12.1.6.1.1.7.1'             || 75.12
        'siteboss530-site'     | 'S530 AC monitor energy (Wh in kWh)'            | '1.3.6.1.4.1.3052.12.1.8.1.1.55.1'            || 1234.567
        'siteboss572-site'     | 'S572 temperature text "68 F" in °C'            | '1.3.6.1.4.1.3052.20.1.1.1.1.7.200.1.1'       || 20.0
        'siteboss572-site'     | 'S572 contact closure open'                     | '1.3.6.1.4.1.3052.20.1.1.1.1.6.200.2.1'       || 0
        'siteboss572-site'     | 'S572 distributor voltage (mV)'                 | '1.3.6.1.4.1.3052.20.1.5.4.1.1.13.200.1'      || 53.82
        'siteboss572-site'     | 'S572 output 1 current (mA)'                    | '1.3.6.1.4.1.3052.20.1.5.4.1.1.23.200.1'      || 1.12
        'siteboss572-site'     | 'S572 fuel level (0.01 %)'                      | '1.3.6.1.4.1.3052.20.1.6.1.1.7.1'             || 75.12
        'siteboss572-site'     | 'S572 AC monitor energy (Wh in kWh)'            | '1.3.6.1.4.1.3052.20.1.8.1.1.55.1'            || 1234.567
        'vutlan-elements'      | 'element temperature text (°C)'                 | '1.3.6.1.4.1.39052.1.3.1.9.5'                 || 21.35
        'vutlan-elements'      | 'negative element temperature text'             | '1.3.6.1.4.1.39052.1.3.1.9.7'                 || -7.5
        'vutlan-elements'      | 'no temperature from an unplugged probe'        | '1.3.6.1.4.1.39052.1.3.1.9.6'                 || null
        'vutlan-elements'      | 'element humidity text (%)'                     | '1.3.6.1.4.1.39052.1.3.1.9.8'                 || 47.2
        'vutlan-elements'      | 'element voltage text (V)'                      | '1.3.6.1.4.1.39052.1.3.1.9.9'                 || 24.1
        'vutlan-elements'      | 'door element open'                             | '1.3.6.1.4.1.39052.1.3.1.9.2'                 || 1
        'vutlan-elements'      | 'smoke element detected'                        | '1.3.6.1.4.1.39052.1.3.1.9.4'                 || 1
        'vutlan-elements'      | 'relay element on (text)'                       | '1.3.6.1.4.1.39052.1.3.1.9.10'                || 1
        'vutlan-elements'      | 'element state text warning'                    | '1.3.6.1.4.1.39052.1.3.1.8.7'                 || 1
        'vutlan-elements'      | 'CAN temperature (integer x 100)'               | '1.3.6.1.4.1.39052.6.2.1.25.1'                || 23.15
        'vutlan-elements'      | 'CAN humidity (integer x 100)'                  | '1.3.6.1.4.1.39052.6.2.1.25.2'                || 51.2
        'vutlan-elements'      | 'no reading of a CAN low threshold'             | '1.3.6.1.4.1.39052.6.2.1.10.1'                || null
        'sinetica-ups-3phase'  | 'input voltage phase 2 (V)'                     | '1.3.6.1.4.1.13891.101.3.3.1.3.2'             || 229
        'sinetica-ups-3phase'  | 'input current phase 1 (0.1 A)'                 | '1.3.6.1.4.1.13891.101.3.3.1.4.1'             || 15.2
        'sinetica-ups-3phase'  | 'no input current where it says 65535'          | '1.3.6.1.4.1.13891.101.3.3.1.4.3'             || null
        'sinetica-ups-3phase'  | 'output voltage phase 3 (V)'                    | '1.3.6.1.4.1.13891.101.4.4.1.2.3'             || 231
        'sinetica-ups-3phase'  | 'output current phase 1 (0.1 A)'                | '1.3.6.1.4.1.13891.101.4.4.1.3.1'             || 125.0
        'sinetica-ups-3phase'  | 'output power phase 2 (W)'                      | '1.3.6.1.4.1.13891.101.4.4.1.4.2'             || 25500
        'sinetica-ups-3phase'  | 'output load phase 3 (%)'                       | '1.3.6.1.4.1.13891.101.4.4.1.5.3'             || 35
        'sinetica-ups-3phase'  | 'battery voltage (0.1 V)'                       | '1.3.6.1.4.1.13891.101.2.5.0'                 || 408.7
        'sinetica-ups-3phase'  | 'battery status normal'                         | '1.3.6.1.4.1.13891.101.2.1.0'                 || 2
        'sinetica-ups-3phase'  | 'bypass frequency (0.1 Hz)'                     | '1.3.6.1.4.1.13891.101.5.1.0'                 || 49.9
        'sinetica-ups-3phase'  | 'self-test result donePass'                     | '1.3.6.1.4.1.13891.101.7.3.0'                 || 1
        'sinetica-hawk-i2-inputs' | 'temperature input in tenths, °F: 77.0 as °C'   | '1.3.6.1.4.1.3711.24.1.1.1.2.2.1.7.1'         || 25.0
        'sinetica-hawk-i2-inputs' | 'negative temperature input in °F as °C'        | '1.3.6.1.4.1.3711.24.1.1.1.2.2.1.7.5'         || -20.0
        'sinetica-hawk-i2-inputs' | 'humidity input (tenths)'                       | '1.3.6.1.4.1.3711.24.1.1.1.2.2.1.7.2'         || 45.3
        'sinetica-hawk-i2-inputs' | 'no reading from an inactive input'             | '1.3.6.1.4.1.3711.24.1.1.1.2.2.1.7.4'         || null
        'sinetica-hawk-i2-inputs' | 'no reading of an upper critical limit'         | '1.3.6.1.4.1.3711.24.1.1.1.2.3.1.1.3.1'       || null
        'sinetica-hawk-i2-inputs' | 'contact triggered'                             | '1.3.6.1.4.1.3711.24.1.1.1.3.1.1.7.2'         || 4
        'sinetica-hawk-i2-inputs' | 'PDU current (0.1 A)'                           | '1.3.6.1.4.1.3711.24.1.1.7.3.1.1.4.1'         || 12.3
        'sinetica-hawk-i2-inputs' | 'PDU energy (0.1 kWh)'                          | '1.3.6.1.4.1.3711.24.1.1.7.3.1.1.5.1'         || 4567.8
        'sinetica-hawk-i2-inputs' | 'PDU power (0.1 kW)'                            | '1.3.6.1.4.1.3711.24.1.1.7.3.1.1.7.1'         || 2700
        'sinetica-hawk-i2-inputs' | 'PDU power factor (0.01)'                       | '1.3.6.1.4.1.3711.24.1.1.7.3.1.1.8.1'         || 0.96
        'sinetica-hawk-i2-inputs' | 'PDU outlet 2 off'                              | '1.3.6.1.4.1.3711.24.1.1.7.2.3.1.5.1.2'       || 2
        'powerwalker-eppc-3phase'  | 'output current of phase 1 (0.1 A)'             | '1.3.6.1.4.1.935.10.1.1.2.18.1.4.1'           || 18.2
        'powerwalker-eppc-3phase'  | 'no output current where the card says -1'      | '1.3.6.1.4.1.935.10.1.1.2.18.1.4.3'           || null
        'powerwalker-eppc-3phase'  | 'no input current where the card says -1'       | '1.3.6.1.4.1.935.10.1.1.2.16.1.4.2'           || null
        'powerwalker-eppc-3phase'  | 'output power of phase 3 (W)'                   | '1.3.6.1.4.1.935.10.1.1.2.18.1.5.3'           || 3610
        'powerwalker-eppc-3phase'  | 'output load of phase 1 (%)'                    | '1.3.6.1.4.1.935.10.1.1.2.18.1.7.1'           || 39
        'powerwalker-eppc-3phase'  | 'output frequency (0.1 Hz)'                     | '1.3.6.1.4.1.935.10.1.1.2.18.1.2.3'           || 50.0
        'powerwalker-eppc-3phase'  | 'UPS temperature (0.1 °C)'                      | '1.3.6.1.4.1.935.10.1.1.2.2.0'                || 34.7
        'powerwalker-eppc-3phase'  | 'time on battery (s read in min)'               | '1.3.6.1.4.1.935.10.1.1.3.2.0'                || 5
        'powerwalker-eppc-3phase'  | 'positive battery voltage (0.1 V)'              | '1.3.6.1.4.1.935.10.1.1.3.5.0'                || 271.2
        'powerwalker-eppc-3phase'  | 'no battery temperature where the card says -1' | '1.3.6.1.4.1.935.10.1.1.3.8.0'                || null
        'powerwalker-eppc-3phase'  | 'battery test failureOrWarning'                 | '1.3.6.1.4.1.935.10.1.1.7.3.0'                || 4
        'megatec-xppc-3phase'      | 'input voltage (0.1 V), no vendor sysObjectID'  | '1.3.6.1.4.1.935.1.1.1.3.2.1.0'               || 229.5
        'megatec-xppc-3phase'      | 'battery voltage (0.1 V)'                       | '1.3.6.1.4.1.935.1.1.1.2.2.2.0'               || 273
        'megatec-xppc-3phase'      | 'UPS temperature (0.1 °C)'                      | '1.3.6.1.4.1.935.1.1.1.2.2.3.0'               || 31.2
        'megatec-xppc-3phase'      | 'output source onBypass'                        | '1.3.6.1.4.1.935.1.1.1.4.1.1.0'               || 6
        'megatec-xppc-3phase'      | 'three-phase output voltage T (0.1 V)'          | '1.3.6.1.4.1.935.1.1.1.8.3.4.0'               || 230.1
        'megatec-xppc-3phase'      | 'three-phase output load R (0.1 %)'             | '1.3.6.1.4.1.935.1.1.1.8.3.5.0'               || 41
        // Emerson EES DC power (EES-POWER-MIB): the module's measurements are stored in thousandths
        'emerson-ees-rectifiers'   | 'probe temperature (0.001 °C)'                  | '1.3.6.1.4.1.6302.2.1.2.7.3.1.2.1'            || 22.45
        'emerson-ees-rectifiers'   | 'battery-room probe below zero (0.001 °C)'      | '1.3.6.1.4.1.6302.2.1.2.7.3.1.2.2'            || -1.5
        'emerson-ees-rectifiers'   | 'rectifier 2 current (mA)'                      | '1.3.6.1.4.1.6302.2.1.2.11.4.1.6.2'           || 11.98
        'emerson-ees-rectifiers'   | 'converter voltage (mV)'                        | '1.3.6.1.4.1.6302.2.1.2.13.4.0'               || 54.1
        // Carel SCS ks (SCS-ks-MIB): "235 = 23.5 degree Celsius"
        'carel-scs-ks-room'        | 'exhaust air temperature (0.1 °C)'              | '1.3.6.1.4.1.9839.1.2.15.0'                   || 24.3
        'carel-scs-ks-room'        | 'outside air below zero (0.1 °C)'               | '1.3.6.1.4.1.9839.1.2.17.0'                   || -5.2
        'carel-scs-ks-room'        | 'room humidity (0.1 %)'                         | '1.3.6.1.4.1.9839.1.2.19.0'                   || 45.5
        'megatec-xppc-3phase'      | 'three-phase input frequency (0.1 Hz)'          | '1.3.6.1.4.1.935.1.1.1.8.2.1.0'               || 49.9
        'megatec-xppc-3phase'      | 'three-phase runtime (min)'                     | '1.3.6.1.4.1.935.1.1.1.8.1.3.0'               || 30
        'megatec-xppc-3phase'      | 'probe temperature (°C)'                        | '1.3.6.1.4.1.935.1.1.1.9.1.1.0'               || 24
        'cyberpower-ups-on-battery' | 'no reading of the 1/10 °F twin as °C'          | '1.3.6.1.4.1.3808.1.1.4.2.1.0'                || null
        'cyberpower-ups-on-battery' | 'sensor humidity (%)'                           | '1.3.6.1.4.1.3808.1.1.4.3.1.0'                || 52
        'cyberpower-ups-on-battery' | 'battery voltage (1/10 V)'                      | '1.3.6.1.4.1.3808.1.1.1.2.2.2.0'              || 27.0
        'cyberpower-ups-on-battery' | 'output voltage (1/10 V)'                       | '1.3.6.1.4.1.3808.1.1.1.4.2.1.0'              || 230.1
        'cyberpower-ups-on-battery' | 'output current (1/10 A)'                       | '1.3.6.1.4.1.3808.1.1.1.4.2.4.0'              || 6.5
        'socomec-netvision5'       | 'battery voltage (0.1 V), older branch'         | '1.3.6.1.4.1.4555.1.1.1.1.2.5.0'              || 339.1
        'socomec-netvision5'       | 'battery temperature (0.1 degree)'              | '1.3.6.1.4.1.4555.1.1.1.1.2.6.0'              || 22.4
        'socomec-netvision5'       | 'temperature inside the UPS (0.1 degree)'       | '1.3.6.1.4.1.4555.1.1.1.1.2.7.0'              || 25.1
        'socomec-netvision5'       | 'no battery current where the card says 65535'  | '1.3.6.1.4.1.4555.1.1.1.1.2.8.0'              || null
        'socomec-netvision5'       | 'not on battery: no time on battery (-1)'       | '1.3.6.1.4.1.4555.1.1.1.1.2.2.0'              || null
        'socomec-netvision5'       | 'input voltage of phase 2 (0.1 V)'              | '1.3.6.1.4.1.4555.1.1.1.1.3.3.1.2.2'          || 229.0
        'socomec-netvision5'       | 'no input current where the card says -1'       | '1.3.6.1.4.1.4555.1.1.1.1.3.3.1.3.1'          || null
        'socomec-netvision5'       | 'output current of phase 1 (0.1 A)'             | '1.3.6.1.4.1.4555.1.1.1.1.4.4.1.3.1'          || 41.2
        'socomec-netvision5'       | 'output load of phase 3 (%)'                    | '1.3.6.1.4.1.4555.1.1.1.1.4.4.1.4.3'          || 46
        'socomec-netvision5'       | 'bypass frequency (0.1 Hz)'                     | '1.3.6.1.4.1.4555.1.1.1.1.5.1.0'              || 50.0
        // makers without a vendor-wide profile before: RNX, HPE, Chatsworth, e3meter, Dell (rows from each MIB's text)
        'rnx-updu-modules'         | 'PDU total current (mA)'                        | '1.3.6.1.4.1.55108.1.3.1.1.11.0.0'            || 11.208
        'rnx-updu-modules'         | 'phase L2 voltage (mV)'                         | '1.3.6.1.4.1.55108.1.3.1.1.10.0.2'            || 231.05
        'rnx-updu-modules'         | 'outlet CH1:3 power (W)'                        | '1.3.6.1.4.1.55108.1.3.1.1.7.1.3'             || 96
        'rnx-updu-modules'         | 'PDU total energy (Wh, read in kWh)'            | '1.3.6.1.4.1.55108.1.3.1.1.4.0.0'             || 1234.567
        'rnx-updu-modules'         | 'outlet meter without data (noData)'            | '1.3.6.1.4.1.55108.1.3.1.1.15.1.3'            || 2
        'rnx-updu-modules'         | 'probe temperature (deg-C/10)'                  | '1.3.6.1.4.1.55108.1.3.2.1.4.1'               || 24.3
        'rnx-updu-modules'         | 'probe humidity (per mil, read in %)'           | '1.3.6.1.4.1.55108.1.3.2.1.5.1'               || 47.6
        'rnx-updu-modules'         | 'residual current (mA/10)'                      | '1.3.6.1.4.1.55108.1.3.3.1.3.1.0'             || 3.5
        'rnx-updu-modules'         | 'outlet relay on'                               | '1.3.6.1.4.1.55108.1.4.1.1.4.1.3'             || 1
        'hpe-pdu-generations'      | 'pdu: status degraded'                          | '1.3.6.1.4.1.232.165.2.1.2.1.8.1'             || 3
        'hpe-pdu-generations'      | 'pdu: breaker current (A, as the agents answer)'| '1.3.6.1.4.1.232.165.2.3.2.1.3.1.2'           || 13
        'hpe-pdu-generations'      | 'pdu: breaker voltage (V)'                      | '1.3.6.1.4.1.232.165.2.3.2.1.2.1.2'           || 229
        'hpe-pdu-generations'      | 'pdu: no power where the PDU says -1'           | '1.3.6.1.4.1.232.165.2.3.1.1.4.1'             || null
        'hpe-pdu-generations'      | 'pdu2: input frequency (0.1 Hz)'                | '1.3.6.1.4.1.232.165.7.2.1.1.2.0'             || 49.9
        'hpe-pdu-generations'      | 'pdu2: input power factor (thousandths)'        | '1.3.6.1.4.1.232.165.7.2.1.1.8.0'             || 0.958
        'hpe-pdu-generations'      | 'pdu2: no VAR where negative (not available)'   | '1.3.6.1.4.1.232.165.7.2.1.1.9.0'             || null
        'hpe-pdu-generations'      | 'pdu2: phase voltage (mV)'                      | '1.3.6.1.4.1.232.165.7.2.2.1.3.0.2'           || 230.415
        'hpe-pdu-generations'      | 'pdu2: phase current (mA)'                      | '1.3.6.1.4.1.232.165.7.2.2.1.11.0.2'          || 4.21
        'hpe-pdu-generations'      | 'pdu2: outlet current (mA)'                     | '1.3.6.1.4.1.232.165.7.5.1.1.5.0.7'           || 1.35
        'hpe-pdu-generations'      | 'pdu2: outlet on'                               | '1.3.6.1.4.1.232.165.7.5.2.1.1.0.7'           || 2
        'hpe-pdu-generations'      | 'pdu3: input frequency (0.1 Hz)'                | '1.3.6.1.4.1.232.165.11.2.1.1.2.0'            || 60.0
        'hpe-pdu-generations'      | 'pdu3: phase voltage (0.1 V)'                   | '1.3.6.1.4.1.232.165.11.2.2.1.3.0.1'          || 208.1
        'hpe-pdu-generations'      | 'pdu3: phase current (0.01 A)'                  | '1.3.6.1.4.1.232.165.11.2.2.1.11.0.1'         || 12.34
        'hpe-pdu-generations'      | 'pdu3: phase load (0.1 %)'                      | '1.3.6.1.4.1.232.165.11.2.2.1.17.0.1'         || 41.2
        'hpe-pdu-generations'      | 'pdu3: outlet current (0.01 A)'                 | '1.3.6.1.4.1.232.165.11.5.1.1.5.0.3'          || 0.87
        'hpe-pdu-generations'      | 'pdu3: outlet power factor (0.01)'              | '1.3.6.1.4.1.232.165.11.5.1.1.16.0.3'         || 0.95
        'hpe-pdu-generations'      | 'pdu3: no outlet watts where negative'          | '1.3.6.1.4.1.232.165.11.5.1.1.13.0.3'         || null
        'chatsworth-pdu-chain'     | 'PDU total power (VA)'                          | '1.3.6.1.4.1.30932.1.10.1.2.10.1.16.6.0.1.2.3.4.5' || 3150
        'chatsworth-pdu-chain'     | 'input line current (1/100 amp)'                | '1.3.6.1.4.1.30932.1.10.1.3.10.1.3.1.6.0.1.2.3.4.5' || 14.02
        'chatsworth-pdu-chain'     | 'branch current (1/100 amp)'                    | '1.3.6.1.4.1.30932.1.10.1.3.110.1.3.2.6.0.1.2.3.4.5' || 6.55
        'chatsworth-pdu-chain'     | 'branch voltage (1/10 volts)'                   | '1.3.6.1.4.1.30932.1.10.1.3.110.1.5.2.6.0.1.2.3.4.5' || 230.4
        'chatsworth-pdu-chain'     | 'branch warning'                                | '1.3.6.1.4.1.30932.1.10.1.3.110.1.8.2.6.0.1.2.3.4.5' || 1
        'chatsworth-pdu-chain'     | 'branch energy (decaVA-secs, in kVAh)'          | '1.3.6.1.4.1.30932.1.10.1.3.110.1.9.2.6.0.1.2.3.4.5' || 2000
        'chatsworth-pdu-chain'     | 'chained PDU outlet current (1/100 amp)'        | '1.3.6.1.4.1.30932.1.10.1.4.10.1.6.5.6.0.1.2.3.4.6' || 0.88
        'chatsworth-pdu-chain'     | 'outlet energy (decaWatt-secs, in kWh)'         | '1.3.6.1.4.1.30932.1.10.1.4.10.1.10.5.6.0.1.2.3.4.6' || 100
        'chatsworth-pdu-chain'     | 'outlet switched off'                           | '1.3.6.1.4.1.30932.1.10.1.4.10.1.11.5.6.0.1.2.3.4.6' || 0
        'chatsworth-pdu-chain'     | 'temperature probe (degrees F, read in °C)'     | '1.3.6.1.4.1.30932.1.10.1.5.10.1.5.1.6.0.1.2.3.4.5' || 25.0
        'chatsworth-pdu-chain'     | 'humidity probe (percent)'                      | '1.3.6.1.4.1.30932.1.10.1.5.10.1.5.2.6.0.1.2.3.4.5' || 41
        'e3meter-ipm-ctr'          | 'CTR: node dead'                                | '1.3.6.1.4.1.21695.1.10.3.1.9.20411'          || 2
        'e3meter-ipm-ctr'          | 'CTR: meter frequency (mHz)'                    | '1.3.6.1.4.1.21695.1.10.4.1.11.20411.1'       || 50.012
        'e3meter-ipm-ctr'          | 'CTR: meter data old'                           | '1.3.6.1.4.1.21695.1.10.4.1.15.20411.1'       || 2
        'e3meter-ipm-ctr'          | 'CTR: average power (W)'                        | '1.3.6.1.4.1.21695.1.10.4.1.18.20411.1'       || 1875
        'e3meter-ipm-ctr'          | 'CTR: average voltage (mV)'                     | '1.3.6.1.4.1.21695.1.10.4.1.25.20411.1'       || 229.65
        'e3meter-ipm-ctr'          | 'CTR: average current (mA)'                     | '1.3.6.1.4.1.21695.1.10.4.1.28.20411.1'       || 8.42
        'e3meter-ipm-ctr'          | 'CTR: power factor (* 100)'                     | '1.3.6.1.4.1.21695.1.10.4.1.31.20411.1'       || 0.97
        'e3meter-ipm-ctr'          | 'CTR: sensor temperature (deg-C/10)'            | '1.3.6.1.4.1.21695.1.10.5.1.4.20411.0'        || 21.8
        'e3meter-ipm-ctr'          | 'CTR: sensor humidity (%)'                      | '1.3.6.1.4.1.21695.1.10.5.1.5.20411.0'        || 44
        'e3meter-ipm-ctr'          | 'IPM: voltage (mV)'                             | '1.3.6.1.4.1.21695.1.10.7.2.1.8.2'            || 231.4
        'e3meter-ipm-ctr'          | 'IPM: current (mA)'                             | '1.3.6.1.4.1.21695.1.10.7.2.1.9.2'            || 2.79
        'e3meter-ipm-ctr'          | 'IPM: frequency (mHz)'                          | '1.3.6.1.4.1.21695.1.10.7.2.1.10.2'           || 49.98
        'e3meter-ipm-ctr'          | 'IPM: sensor humidity (/1000, read in %)'       | '1.3.6.1.4.1.21695.1.10.7.3.1.5.1'            || 51.2
        'dell-rpdu-metered'        | 'device power (1/100 of KWatts)'                | '1.3.6.1.4.1.674.10903.200.2.200.110.2.1.3.1' || 3120
        'dell-rpdu-metered'        | 'device energy (tenths of kWh)'                 | '1.3.6.1.4.1.674.10903.200.2.200.110.2.1.4.1' || 4502.1
        'dell-rpdu-metered'        | 'device near overload'                          | '1.3.6.1.4.1.674.10903.200.2.200.110.2.1.6.1' || 3
        'dell-rpdu-metered'        | 'phase current (tenths of Amps)'                | '1.3.6.1.4.1.674.10903.200.2.200.120.2.1.4.2' || 13.7
        'dell-rpdu-metered'        | 'phase voltage (Volts)'                         | '1.3.6.1.4.1.674.10903.200.2.200.120.2.1.5.2' || 229
        'dell-rpdu-metered'        | 'phase power (hundredths of kilowatts)'         | '1.3.6.1.4.1.674.10903.200.2.200.120.2.1.6.2' || 3010
        'dell-rpdu-metered'        | 'outlet current (Amps)'                         | '1.3.6.1.4.1.674.10903.200.2.200.130.2.2.1.6.4' || 2
        'dell-rpdu-metered'        | 'outlet overload'                               | '1.3.6.1.4.1.674.10903.200.2.200.130.2.2.1.11.4' || 4
        'dell-rpdu-metered'        | 'probe temperature (tenths of degrees Celsius)' | '1.3.6.1.4.1.674.10903.200.2.200.150.2.2.1.5.1' || 24.3
        'dell-rpdu-metered'        | 'no Fahrenheit twin'                            | '1.3.6.1.4.1.674.10903.200.2.200.150.2.2.1.4.1' || null
        'dell-rpdu-metered'        | 'probe humidity (percent)'                      | '1.3.6.1.4.1.674.10903.200.2.200.150.3.2.1.4.1' || 38
        'panduit-g5-groups'        | 'input frequency (tenths of Hz)'                | '1.3.6.1.4.1.19536.10.1.2.1.1.2.1'            || 50.1
        'panduit-g5-groups'        | 'input total current (0.01 amps)'               | '1.3.6.1.4.1.19536.10.1.2.1.1.11.1'           || 10.12
        'panduit-g5-groups'        | 'no power factor where negative'                | '1.3.6.1.4.1.19536.10.1.2.1.1.9.1'            || null
        'panduit-g5-groups'        | 'group voltage (0.1 volts)'                     | '1.3.6.1.4.1.19536.10.1.3.1.1.5.1.2'          || 228.7
        'panduit-g5-groups'        | 'group current (0.01 amps)'                     | '1.3.6.1.4.1.19536.10.1.3.1.1.12.1.2'         || 4.55
        'panduit-g5-groups'        | 'group breaker off'                             | '1.3.6.1.4.1.19536.10.1.3.1.1.26.1.2'         || 3
        'panduit-g5-groups'        | 'outlet current (0.01 amps)'                    | '1.3.6.1.4.1.19536.10.1.5.1.1.5.1.9'          || 1.23
        'panduit-g5-groups'        | 'outlet energy (Wh, read in kWh)'               | '1.3.6.1.4.1.19536.10.1.5.1.1.14.1.9'         || 25.4
        'panduit-g5-groups'        | 'outlet power factor (hundredths)'              | '1.3.6.1.4.1.19536.10.1.5.1.1.16.1.9'         || 0.92
        'aten-pdu-banks'           | 'device current (1,000 times)'                  | '1.3.6.1.4.1.21317.1.3.2.2.2.1.99.1.2.1'      || 7.25
        'aten-pdu-banks'           | 'device voltage (1,000 times)'                  | '1.3.6.1.4.1.21317.1.3.2.2.2.1.99.1.3.1'      || 229.1
        'aten-pdu-banks'           | 'device power (1,000 times)'                    | '1.3.6.1.4.1.21317.1.3.2.2.2.1.99.1.4.1'      || 1602.5
        'aten-pdu-banks'           | 'outlet current (1,000 times)'                  | '1.3.6.1.4.1.21317.1.3.2.2.2.2.99.1.2.3'      || 1.3
        'aten-pdu-banks'           | 'no outlet power where not supported (-2000000)' | '1.3.6.1.4.1.21317.1.3.2.2.2.2.99.1.4.3'     || null
        'aten-pdu-banks'           | 'no bank current where not available (-1000000)' | '1.3.6.1.4.1.21317.1.3.2.2.2.3.99.1.2.2'     || null
        'aten-pdu-banks'           | 'bank voltage (1,000 times)'                    | '1.3.6.1.4.1.21317.1.3.2.2.2.3.99.1.3.2'      || 230.4
        'wti-power-branches'       | 'plug off'                                      | '1.3.6.1.4.1.2634.3.100.200.1.3.2'            || 0
        'wti-power-branches'       | 'plug current (tenths of amps)'                 | '1.3.6.1.4.1.2634.3.100.200.1.7.2'            || 2.3
        'wti-power-branches'       | 'plug power (Watts)'                            | '1.3.6.1.4.1.2634.3.100.200.1.8.2'            || 512
        'wti-power-branches'       | 'branch B current (tenths of amps)'             | '1.3.6.1.4.1.2634.3.200.10.1.7.1'             || 4.1
        'wti-power-branches'       | 'branch B voltage'                              | '1.3.6.1.4.1.2634.3.200.10.1.8.1'             || 229
        'wti-power-branches'       | 'system total current (tenths of amps)'         | '1.3.6.1.4.1.2634.3.200.60.0'                 || 8.7
        'wti-power-branches'       | 'circuit breaker open alarm active'             | '1.3.6.1.4.1.2634.3.280.5.0'                  || 1
    }

    /**
     * ENTITY-SENSOR rows by their type and scale, Delta Orion measurement rows by their unit column, UPS cards' objects
     * under the shared UPS names, PowerNet's kW objects and its shares of a rating (a percentage, whatever unit the rating
     * is in): each value with the name and unit its row says.
     */
    def "#recording: #what is read at #oid as #expected #unit (#name)"() {
        when:
        def read = named(recording)[oid]
        def got = walks.readings(recording)[oid]

        then:
        read == [name, unit]
        Math.abs(got - expected) <= Math.max(0.01d, Math.abs(expected) * 0.005d)

        where:
        recording                   | what                                        | oid                                       || expected | unit  | name
        'entity-sensor-scaled'      | 'celsius, units, 1 decimal'                 | '1.3.6.1.2.1.99.1.1.1.4.1001'             || 41.5     | '°C'  | 'entity.sensor.temperature'
        'entity-sensor-scaled'      | 'voltsDC, milli, no decimals'               | '1.3.6.1.2.1.99.1.1.1.4.1002'             || 12.01    | 'V'   | 'entity.sensor.voltage.dc'
        'entity-sensor-scaled'      | 'amperes, units, 2 decimals'                | '1.3.6.1.2.1.99.1.1.1.4.1003'             || 12.34    | 'A'   | 'entity.sensor.current'
        'entity-sensor-scaled'      | 'watts, kilo, 1 decimal'                    | '1.3.6.1.2.1.99.1.1.1.4.1004'             || 3600     | 'W'   | 'entity.sensor.power'
        'entity-sensor-scaled'      | 'percentRH, units, 1 decimal'               | '1.3.6.1.2.1.99.1.1.1.4.1006'             || 45.5     | '%'   | 'entity.sensor.humidity'
        'entity-sensor-scaled'      | 'rpm, units'                                | '1.3.6.1.2.1.99.1.1.1.4.1008'             || 4200     | 'rpm' | 'entity.sensor.fan.speed'
        'entity-sensor-scaled'      | 'dBm (no unit of ours), units, 1 decimal'   | '1.3.6.1.2.1.99.1.1.1.4.1010'             || -3.5     | null  | 'entity.sensor.value'
        'delta-orion-measurements'  | 'DC system voltage, 10^-2, negative plant'  | '1.3.6.1.4.1.20246.2.3.1.1.1.2.9.1.1.3.1' || -53.52   | 'V'   | 'dcpower.measurement.voltage'
        'delta-orion-measurements'  | 'load current, 10^-1'                       | '1.3.6.1.4.1.20246.2.3.1.1.1.2.9.1.1.3.2' || 123.4    | 'A'   | 'dcpower.measurement.current'
        'delta-orion-measurements'  | 'battery temperature, 10^-1'                | '1.3.6.1.4.1.20246.2.3.1.1.1.2.9.1.1.3.3' || 24.5     | '°C'  | 'dcpower.measurement.temperature'
        'delta-orion-measurements'  | 'load power, 10^2'                          | '1.3.6.1.4.1.20246.2.3.1.1.1.2.9.1.1.3.4' || 1200     | 'W'   | 'dcpower.measurement.power'
        'delta-orion-measurements'  | 'energy in Wh, read in kWh'                 | '1.3.6.1.4.1.20246.2.3.1.1.1.2.9.1.1.3.5' || 123.456  | 'kWh' | 'dcpower.measurement.energy'
        'delta-orion-measurements'  | 'unitless row, 10^0'                        | '1.3.6.1.4.1.20246.2.3.1.1.1.2.9.1.1.3.6' || 7        | null  | 'dcpower.measurement.value'
        'delta-orion-measurements'  | 'a % row (exponent -1)'                     | '1.3.6.1.4.1.20246.2.3.1.1.1.2.9.1.1.3.7' || 100.5    | '%'   | 'dcpower.measurement.percent'
        'delta-orion-measurements'  | 'mains AC voltage, 10^-1'                   | '1.3.6.1.4.1.20246.2.3.1.1.1.2.9.1.1.3.8' || 230.1    | 'V'   | 'dcpower.measurement.ac_voltage'
        'powerwalker-eppc-3phase'   | 'output voltage of phase 2 (0.1 V)'         | '1.3.6.1.4.1.935.10.1.1.2.18.1.3.2'       || 229.8    | 'V'   | 'ups.output.voltage'
        'powerwalker-eppc-3phase'   | 'runtime remaining (min)'                   | '1.3.6.1.4.1.935.10.1.1.3.3.0'            || 42       | 'min' | 'ups.battery.runtime'
        'powerwalker-eppc-3phase'   | 'battery charge (%)'                        | '1.3.6.1.4.1.935.10.1.1.3.4.0'            || 88       | '%'   | 'ups.battery.charge'
        'powerwalker-eppc-3phase'   | 'UPS on battery (status 5)'                 | '1.3.6.1.4.1.935.10.1.1.2.1.0'            || 5        | null  | 'ups.output.source'
        'powerwalker-eppc-3phase'   | 'probe temperature (0.1 °C)'                | '1.3.6.1.4.1.935.10.1.1.6.1.1.0'          || 23.6     | '°C'  | 'env.temperature'
        'megatec-xppc-3phase'       | 'runtime remaining (s read in min)'         | '1.3.6.1.4.1.935.1.1.1.2.2.4.0'           || 30       | 'min' | 'ups.battery.runtime'
        'megatec-xppc-3phase'       | 'three-phase input voltage S (0.1 V)'       | '1.3.6.1.4.1.935.1.1.1.8.2.3.0'           || 231.0    | 'V'   | 'ups.input.voltage'
        'megatec-xppc-3phase'       | 'output frequency (0.1 Hz)'                 | '1.3.6.1.4.1.935.1.1.1.4.2.2.0'           || 50.0     | 'Hz'  | 'ups.output.frequency'
        'megatec-xppc-3phase'       | 'water sensed (abnormal)'                   | '1.3.6.1.4.1.935.1.1.1.9.1.3.0'           || 2        | null  | 'env.leak.state'
        'cyberpower-ups-on-battery' | 'UPS on battery (onBattery)'                | '1.3.6.1.4.1.3808.1.1.1.4.1.1.0'          || 3        | null  | 'ups.output.source'
        'cyberpower-ups-on-battery' | 'runtime remaining (TimeTicks read in min)' | '1.3.6.1.4.1.3808.1.1.1.2.2.4.0'          || 29       | 'min' | 'ups.battery.runtime'
        'cyberpower-ups-on-battery' | 'sensor temperature, the 1/10 °C object'    | '1.3.6.1.4.1.3808.1.1.4.2.6.0'            || 23.1     | '°C'  | 'env.temperature'
        'socomec-netvision5'        | 'output source onBypass'                    | '1.3.6.1.4.1.4555.1.1.1.1.4.1.0'          || 6        | null  | 'ups.output.source'
        'socomec-netvision5'        | 'battery status low (older enumeration)'    | '1.3.6.1.4.1.4555.1.1.1.1.2.1.0'          || 3        | null  | 'ups.battery.status'
        'socomec-netvision5'        | 'output line 2 voltage (0.1 V)'             | '1.3.6.1.4.1.4555.1.1.1.1.4.4.1.2.2'      || 230.1    | 'V'   | 'ups.output.voltage'
        'socomec-netvision5'        | 'runtime remaining (min)'                   | '1.3.6.1.4.1.4555.1.1.1.1.2.3.0'          || 37       | 'min' | 'ups.battery.runtime'
        'apc-galaxy-kw'             | 'input total active power (kW)'             | '1.3.6.1.4.1.318.1.1.1.3.2.12.0'          || 17000    | 'W'   | 'ups.adv_input_total_active_power'
        'apc-galaxy-kw'             | 'input total apparent power (kVA)'          | '1.3.6.1.4.1.318.1.1.1.3.2.11.0'          || 18000    | 'VA'  | 'ups.adv_input_total_apparent_power'
        'apc-galaxy-kw'             | 'battery power (kW)'                        | '1.3.6.1.4.1.318.1.1.1.2.2.16.0'          || 3000     | 'W'   | 'ups.adv_battery_power'
        'apc-galaxy-kw'             | 'inverter active power (kW)'                | '1.3.6.1.4.1.318.1.1.1.4.2.17.0'          || 16000    | 'W'   | 'ups.adv_output_inverter_active_power'
        'apc-galaxy-kw'             | 'parallel system output power (kW)'         | '1.3.6.1.4.1.318.1.1.1.14.5.0'            || 32000    | 'W'   | 'ups.parallel_total_output_power'
        'apc-galaxy-kw'             | 'inverter load, % of rated kW'              | '1.3.6.1.4.1.318.1.1.1.4.2.15.0'          || 42       | '%'   | 'ups.adv_output_inverter_load'
        'apc-galaxy-kw'             | 'output power, % of rated kW'               | '1.3.6.1.4.1.318.1.1.1.4.2.16.0'          || 41       | '%'   | 'ups.adv_output_percent_power'
        'apc-galaxy-kw'             | 'output load, % of rated kVA'               | '1.3.6.1.4.1.318.1.1.1.4.2.18.0'          || 44       | '%'   | 'ups.adv_output_percent_load'
        'apc-galaxy-kw'             | 'switchgear load, a percentage'             | '1.3.6.1.4.1.318.1.1.1.13.5.1.10.0'       || 39       | '%'   | 'ups.diag_switch_gear_installation_load_pct'
        'apc-galaxy-kw'             | 'parallel load, percentage of kVA capacity' | '1.3.6.1.4.1.318.1.1.1.14.11.0'           || 38       | '%'   | 'ups.parallel_output_total_percent_load'
        'apc-galaxy-kw'             | 'battery capacity in ampere hours'          | '1.3.6.1.4.1.318.1.1.1.2.2.25.0'          || 36       | 'Ah'  | 'ups.adv_battery_total_capacity'
    }

    /** Each value of a recording's poll as [metric name, unit], by OID (one read per value: none twice under two names). */
    Map<String, List<String>> named(String recording) {
        def r = walks.poll(recording)
        assert r.values().countBy { it.oid() }.findAll { k, n -> n > 1 } == [:]
        r.values().collectEntries { [(it.oid()): [it.metric(), it.unit()]] }
    }
}
