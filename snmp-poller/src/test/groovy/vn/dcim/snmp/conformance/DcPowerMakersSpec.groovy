package vn.dcim.snmp.conformance

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.testing.PolledWalks
import vn.dcim.snmp.profile.DivisorWhen
import vn.dcim.snmp.profile.ProfileReader


/**
 * Profiles of DC power systems and UPSes written by hand from each maker's MIB text, each proven by walks written
 * from the same MIB with our own values (src/test/resources/recordings/dc-power): which profile the agent gets,
 * and each reading's value, unit and metric name as the MIB's DESCRIPTION and UNITS give them.
 */
class DcPowerMakersSpec extends Specification {
    @Shared @AutoCleanup PolledWalks walks = PolledWalks.serve(PolledWalks.walksIn('/recordings/dc-power'))

    def "#recording is read by #profile"() {
        expect:
        walks.poll(recording).profiles().contains(profile)

        where:
        recording                | profile
        'eltek-sp2-amperes'      | 'eltek-sp2'
        'eltek-sp2-deciamperes'  | 'eltek-sp2'
        'eltek-sp2-no-setting'   | 'eltek-sp2'
        'eltek-distributed'      | 'eltek-distributed'
        'eltek-valere-bc2000'    | 'eltek-valere-bc2000'
        'supercap-cabinet'       | 'supercap-battery'
        'samlex-inverter'        | 'samlex-inverter'
        'algcom-dc-ups'          | 'algcom-dc-ups'
        'mts-dc-power'           | 'mts-dc-power'
        'ubnt-edgepower'         | 'ubnt-edgemax-power'
        'cet-tsi'                | 'cet-tsi'
        'imco-lsps'              | 'imco-lsps'
        'imco-big'               | 'imco-big'
        'alpha-cordex-hp'        | 'alpha-cordex-hp'
        'ingrasys-usha'          | 'ingrasys-usha'
        'dell-ups-card'          | 'dell-ups'
    }

    def "#recording: #what is read at #oid as #expected #unit (#metric)"() {
        when:
        def v = walks.poll(recording).values().find { it.oid() == oid }

        then:
        expected == null ? v == null : v != null && Math.abs(v.value() - expected) <= 0.001d && v.unit() == unit && v.metric() == metric

        where:
        recording               | what                                              | oid                                    || expected | unit | metric
        // SP2-MIB: the system's currents follow powerSystemCurrentDecimalSetting (0 amperes, 1 deciamperes)
        'eltek-sp2-amperes'     | 'total rectifier current, setting amperes'        | '1.3.6.1.4.1.12148.10.5.2.5.0'         || 41       | 'A'  | 'dc.rectifiers.current'
        'eltek-sp2-deciamperes' | 'total rectifier current, setting deciamperes'    | '1.3.6.1.4.1.12148.10.5.2.5.0'         || 41.2     | 'A'  | 'dc.rectifiers.current'
        'eltek-sp2-no-setting'  | 'total rectifier current, no setting: amperes'    | '1.3.6.1.4.1.12148.10.5.2.5.0'         || 41       | 'A'  | 'dc.rectifiers.current'
        'eltek-sp2-amperes'     | 'load current, setting amperes'                   | '1.3.6.1.4.1.12148.10.9.2.5.0'         || 40       | 'A'  | 'dc.load.current'
        'eltek-sp2-deciamperes' | 'load current, setting deciamperes'               | '1.3.6.1.4.1.12148.10.9.2.5.0'         || 39.7     | 'A'  | 'dc.load.current'
        'eltek-sp2-amperes'     | 'battery current (discharging), amperes'          | '1.3.6.1.4.1.12148.10.10.6.5.0'        || -2       | 'A'  | 'dc.battery.current'
        'eltek-sp2-deciamperes' | 'battery current (discharging), deciamperes'      | '1.3.6.1.4.1.12148.10.10.6.5.0'        || -1.5     | 'A'  | 'dc.battery.current'
        'eltek-sp2-deciamperes' | 'battery bank 1.1 current, deciamperes'           | '1.3.6.1.4.1.12148.10.10.18.4.1.6.1.1' || -1.5     | 'A'  | 'dc.battery.bank.current'
        'eltek-sp2-amperes'     | 'rectifier 1 output current, tenths either way'   | '1.3.6.1.4.1.12148.10.5.6.1.3.1'       || 21.4     | 'A'  | 'dc.rectifier.current'
        'eltek-sp2-deciamperes' | 'rectifier 1 output current, tenths either way'   | '1.3.6.1.4.1.12148.10.5.6.1.3.1'       || 21.4     | 'A'  | 'dc.rectifier.current'
        'eltek-sp2-amperes'     | 'battery voltage (0..7500: hundredths)'           | '1.3.6.1.4.1.12148.10.10.5.5.0'        || 54.62    | 'V'  | 'dc.battery.voltage'
        'eltek-sp2-amperes'     | 'battery temperature, setting Celsius'            | '1.3.6.1.4.1.12148.10.10.7.5.0'        || 25       | '°C' | 'dc.battery.temperature'
        'eltek-sp2-deciamperes' | 'battery temperature, setting Fahrenheit'         | '1.3.6.1.4.1.12148.10.10.7.5.0'        || 25       | '°C' | 'dc.battery.temperature'
        'eltek-sp2-amperes'     | 'mains phase 2 voltage'                           | '1.3.6.1.4.1.12148.10.3.4.1.6.2'       || 229      | 'V'  | 'dc.mains.voltage'
        'eltek-sp2-amperes'     | 'rectifier 2 status majorAlarm'                   | '1.3.6.1.4.1.12148.10.5.6.1.2.2'       || 3        | null | 'dc.rectifier.status'
        'eltek-sp2-amperes'     | 'system status minorAlarm'                        | '1.3.6.1.4.1.12148.10.2.1.0'           || 2        | null | 'dc.system.status'
        'eltek-sp2-amperes'     | 'battery symmetry voltage (hundredths)'           | '1.3.6.1.4.1.12148.10.10.18.6.1.6.1.1' || 13.62    | 'V'  | 'dc.battery.bank.symmetry_voltage'
        'eltek-sp2-amperes'     | 'Ah charged (x100)'                               | '1.3.6.1.4.1.12148.10.10.23.5.0'       || 51.6     | 'Ah' | 'dc.battery.ah_charged'
        'eltek-sp2-amperes'     | 'contactor connected'                             | '1.3.6.1.4.1.12148.10.12.2.1.2.1.1'    || 3        | null | 'dc.output.relay'
        'eltek-sp2-amperes'     | 'no reading of the decimal setting itself'        | '1.3.6.1.4.1.12148.10.2.15.0'          || null     | null | null
        // ELTEK-DISTRIBUTED-MIB: UNITS "1/100 Volt", "DeciAmperes", "Volts AC", "Minutes"
        'eltek-distributed'     | 'battery voltage (1/100 V)'                       | '1.3.6.1.4.1.12148.9.3.2.0'            || 53.88    | 'V'  | 'dc.battery.voltage'
        'eltek-distributed'     | 'battery current (amperes by default)'            | '1.3.6.1.4.1.12148.9.3.3.0'            || -12      | 'A'  | 'dc.battery.current'
        'eltek-distributed'     | 'rectifiers total current (DeciAmperes)'          | '1.3.6.1.4.1.12148.9.5.3.0'            || 45.2     | 'A'  | 'dc.rectifiers.current'
        'eltek-distributed'     | 'rectifier 0 output current (DeciAmperes)'        | '1.3.6.1.4.1.12148.9.5.5.2.1.3.0'      || 15.1     | 'A'  | 'dc.rectifier.current'
        'eltek-distributed'     | 'rectifier 0 output voltage (1/100 V)'            | '1.3.6.1.4.1.12148.9.5.5.2.1.4.0'      || 53.91    | 'V'  | 'dc.rectifier.voltage'
        'eltek-distributed'     | 'AC phase 2 voltage'                              | '1.3.6.1.4.1.12148.9.6.2.0'            || 231      | 'V'  | 'dc.mains.voltage'
        'eltek-distributed'     | 'time to disconnect (minutes)'                    | '1.3.6.1.4.1.12148.9.3.20.1.0'         || 310      | 'min' | 'dc.battery.runtime'
        'eltek-distributed'     | 'battery breaker alarm'                           | '1.3.6.1.4.1.12148.9.3.5.0'            || 1        | null | 'dc.battery.breaker'
        // ELTEK-BC2000-DC-POWER-MIB: " *.01 Volts", " Amperes"; a module's current in centiamps on rectifier rows only
        'eltek-valere-bc2000'   | 'system voltage (hundredths)'                     | '1.3.6.1.4.1.13858.2.3.2.0'            || 54.12    | 'V'  | 'dc.system.voltage'
        'eltek-valere-bc2000'   | 'system current (amperes)'                        | '1.3.6.1.4.1.13858.2.3.3.0'            || 24       | 'A'  | 'dc.system.current'
        'eltek-valere-bc2000'   | 'controller state normal'                         | '1.3.6.1.4.1.13858.2.3.4.0'            || 1        | null | 'dc.system.controller_state'
        'eltek-valere-bc2000'   | 'internal temperature'                            | '1.3.6.1.4.1.13858.2.3.5.0'            || 27       | '°C' | 'dc.system.internal_temperature'
        'eltek-valere-bc2000'   | 'rectifier 1.1 current (centiamps)'               | '1.3.6.1.4.1.13858.2.1.6.1.4.1.1'      || 12.34    | 'A'  | 'dc.rectifier.current'
        'eltek-valere-bc2000'   | 'an LVD row has no current'                       | '1.3.6.1.4.1.13858.2.1.6.1.4.1.3'      || null     | null | null
        'eltek-valere-bc2000'   | 'module 1.2 status alarm'                         | '1.3.6.1.4.1.13858.2.1.6.1.5.1.2'      || 1        | null | 'dc.module.status'
        'eltek-valere-bc2000'   | 'battery probe 0 temperature'                     | '1.3.6.1.4.1.13858.7.1.1.1.3.0'        || 23       | '°C' | 'dc.battery.temperature'
        'eltek-valere-bc2000'   | 'battery probe 1 removed (-126): no temperature'  | '1.3.6.1.4.1.13858.7.1.1.1.3.1'        || null     | null | null
        // SUPERCAPBATTERY-MIB: thirteen objects per BMS, answered without a row index; UNITS ".01C", ".01A", ".01V", ".01AH", "10AH", ".1%"
        'supercap-cabinet'      | 'BMS01 ambient temperature (.01C)'                | '1.3.6.1.2.1.555.1.1.1.2'              || 25.12    | '°C' | 'dc.battery.ambient_temperature'
        'supercap-cabinet'      | 'BMS01 current (.01A)'                            | '1.3.6.1.2.1.555.1.1.1.4'              || 3.15     | 'A'  | 'dc.battery.current'
        'supercap-cabinet'      | 'BMS01 voltage (.01V)'                            | '1.3.6.1.2.1.555.1.1.1.5'              || 53.21    | 'V'  | 'dc.battery.voltage'
        'supercap-cabinet'      | 'BMS01 remaining capacity (.01AH)'                | '1.3.6.1.2.1.555.1.1.1.6'              || 98.7     | 'Ah' | 'dc.battery.capacity_left'
        'supercap-cabinet'      | 'BMS01 total discharge capacity (10AH)'           | '1.3.6.1.2.1.555.1.1.1.9'              || 30       | 'Ah' | 'dc.battery.discharged_total'
        'supercap-cabinet'      | 'BMS01 state of health (.1%)'                     | '1.3.6.1.2.1.555.1.1.1.10'             || 95.8     | '%'  | 'dc.battery.health'
        'supercap-cabinet'      | 'BMS01 battery voltage alarm'                     | '1.3.6.1.2.1.555.1.1.1.14'             || 1        | null | 'dc.battery.voltage_alarm'
        'supercap-cabinet'      | 'BMS02 current, second block of thirteen'         | '1.3.6.1.2.1.555.1.1.1.17'             || 12.5     | 'A'  | 'dc.battery.current'
        'supercap-cabinet'      | 'BMS02 power temperature (.01C)'                  | '1.3.6.1.2.1.555.1.1.1.16'             || 26.9     | '°C' | 'dc.battery.power_temperature'
        'supercap-cabinet'      | 'BMS02 cycles'                                    | '1.3.6.1.2.1.555.1.1.1.21'             || 7        | null | 'dc.battery.cycles'
        'supercap-cabinet'      | 'BMS03 absent: nothing read'                      | '1.3.6.1.2.1.555.1.1.1.30'             || null     | null | null
        // SAMLEXAMERICA-MIB: "1200 = 120.0V", "48 = 4.8A", "9002 = 900.2W", "500 = 50.0Hz", "25 = 25 C", "110 = 110%"
        'samlex-inverter'       | 'inverter output voltage (tenths)'                | '1.3.6.1.4.1.49075.1.3.1.2.0'          || 228.7    | 'V'  | 'dc.inverter.output.voltage'
        'samlex-inverter'       | 'inverter output current (tenths)'                | '1.3.6.1.4.1.49075.1.3.1.3.0'          || 6.3      | 'A'  | 'dc.inverter.output.current'
        'samlex-inverter'       | 'inverter output power (tenths)'                  | '1.3.6.1.4.1.49075.1.3.1.4.0'          || 1421.8   | 'W'  | 'dc.inverter.output.power'
        'samlex-inverter'       | 'configured output frequency (tenths)'            | '1.3.6.1.4.1.49075.1.3.1.5.0'          || 50       | 'Hz' | 'dc.inverter.output.nominal_frequency'
        'samlex-inverter'       | 'grid frequency (tenths)'                         | '1.3.6.1.4.1.49075.1.3.1.10.0'         || 50.1     | 'Hz' | 'dc.inverter.grid.frequency'
        'samlex-inverter'       | 'DC input voltage (tenths)'                       | '1.3.6.1.4.1.49075.1.3.2.1.0'          || 52.7     | 'V'  | 'dc.inverter.input.voltage'
        'samlex-inverter'       | 'over-voltage protection is a setting: not read'  | '1.3.6.1.4.1.49075.1.3.2.2.0'          || null     | null | null
        'samlex-inverter'       | 'grid AC sync'                                    | '1.3.6.1.4.1.49075.1.3.3.5.0'          || 3        | null | 'dc.inverter.grid.status'
        'samlex-inverter'       | 'overload limit (%)'                              | '1.3.6.1.4.1.49075.1.3.3.6.0'          || 115      | '%'  | 'dc.inverter.overload_limit'
        'samlex-inverter'       | 'DC to AC temperature below zero'                 | '1.3.6.1.4.1.49075.1.3.3.9.0'          || -4       | '°C' | 'dc.inverter.dcac.temperature'
        'samlex-inverter'       | 'under-voltage alarm warning'                     | '1.3.6.1.4.1.49075.1.3.6.3.0'          || 1        | null | 'dc.inverter.under_voltage_alarm'
        // ALGPOWER-v2-MIB: voltages "in tenths of a volt", currents "in milli ampere", temperatures in degC
        'algcom-dc-ups'         | 'output voltage (tenths)'                         | '1.3.6.1.4.1.49136.1.1.1.0'            || 53.8     | 'V'  | 'dc.output.voltage'
        'algcom-dc-ups'         | 'output current (mA)'                             | '1.3.6.1.4.1.49136.1.1.2.0'            || 2.145    | 'A'  | 'dc.output.current'
        'algcom-dc-ups'         | 'battery current supplying the output (mA)'       | '1.3.6.1.4.1.49136.1.2.2.0'            || -2.23    | 'A'  | 'dc.battery.current'
        'algcom-dc-ups'         | 'charger in float stage'                          | '1.3.6.1.4.1.49136.1.2.3.0'            || 5        | null | 'dc.battery.charger'
        'algcom-dc-ups'         | 'fan B failed'                                    | '1.3.6.1.4.1.49136.1.3.8.0'            || 1        | null | 'dc.fan.status'
        'algcom-dc-ups'         | 'external probe below zero'                       | '1.3.6.1.4.1.49136.1.4.2.0'            || -2       | '°C' | 'dc.external.temperature'
        'algcom-dc-ups'         | 'AC supply voltage (decivolt)'                    | '1.3.6.1.4.1.49136.1.6.1.0'            || 229.7    | 'V'  | 'dc.mains.voltage'
        'algcom-dc-ups'         | 'battery test final voltage (dV)'                 | '1.3.6.1.4.1.49136.1.8.7.0'            || 46.3     | 'V'  | 'dc.battery.test.final_voltage'
        'algcom-dc-ups'         | 'battery test initial current (mA)'               | '1.3.6.1.4.1.49136.1.8.6.0'            || -1.64    | 'A'  | 'dc.battery.test.initial_current'
        // ARHANGELSK-GLOBAL-REG (MTS-COM): voltages and currents "get in mV" / "in mA", the battery's in A, 25000 is 25 C
        'mts-dc-power'          | 'system voltage (mV)'                             | '1.3.6.1.4.1.40865.1.6.0'              || 54.12    | 'V'  | 'dc.system.voltage'
        'mts-dc-power'          | 'load current (mA)'                               | '1.3.6.1.4.1.40865.1.7.0'              || 12.35    | 'A'  | 'dc.load.current'
        'mts-dc-power'          | 'AC voltage (mV)'                                 | '1.3.6.1.4.1.40865.1.8.0'              || 228.75   | 'V'  | 'dc.mains.voltage'
        'mts-dc-power'          | 'battery current discharging (A)'                 | '1.3.6.1.4.1.40865.1.11.0'             || -6       | 'A'  | 'dc.battery.current'
        'mts-dc-power'          | 'temperature (25000 is 25 C)'                     | '1.3.6.1.4.1.40865.1.12.0'             || 27.5     | '°C' | 'dc.battery.temperature'
        'mts-dc-power'          | 'system minor alarm'                              | '1.3.6.1.4.1.40865.1.5.0'              || 2        | null | 'dc.system.status'
        'mts-dc-power'          | 'AC out of range (2)'                             | '1.3.6.1.4.1.40865.1.38.0'             || 2        | null | 'dc.mains.status'
        'mts-dc-power'          | 'rectifier fan not rotating'                      | '1.3.6.1.4.1.40865.1.26.0'             || 1        | null | 'dc.rectifier.fan'
        'mts-dc-power'          | 'float voltage is a setting: not read'            | '1.3.6.1.4.1.40865.1.54.0'             || null     | null | null
        // UBNT-EdgeMAX-MIB: "in mV", "in mA", "in mW", "thousands of degrees Celsius", TimeTicks
        'ubnt-edgepower'        | 'output 2 voltage (mV)'                           | '1.3.6.1.4.1.41112.1.5.2.2.1.2.2'      || 54.02    | 'V'  | 'dc.output.voltage'
        'ubnt-edgepower'        | 'output 1 current (mA)'                           | '1.3.6.1.4.1.41112.1.5.2.2.1.3.1'      || 1.25     | 'A'  | 'dc.output.current'
        'ubnt-edgepower'        | 'output 2 power (mW)'                             | '1.3.6.1.4.1.41112.1.5.2.2.1.4.2'      || 39.435   | 'W'  | 'dc.output.power'
        'ubnt-edgepower'        | 'PSU 1 down'                                      | '1.3.6.1.4.1.41112.1.5.3.2.1.4.1'      || 0        | null | 'dc.supply.operating'
        'ubnt-edgepower'        | 'PSU 1 temperature (thousandths)'                 | '1.3.6.1.4.1.41112.1.5.3.2.1.6.1'      || 41.25    | '°C' | 'dc.supply.temperature'
        'ubnt-edgepower'        | 'battery run time (TimeTicks to minutes)'         | '1.3.6.1.4.1.41112.1.5.3.2.1.10.1'     || 45       | 'min' | 'dc.battery.runtime'
        'ubnt-edgepower'        | 'battery needs replacing'                         | '1.3.6.1.4.1.41112.1.5.3.2.1.11.1'     || 2        | null | 'dc.battery.replace'
        'ubnt-edgepower'        | 'thermometer 2 below zero'                        | '1.3.6.1.4.1.41112.1.5.4.2.1.3.2'      || -1.5     | '°C' | 'dc.temperature'
        'ubnt-edgepower'        | 'battery count is inventory: not read'            | '1.3.6.1.4.1.41112.1.5.3.2.1.8.1'      || null     | null | null
        // CET-TSI-MIB: UNITS "0.1V", "0.1A", "W", "VA", "0.1Hz"; modules read where tsiModuleSeen is yes(1)
        'cet-tsi'               | 'module 3 output voltage (0.1 V)'                 | '1.3.6.1.4.1.12551.4.1.1.1.1.16.3'     || 230.3    | 'V'  | 'dc.inverter.module.output.voltage'
        'cet-tsi'               | 'module 1 AC input voltage (0.1 V)'               | '1.3.6.1.4.1.12551.4.1.1.1.1.20.1'     || 235.6    | 'V'  | 'dc.inverter.module.ac_input.voltage'
        'cet-tsi'               | 'module 1 DC input voltage (0.1 V)'               | '1.3.6.1.4.1.12551.4.1.1.1.1.25.1'     || 53.6     | 'V'  | 'dc.inverter.module.dc_input.voltage'
        'cet-tsi'               | 'module 1 output power (W)'                       | '1.3.6.1.4.1.12551.4.1.1.1.1.18.1'     || 1790     | 'W'  | 'dc.inverter.module.output.power'
        'cet-tsi'               | 'module 3 temperature, answered in C'             | '1.3.6.1.4.1.12551.4.1.1.1.1.28.3'     || 36       | '°C' | 'dc.inverter.module.temperature'
        'cet-tsi'               | 'module 1 AC output state sb'                     | '1.3.6.1.4.1.12551.4.1.1.1.1.3.1'      || 1        | null | 'dc.inverter.module.output_state'
        'cet-tsi'               | 'module 2 not seen: no voltage'                   | '1.3.6.1.4.1.12551.4.1.1.1.1.16.2'     || null     | null | null
        'cet-tsi'               | 'phase 1 load of available power (%)'             | '1.3.6.1.4.1.12551.4.1.2.2.1.2.1'      || 36       | '%'  | 'dc.inverter.phase.available_load_w'
        'cet-tsi'               | 'phase 1 power delivered (W)'                     | '1.3.6.1.4.1.12551.4.1.2.2.1.12.1'     || 3580     | 'W'  | 'dc.inverter.phase.output.power'
        'cet-tsi'               | 'phase 1 output frequency (0.1 Hz)'               | '1.3.6.1.4.1.12551.4.1.2.2.1.8.1'      || 50       | 'Hz' | 'dc.inverter.phase.output.frequency'
        'cet-tsi'               | 'AC group 1 current (0.1 A)'                      | '1.3.6.1.4.1.12551.4.1.3.2.1.3.1'      || 16.3     | 'A'  | 'dc.inverter.ac_group.current'
        'cet-tsi'               | 'DC group 1 voltage (0.1 V)'                      | '1.3.6.1.4.1.12551.4.1.4.2.1.2.1'      || 53.8     | 'V'  | 'dc.inverter.dc_group.voltage'
        // IMCO-LSPS-MIB: values "multiplied by 100" (voltages, temperature) or "by 10" (current, capacity, load)
        'imco-lsps'             | 'output voltage U1 (x100)'                        | '1.3.6.1.4.1.33283.1.30.7.4.0'         || 13.62    | 'V'  | 'dc.output.voltage'
        'imco-lsps'             | 'output voltage U2 negative (x100)'               | '1.3.6.1.4.1.33283.1.30.7.5.0'         || -54.1    | 'V'  | 'dc.output.voltage'
        'imco-lsps'             | 'output current (x10)'                            | '1.3.6.1.4.1.33283.1.30.7.6.0'         || 12.3     | 'A'  | 'dc.output.current'
        'imco-lsps'             | 'battery capacity (x10)'                          | '1.3.6.1.4.1.33283.1.30.7.7.0'         || 87.5     | '%'  | 'dc.battery.capacity_left'
        'imco-lsps'             | 'temperature sensor (x100)'                       | '1.3.6.1.4.1.33283.1.30.5.1.3.0'       || 24.18    | '°C' | 'dc.battery.temperature'
        'imco-lsps'             | 'mains (OPTO3) no signal'                         | '1.3.6.1.4.1.33283.1.30.2.3.0'         || 2        | null | 'dc.mains.status'
        'imco-lsps'             | 'relay 1 activated'                               | '1.3.6.1.4.1.33283.1.30.3.1.1.0'       || 255      | null | 'dc.output.relay'
        'imco-lsps'             | 'maximum load is a rating: not read'              | '1.3.6.1.4.1.33283.1.30.7.2.0'         || null     | null | null
        // IMCO-BIG-MIB: UNITS "0.1 V", "0.1 A", "W", "%", "min", "degrees Centigrade"; ok(0)/err(1), close(0)/open(1)
        'imco-big'              | 'power 1 input voltage (0.1 V)'                   | '1.3.6.1.4.1.2185.1.3.11.2.1.3.5.0'    || 229.1    | 'V'  | 'dc.rectifier.input.voltage'
        'imco-big'              | 'power 1 output voltage (0.1 V)'                  | '1.3.6.1.4.1.2185.1.3.11.2.1.3.23.0'   || 54.2     | 'V'  | 'dc.rectifier.voltage'
        'imco-big'              | 'power 2 output voltage, negative system'         | '1.3.6.1.4.1.2185.1.3.11.2.1.4.23.0'   || -48.3    | 'V'  | 'dc.rectifier.voltage'
        'imco-big'              | 'power 1 output current (0.1 A)'                  | '1.3.6.1.4.1.2185.1.3.11.2.1.3.24.0'   || 16.3     | 'A'  | 'dc.rectifier.current'
        'imco-big'              | 'power 1 module 2 err'                            | '1.3.6.1.4.1.2185.1.3.11.2.1.3.33.0'   || 1        | null | 'dc.rectifier.status'
        'imco-big'              | 'battery current discharging (0.1 A)'             | '1.3.6.1.4.1.2185.1.3.11.2.1.6.3.0'    || -2.7     | 'A'  | 'dc.battery.current'
        'imco-big'              | 'battery autonomy (min)'                          | '1.3.6.1.4.1.2185.1.3.11.2.1.6.5.0'    || 310      | 'min' | 'dc.battery.runtime'
        'imco-big'              | 'battery leg 1 voltage (0.1 V)'                   | '1.3.6.1.4.1.2185.1.3.11.2.1.7.9.0'    || 27.2     | 'V'  | 'dc.battery.leg.voltage'
        'imco-big'              | 'battery leg 1 temperature'                       | '1.3.6.1.4.1.2185.1.3.11.2.1.7.11.0'   || 22       | '°C' | 'dc.battery.leg.temperature'
        'imco-big'              | 'battery leg 1 fuse err'                          | '1.3.6.1.4.1.2185.1.3.11.2.1.7.16.0'   || 1        | null | 'dc.battery.leg.fuse'
        'imco-big'              | 'door 1 open'                                     | '1.3.6.1.4.1.2185.1.3.11.2.1.2.2.0'    || 1        | null | 'dc.system.door'
        // ALPHA-RECTIFIER-SYS-MIB: ScaledNumber, "Fixed point, 3 decimal places"; run time "remaining in hours"
        'alpha-cordex-hp'       | 'rectifiers output current (/1000)'               | '1.3.6.1.4.1.7309.5.3.1.1.0'           || 42.115   | 'A'  | 'dc.rectifiers.current'
        'alpha-cordex-hp'       | 'rectifiers output power (/1000)'                 | '1.3.6.1.4.1.7309.5.3.1.2.0'           || 2280.4   | 'W'  | 'dc.rectifiers.power'
        'alpha-cordex-hp'       | 'AC input voltage (/1000)'                        | '1.3.6.1.4.1.7309.5.3.1.6.0'           || 231.87   | 'V'  | 'dc.mains.voltage'
        'alpha-cordex-hp'       | 'battery current discharging (/1000)'             | '1.3.6.1.4.1.7309.5.3.1.13.0'          || -1.845   | 'A'  | 'dc.battery.current'
        'alpha-cordex-hp'       | 'battery temperature (/1000)'                     | '1.3.6.1.4.1.7309.5.3.1.14.0'          || 23.75    | '°C' | 'dc.battery.temperature'
        'alpha-cordex-hp'       | 'battery run time in hours'                       | '1.3.6.1.4.1.7309.5.3.1.31.0'          || 5.25     | 'h'  | 'dc.battery.runtime'
        'alpha-cordex-hp'       | 'one failed rectifier'                            | '1.3.6.1.4.1.7309.5.3.1.35.0'          || 1        | null | 'dc.rectifiers.failed'
        'alpha-cordex-hp'       | 'phase 1 voltage answered Null: no value'         | '1.3.6.1.4.1.7309.5.3.1.7.0'           || null     | null | null
        'alpha-cordex-hp'       | 'battery health 2147483.647 %: not a value'       | '1.3.6.1.4.1.7309.5.3.1.32.0'          || null     | null | null
        'alpha-cordex-hp'       | 'required capacity is a planning figure: not read' | '1.3.6.1.4.1.7309.5.3.1.16.0'         || null     | null | null
        // USHA-MIB: "in 0.1 Volt DC", "in 0.1 volts", "in 0.1 Amps", "in 0.1 of HZ"; the EMD's "in 0.1 degree"
        'ingrasys-usha'         | 'battery discharging'                             | '1.3.6.1.4.1.2468.1.2.1.1.2.1.0'       || 5        | null | 'ups.battery.status'
        'ingrasys-usha'         | 'seconds on battery'                              | '1.3.6.1.4.1.2468.1.2.1.1.2.2.0'       || 185      | 's'  | 'ups.battery.time_on_battery'
        'ingrasys-usha'         | 'minutes remaining'                               | '1.3.6.1.4.1.2468.1.2.1.1.2.3.0'       || 23       | 'min' | 'ups.battery.runtime'
        'ingrasys-usha'         | 'battery voltage (0.1 V)'                         | '1.3.6.1.4.1.2468.1.2.1.1.2.5.0'       || 131.2    | 'V'  | 'ups.battery.voltage'
        'ingrasys-usha'         | 'battery temperature (tenths)'                    | '1.3.6.1.4.1.2468.1.2.1.1.2.7.0'       || 31.7     | '°C' | 'ups.battery.temperature'
        'ingrasys-usha'         | 'input line 1 frequency (tenths)'                 | '1.3.6.1.4.1.2468.1.2.1.1.3.3.1.2.1'   || 49.9     | 'Hz' | 'ups.input.frequency'
        'ingrasys-usha'         | 'on battery'                                      | '1.3.6.1.4.1.2468.1.2.1.1.4.1.0'       || 5        | null | 'ups.output.source'
        'ingrasys-usha'         | 'output line 1 voltage (0.1 V)'                   | '1.3.6.1.4.1.2468.1.2.1.1.4.4.1.2.1'   || 229.9    | 'V'  | 'ups.output.voltage'
        'ingrasys-usha'         | 'output line 1 current (0.1 A)'                   | '1.3.6.1.4.1.2468.1.2.1.1.4.4.1.3.1'   || 4.3      | 'A'  | 'ups.output.current'
        'ingrasys-usha'         | 'output line 1 load'                              | '1.3.6.1.4.1.2468.1.2.1.1.4.4.1.5.1'   || 41       | '%'  | 'ups.output.load'
        'ingrasys-usha'         | 'last battery test doneError'                     | '1.3.6.1.4.1.2468.1.2.1.1.6.3.0'       || 3        | null | 'ups.test.result'
        'ingrasys-usha'         | 'EMD humidity (0.1)'                              | '1.3.6.1.4.1.2468.1.2.1.1.11.3.0'      || 45.6     | '%'  | 'env.humidity'
        'ingrasys-usha'         | 'EMD alarm 1 active'                              | '1.3.6.1.4.1.2468.1.2.1.1.11.4.0'      || 3        | null | 'env.contact'
        'ingrasys-usha'         | 'input current answered Null: no value'           | '1.3.6.1.4.1.2468.1.2.1.1.3.3.1.4.1'   || null     | null | null
        'ingrasys-usha'         | 'test duration is a setting: not read'            | '1.3.6.1.4.1.2468.1.2.1.1.6.1.0'       || null     | null | null
        // DELL-SNMP-UPS-MIB: watts, seconds "calculated by the autonometer", "in 0.1 degree Celsius", "in 0.1 percents"
        'dell-ups-card'         | 'global status non-critical'                      | '1.3.6.1.4.1.674.10902.2.110.1.0'      || 4        | null | 'ups.status'
        'dell-ups-card'         | 'present consumption (W, hourly average)'         | '1.3.6.1.4.1.674.10902.2.120.2.6.0'    || 655      | 'W'  | 'ups.output.average_power'
        'dell-ups-card'         | 'headroom before overload (W)'                    | '1.3.6.1.4.1.674.10902.2.120.2.1.0'    || 1240     | 'W'  | 'ups.output.headroom'
        'dell-ups-card'         | 'battery seconds remaining read in minutes'       | '1.3.6.1.4.1.674.10902.2.120.5.3.0'    || 25.5     | 'min' | 'ups.battery.runtime'
        'dell-ups-card'         | 'ABM discharging'                                 | '1.3.6.1.4.1.674.10902.2.120.5.1.0'    || 2        | null | 'ups.battery.abm_status'
        'dell-ups-card'         | 'probe temperature (0.1 C)'                       | '1.3.6.1.4.1.674.10902.2.120.7.3.2.0'  || 26.3     | '°C' | 'env.temperature'
        'dell-ups-card'         | 'probe humidity (0.1 %)'                          | '1.3.6.1.4.1.674.10902.2.120.7.3.3.0'  || 41.2     | '%'  | 'env.humidity'
        'dell-ups-card'         | 'DC bus voltage names no scale: not read'         | '1.3.6.1.4.1.674.10902.2.120.3.1.0'    || null     | null | null
        'dell-ups-card'         | 'temperature threshold is a setting: not read'    | '1.3.6.1.4.1.674.10902.2.120.7.3.5.0'  || null     | null | null
    }

    def "a profile names the setting that makes a value a finer unit: #yaml"() {
        when:
        def m = ProfileReader.read('p.yaml', new ByteArrayInputStream(("name: p\nmatch: {probe: [1.3.6]}\nmetrics: [" + yaml + "]").bytes)).metrics()[0]

        then:
        m.divisorWhen() == when
        m.dividedBy(10).scale(412) == 41.2d
        m.dividedBy(10).divisorWhen() == when

        where:
        yaml                                                                                                  || when
        '{name: a, oid: 1.3.6.1.5.0, unit: A, divisorWhen: {oid: 1.3.6.1.2.15.0, values: [1], divisor: 10}}' || new DivisorWhen('1.3.6.1.2.15.0', false, [1L] as Set, 10)
        '{name: a, column: 1.3.6.1.5, unit: A, divisorWhen: {column: .1.3.6.1.9, values: [1, 2], divisor: 10}}' || new DivisorWhen('1.3.6.1.9', true, [1L, 2L] as Set, 10)
    }
}
