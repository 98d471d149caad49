package vn.dcim.snmp.conformance

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.profile.DivisorWhen
import vn.dcim.snmp.profile.ProfileReader
import vn.dcim.snmp.testing.PolledWalks

import java.nio.file.Path

/**
 * Profiles written by hand from each maker's MIB text or manual, each proven by walks written from the same text with
 * our own values, all served by one snmpsim: DC power systems and UPSes (src/test/resources/recordings/dc-power),
 * PDUs, environment monitors and small power controllers (recordings/pdu-environment), and vendors whose MIBs are not
 * in ../shared/mibs, one walk per model layout or firmware their documentation shows (recordings/vendor-docs).
 * Checked: which profiles the agent gets; each value read with the scale its DESCRIPTION, UNITS or textual convention
 * names, under its unit and metric name; the values the MIB calls "invalid" or "not available", settings, ratings
 * and the objects whose unit the MIB does not name are not read.
 */
class MakerProfilesSpec extends Specification {
    static final List<String> FOLDERS = ['dc-power', 'pdu-environment', 'vendor-docs']

    @Shared @AutoCleanup PolledWalks walks = PolledWalks.serve(FOLDERS.collectMany { recordings(it) })

    def "#recording is read by #profile"() {
        expect:
        walks.poll(recording).profiles().contains(profile)

        where:
        recording                       || profile
        // DC power systems and UPSes
        'eltek-sp2-amperes'             || 'eltek-sp2'
        'eltek-sp2-deciamperes'         || 'eltek-sp2'
        'eltek-sp2-no-setting'          || 'eltek-sp2'
        'eltek-distributed'             || 'eltek-distributed'
        'eltek-valere-bc2000'           || 'eltek-valere-bc2000'
        'supercap-cabinet'              || 'supercap-battery'
        'samlex-inverter'               || 'samlex-inverter'
        'algcom-dc-ups'                 || 'algcom-dc-ups'
        'mts-dc-power'                  || 'mts-dc-power'
        'ubnt-edgepower'                || 'ubnt-edgemax-power'
        'cet-tsi'                       || 'cet-tsi'
        'imco-lsps'                     || 'imco-lsps'
        'imco-big'                      || 'imco-big'
        'alpha-cordex-hp'               || 'alpha-cordex-hp'
        'ingrasys-usha'                 || 'ingrasys-usha'
        'dell-ups-card'                 || 'dell-ups'
        'ge-parallel-ups-3phase'        || 'ge-parallel-ups'
        // PDUs, environment monitors and small power controllers
        'conteg-pdu-chain'              || 'conteg-pdu'
        'planet-pdu-outlets'            || 'planet-pdu'
        'ts-bspdu-3phase'               || 'ts-bspdu'
        'ipoman-inlet-emd'              || 'ipoman'
        'energy-object-relays'          || 'energy-object'
        'iboot-pdu-outlets'             || 'iboot-pdu'
        'innovaphone-isdn'              || 'innovaphone'
        'teracom-tcw241-io'             || 'teracom-tcw241'
        'westmountainradio-rmcu-inputs' || 'westmountainradio-rmcu'
        'bke-pnetmod-battery'           || 'bke-pnetmod'
        'tycon-tpdin3-monitor'          || 'tycon-tpdin3'
        'hoffman-spectracool-alarms'    || 'hoffman-spectracool'
        'packetpower-eg-nodes'          || 'packetpower-eg'
        'compas-es1dc1-battery'         || 'compas-es1dc1'
        'wut-webgraph-sensors'          || 'wut-webgraph'
        'controlbox-th332-room'         || 'controlbox-th332'
        'serverscheck-slots'            || 'serverscheck'
        'dantel-webmon-units'           || 'dantel-webmon'
        'digipower-pdu-feed'            || 'digipower-pdu'
        'algcom-sm-inputs'              || 'algcom-sm'
        'sensatronics-ittm-celsius'     || 'sensatronics-ittm'
        'sensatronics-ittm-fahrenheit'  || 'sensatronics-ittm'
        'papouch-th2e-channels'         || 'papouch'
        'papouch-th2e-fahrenheit'       || 'papouch'
        'papouch-tme-probe'             || 'papouch'
        'papouch-quido-thermometer'     || 'papouch'
        'fs-net-pdu-line'               || 'fs-net-pdu'
        'iboot-pdu-sensors-only'        || 'iboot-pdu'
        'iboot-pdu-fahrenheit'          || 'iboot-pdu'
        'raritan-emx-sensors'           || 'raritan-emx'
        // PDU2-MIB walks without the system group or the configuration tables: chosen by the table they hold
        'raritan-pdu2-measurements-only' || 'raritan-pdu2'
        'raritan-pdu2-outlets-only'     || 'raritan-pdu2'
        'comet-p8652-channels'          || 'comet-websensor'
        'comet-t3611-values'            || 'comet-t3610'
        'comet-p8541-fahrenheit'        || 'comet-websensor'
        'comet-t3611-fahrenheit'        || 'comet-t3610'
        // cameras, a UPS card's sensors and an environment monitor, each chosen by its own branch answering
        'mobotix-camera-sd'             || 'mobotix-camera'
        'mobotix-camera-no-card'        || 'mobotix-camera'
        'avigilon-camera-unindexed'     || 'avigilon-camera'
        'avigilon-camera-indexed'       || 'avigilon-camera'
        'inmatics-sputnik-sensors'      || 'inmatics-sputnik'
        'messpc-ethernetbox-celsius'    || 'messpc-ethernetbox'
        'messpc-ethernetbox-fahrenheit' || 'messpc-ethernetbox'
        'messpc-ethernetbox-kelvin'     || 'messpc-ethernetbox'
    }

    def "#recording gets #wanted and not #unwanted"() {
        when:
        def chosen = walks.poll(recording).profiles()

        then:
        chosen.containsAll(wanted)
        !chosen.any { it in unwanted }

        where:
        recording                            | wanted                                     || unwanted
        'tripplite-ups-1phase'               | ['tripplite-ups', 'tripplite-envirosense'] || ['tripplite-pdu']
        'tripplite-ups-3phase-cut'           | ['tripplite-ups']                          || ['tripplite-pdu', 'tripplite-envirosense']
        'tripplite-pdu-3phase'               | ['tripplite-pdu']                          || ['tripplite-ups', 'tripplite-envirosense']
        'tripplite-ats-source-b-lost'        | ['tripplite-ats']                          || ['tripplite-ups', 'tripplite-pdu']
        'tripplite-envirosense-poweralert12' | ['tripplite-envirosense', 'ups-mib']       || ['tripplite-ups']
        'dse-8610-on-load'                   | ['dse-8610']                               || ['tripplite-ups', 'himoinsa-genset']
        'dse-8610-stopped-cut'               | ['dse-8610']                               || []
        'avigilon-camera-unindexed'          | ['avigilon-camera']                        || ['axis-camera', 'mobotix-camera']
        'mobotix-camera-no-card'             | ['mobotix-camera']                         || ['axis-camera', 'avigilon-camera']
        'inmatics-sputnik-sensors'           | ['inmatics-sputnik']                       || ['ups-mib', 'messpc-ethernetbox']
        'messpc-ethernetbox-celsius'         | ['messpc-ethernetbox']                     || ['inmatics-sputnik', 'entity-sensor']
    }

    /** A row with no expected value: the object is not read at all (not available, a setting, or no unit named). */
    def "#recording: #what is read at #oid as #expected #unit (#metric)"() {
        when:
        def got = walks.poll(recording).values().findAll { it.oid() == oid }

        then: 'one reading, of the documented scale, unit and name; none where the MIB gives no value'
        got.size() == (expected == null ? 0 : 1)
        expected == null || Math.abs(got[0].value() - expected) <= 0.001d
        expected == null || got[0].unit() == unit
        expected == null || got[0].metric() == metric

        where:
        recording                            | what                                               | oid                                           || expected  | unit  | metric
        // DC power systems and UPSes
        // SP2-MIB: the system's currents follow powerSystemCurrentDecimalSetting (0 amperes, 1 deciamperes)
        'eltek-sp2-amperes'                  | 'total rectifier current, setting amperes'         | '1.3.6.1.4.1.12148.10.5.2.5.0'                || 41        | 'A'   | 'dc.rectifiers.current'
        'eltek-sp2-deciamperes'              | 'total rectifier current, setting deciamperes'     | '1.3.6.1.4.1.12148.10.5.2.5.0'                || 41.2      | 'A'   | 'dc.rectifiers.current'
        'eltek-sp2-no-setting'               | 'total rectifier current, no setting: amperes'     | '1.3.6.1.4.1.12148.10.5.2.5.0'                || 41        | 'A'   | 'dc.rectifiers.current'
        'eltek-sp2-amperes'                  | 'load current, setting amperes'                    | '1.3.6.1.4.1.12148.10.9.2.5.0'                || 40        | 'A'   | 'dc.load.current'
        'eltek-sp2-deciamperes'              | 'load current, setting deciamperes'                | '1.3.6.1.4.1.12148.10.9.2.5.0'                || 39.7      | 'A'   | 'dc.load.current'
        'eltek-sp2-amperes'                  | 'battery current (discharging), amperes'           | '1.3.6.1.4.1.12148.10.10.6.5.0'               || -2        | 'A'   | 'dc.battery.current'
        'eltek-sp2-deciamperes'              | 'battery current (discharging), deciamperes'       | '1.3.6.1.4.1.12148.10.10.6.5.0'               || -1.5      | 'A'   | 'dc.battery.current'
        'eltek-sp2-deciamperes'              | 'battery bank 1.1 current, deciamperes'            | '1.3.6.1.4.1.12148.10.10.18.4.1.6.1.1'        || -1.5      | 'A'   | 'dc.battery.bank.current'
        'eltek-sp2-amperes'                  | 'rectifier 1 output current, tenths either way'    | '1.3.6.1.4.1.12148.10.5.6.1.3.1'              || 21.4      | 'A'   | 'dc.rectifier.current'
        'eltek-sp2-deciamperes'              | 'rectifier 1 output current, tenths either way'    | '1.3.6.1.4.1.12148.10.5.6.1.3.1'              || 21.4      | 'A'   | 'dc.rectifier.current'
        'eltek-sp2-amperes'                  | 'battery voltage (0..7500: hundredths)'            | '1.3.6.1.4.1.12148.10.10.5.5.0'               || 54.62     | 'V'   | 'dc.battery.voltage'
        'eltek-sp2-amperes'                  | 'battery temperature, setting Celsius'             | '1.3.6.1.4.1.12148.10.10.7.5.0'               || 25        | '°C'  | 'dc.battery.temperature'
        'eltek-sp2-deciamperes'              | 'battery temperature, setting Fahrenheit'          | '1.3.6.1.4.1.12148.10.10.7.5.0'               || 25        | '°C'  | 'dc.battery.temperature'
        'eltek-sp2-amperes'                  | 'mains phase 2 voltage'                            | '1.3.6.1.4.1.12148.10.3.4.1.6.2'              || 229       | 'V'   | 'dc.mains.voltage'
        'eltek-sp2-amperes'                  | 'rectifier 2 status majorAlarm'                    | '1.3.6.1.4.1.12148.10.5.6.1.2.2'              || 3         | null  | 'dc.rectifier.status'
        'eltek-sp2-amperes'                  | 'system status minorAlarm'                         | '1.3.6.1.4.1.12148.10.2.1.0'                  || 2         | null  | 'dc.system.status'
        'eltek-sp2-amperes'                  | 'battery symmetry voltage (hundredths)'            | '1.3.6.1.4.1.12148.10.10.18.6.1.6.1.1'        || 13.62     | 'V'   | 'dc.battery.bank.symmetry_voltage'
        'eltek-sp2-amperes'                  | 'Ah charged (x100)'                                | '1.3.6.1.4.1.12148.10.10.23.5.0'              || 51.6      | 'Ah'  | 'dc.battery.ah_charged'
        'eltek-sp2-amperes'                  | 'contactor connected'                              | '1.3.6.1.4.1.12148.10.12.2.1.2.1.1'           || 3         | null  | 'dc.output.relay'
        'eltek-sp2-amperes'                  | 'no reading of the decimal setting itself'         | '1.3.6.1.4.1.12148.10.2.15.0'                 || null      | null  | null
        // ELTEK-DISTRIBUTED-MIB: UNITS "1/100 Volt", "DeciAmperes", "Volts AC", "Minutes"
        'eltek-distributed'                  | 'battery voltage (1/100 V)'                        | '1.3.6.1.4.1.12148.9.3.2.0'                   || 53.88     | 'V'   | 'dc.battery.voltage'
        'eltek-distributed'                  | 'battery current (amperes by default)'             | '1.3.6.1.4.1.12148.9.3.3.0'                   || -12       | 'A'   | 'dc.battery.current'
        'eltek-distributed'                  | 'rectifiers total current (DeciAmperes)'           | '1.3.6.1.4.1.12148.9.5.3.0'                   || 45.2      | 'A'   | 'dc.rectifiers.current'
        'eltek-distributed'                  | 'rectifier 0 output current (DeciAmperes)'         | '1.3.6.1.4.1.12148.9.5.5.2.1.3.0'             || 15.1      | 'A'   | 'dc.rectifier.current'
        'eltek-distributed'                  | 'rectifier 0 output voltage (1/100 V)'             | '1.3.6.1.4.1.12148.9.5.5.2.1.4.0'             || 53.91     | 'V'   | 'dc.rectifier.voltage'
        'eltek-distributed'                  | 'AC phase 2 voltage'                               | '1.3.6.1.4.1.12148.9.6.2.0'                   || 231       | 'V'   | 'dc.mains.voltage'
        'eltek-distributed'                  | 'time to disconnect (minutes)'                     | '1.3.6.1.4.1.12148.9.3.20.1.0'                || 310       | 'min' | 'dc.battery.runtime'
        'eltek-distributed'                  | 'battery breaker alarm'                            | '1.3.6.1.4.1.12148.9.3.5.0'                   || 1         | null  | 'dc.battery.breaker'
        // ELTEK-BC2000-DC-POWER-MIB: " *.01 Volts", " Amperes"; a module's current in centiamps on rectifier rows only
        'eltek-valere-bc2000'                | 'system voltage (hundredths)'                      | '1.3.6.1.4.1.13858.2.3.2.0'                   || 54.12     | 'V'   | 'dc.system.voltage'
        'eltek-valere-bc2000'                | 'system current (amperes)'                         | '1.3.6.1.4.1.13858.2.3.3.0'                   || 24        | 'A'   | 'dc.system.current'
        'eltek-valere-bc2000'                | 'controller state normal'                          | '1.3.6.1.4.1.13858.2.3.4.0'                   || 1         | null  | 'dc.system.controller_state'
        'eltek-valere-bc2000'                | 'internal temperature'                             | '1.3.6.1.4.1.13858.2.3.5.0'                   || 27        | '°C'  | 'dc.system.internal_temperature'
        'eltek-valere-bc2000'                | 'rectifier 1.1 current (centiamps)'                | '1.3.6.1.4.1.13858.2.1.6.1.4.1.1'             || 12.34     | 'A'   | 'dc.rectifier.current'
        'eltek-valere-bc2000'                | 'an LVD row has no current'                        | '1.3.6.1.4.1.13858.2.1.6.1.4.1.3'             || null      | null  | null
        'eltek-valere-bc2000'                | 'module 1.2 status alarm'                          | '1.3.6.1.4.1.13858.2.1.6.1.5.1.2'             || 1         | null  | 'dc.module.status'
        'eltek-valere-bc2000'                | 'battery probe 0 temperature'                      | '1.3.6.1.4.1.13858.7.1.1.1.3.0'               || 23        | '°C'  | 'dc.battery.temperature'
        'eltek-valere-bc2000'                | 'battery probe 1 removed (-126): no temperature'   | '1.3.6.1.4.1.13858.7.1.1.1.3.1'               || null      | null  | null
        // SUPERCAPBATTERY-MIB: thirteen objects per BMS, answered without a row index; UNITS ".01C", ".01A", ".01V", ".01AH", "10AH", ".1%"
        'supercap-cabinet'                   | 'BMS01 ambient temperature (.01C)'                 | '1.3.6.1.2.1.555.1.1.1.2'                     || 25.12     | '°C'  | 'dc.battery.ambient_temperature'
        'supercap-cabinet'                   | 'BMS01 current (.01A)'                             | '1.3.6.1.2.1.555.1.1.1.4'                     || 3.15      | 'A'   | 'dc.battery.current'
        'supercap-cabinet'                   | 'BMS01 voltage (.01V)'                             | '1.3.6.1.2.1.555.1.1.1.5'                     || 53.21     | 'V'   | 'dc.battery.voltage'
        'supercap-cabinet'                   | 'BMS01 remaining capacity (.01AH)'                 | '1.3.6.1.2.1.555.1.1.1.6'                     || 98.7      | 'Ah'  | 'dc.battery.capacity_left'
        'supercap-cabinet'                   | 'BMS01 total discharge capacity (10AH)'            | '1.3.6.1.2.1.555.1.1.1.9'                     || 30        | 'Ah'  | 'dc.battery.discharged_total'
        'supercap-cabinet'                   | 'BMS01 state of health (.1%)'                      | '1.3.6.1.2.1.555.1.1.1.10'                    || 95.8      | '%'   | 'dc.battery.health'
        'supercap-cabinet'                   | 'BMS01 battery voltage alarm'                      | '1.3.6.1.2.1.555.1.1.1.14'                    || 1         | null  | 'dc.battery.voltage_alarm'
        'supercap-cabinet'                   | 'BMS02 current, second block of thirteen'          | '1.3.6.1.2.1.555.1.1.1.17'                    || 12.5      | 'A'   | 'dc.battery.current'
        'supercap-cabinet'                   | 'BMS02 power temperature (.01C)'                   | '1.3.6.1.2.1.555.1.1.1.16'                    || 26.9      | '°C'  | 'dc.battery.power_temperature'
        'supercap-cabinet'                   | 'BMS02 cycles'                                     | '1.3.6.1.2.1.555.1.1.1.21'                    || 7         | null  | 'dc.battery.cycles'
        'supercap-cabinet'                   | 'BMS03 absent: nothing read'                       | '1.3.6.1.2.1.555.1.1.1.30'                    || null      | null  | null
        // SAMLEXAMERICA-MIB: "1200 = 120.0V", "48 = 4.8A", "9002 = 900.2W", "500 = 50.0Hz", "25 = 25 C", "110 = 110%"
        'samlex-inverter'                    | 'inverter output voltage (tenths)'                 | '1.3.6.1.4.1.49075.1.3.1.2.0'                 || 228.7     | 'V'   | 'dc.inverter.output.voltage'
        'samlex-inverter'                    | 'inverter output current (tenths)'                 | '1.3.6.1.4.1.49075.1.3.1.3.0'                 || 6.3       | 'A'   | 'dc.inverter.output.current'
        'samlex-inverter'                    | 'inverter output power (tenths)'                   | '1.3.6.1.4.1.49075.1.3.1.4.0'                 || 1421.8    | 'W'   | 'dc.inverter.output.power'
        'samlex-inverter'                    | 'configured output frequency (tenths)'             | '1.3.6.1.4.1.49075.1.3.1.5.0'                 || 50        | 'Hz'  | 'dc.inverter.output.nominal_frequency'
        'samlex-inverter'                    | 'grid frequency (tenths)'                          | '1.3.6.1.4.1.49075.1.3.1.10.0'                || 50.1      | 'Hz'  | 'dc.inverter.grid.frequency'
        'samlex-inverter'                    | 'DC input voltage (tenths)'                        | '1.3.6.1.4.1.49075.1.3.2.1.0'                 || 52.7      | 'V'   | 'dc.inverter.input.voltage'
        'samlex-inverter'                    | 'over-voltage protection is a setting: not read'   | '1.3.6.1.4.1.49075.1.3.2.2.0'                 || null      | null  | null
        'samlex-inverter'                    | 'grid AC sync'                                     | '1.3.6.1.4.1.49075.1.3.3.5.0'                 || 3         | null  | 'dc.inverter.grid.status'
        'samlex-inverter'                    | 'overload limit (%)'                               | '1.3.6.1.4.1.49075.1.3.3.6.0'                 || 115       | '%'   | 'dc.inverter.overload_limit'
        'samlex-inverter'                    | 'DC to AC temperature below zero'                  | '1.3.6.1.4.1.49075.1.3.3.9.0'                 || -4        | '°C'  | 'dc.inverter.dcac.temperature'
        'samlex-inverter'                    | 'under-voltage alarm warning'                      | '1.3.6.1.4.1.49075.1.3.6.3.0'                 || 1         | null  | 'dc.inverter.under_voltage_alarm'
        // ALGPOWER-v2-MIB: voltages "in tenths of a volt", currents "in milli ampere", temperatures in degC
        'algcom-dc-ups'                      | 'output voltage (tenths)'                          | '1.3.6.1.4.1.49136.1.1.1.0'                   || 53.8      | 'V'   | 'dc.output.voltage'
        'algcom-dc-ups'                      | 'output current (mA)'                              | '1.3.6.1.4.1.49136.1.1.2.0'                   || 2.145     | 'A'   | 'dc.output.current'
        'algcom-dc-ups'                      | 'battery current supplying the output (mA)'        | '1.3.6.1.4.1.49136.1.2.2.0'                   || -2.23     | 'A'   | 'dc.battery.current'
        'algcom-dc-ups'                      | 'charger in float stage'                           | '1.3.6.1.4.1.49136.1.2.3.0'                   || 5         | null  | 'dc.battery.charger'
        'algcom-dc-ups'                      | 'fan B failed'                                     | '1.3.6.1.4.1.49136.1.3.8.0'                   || 1         | null  | 'dc.fan.status'
        'algcom-dc-ups'                      | 'external probe below zero'                        | '1.3.6.1.4.1.49136.1.4.2.0'                   || -2        | '°C'  | 'dc.external.temperature'
        'algcom-dc-ups'                      | 'AC supply voltage (decivolt)'                     | '1.3.6.1.4.1.49136.1.6.1.0'                   || 229.7     | 'V'   | 'dc.mains.voltage'
        'algcom-dc-ups'                      | 'battery test final voltage (dV)'                  | '1.3.6.1.4.1.49136.1.8.7.0'                   || 46.3      | 'V'   | 'dc.battery.test.final_voltage'
        'algcom-dc-ups'                      | 'battery test initial current (mA)'                | '1.3.6.1.4.1.49136.1.8.6.0'                   || -1.64     | 'A'   | 'dc.battery.test.initial_current'
        // ARHANGELSK-GLOBAL-REG (MTS-COM): voltages and currents "get in mV" / "in mA", the battery's in A, 25000 is 25 C
        'mts-dc-power'                       | 'system voltage (mV)'                              | '1.3.6.1.4.1.40865.1.6.0'                     || 54.12     | 'V'   | 'dc.system.voltage'
        'mts-dc-power'                       | 'load current (mA)'                                | '1.3.6.1.4.1.40865.1.7.0'                     || 12.35     | 'A'   | 'dc.load.current'
        'mts-dc-power'                       | 'AC voltage (mV)'                                  | '1.3.6.1.4.1.40865.1.8.0'                     || 228.75    | 'V'   | 'dc.mains.voltage'
        'mts-dc-power'                       | 'battery current discharging (A)'                  | '1.3.6.1.4.1.40865.1.11.0'                    || -6        | 'A'   | 'dc.battery.current'
        'mts-dc-power'                       | 'temperature (25000 is 25 C)'                      | '1.3.6.1.4.1.40865.1.12.0'                    || 27.5      | '°C'  | 'dc.battery.temperature'
        'mts-dc-power'                       | 'system minor alarm'                               | '1.3.6.1.4.1.40865.1.5.0'                     || 2         | null  | 'dc.system.status'
        'mts-dc-power'                       | 'AC out of range (2)'                              | '1.3.6.1.4.1.40865.1.38.0'                    || 2         | null  | 'dc.mains.status'
        'mts-dc-power'                       | 'rectifier fan not rotating'                       | '1.3.6.1.4.1.40865.1.26.0'                    || 1         | null  | 'dc.rectifier.fan'
        'mts-dc-power'                       | 'float voltage is a setting: not read'             | '1.3.6.1.4.1.40865.1.54.0'                    || null      | null  | null
        // UBNT-EdgeMAX-MIB: "in mV", "in mA", "in mW", "thousands of degrees Celsius", TimeTicks
        'ubnt-edgepower'                     | 'output 2 voltage (mV)'                            | '1.3.6.1.4.1.41112.1.5.2.2.1.2.2'             || 54.02     | 'V'   | 'dc.output.voltage'
        'ubnt-edgepower'                     | 'output 1 current (mA)'                            | '1.3.6.1.4.1.41112.1.5.2.2.1.3.1'             || 1.25      | 'A'   | 'dc.output.current'
        'ubnt-edgepower'                     | 'output 2 power (mW)'                              | '1.3.6.1.4.1.41112.1.5.2.2.1.4.2'             || 39.435    | 'W'   | 'dc.output.power'
        'ubnt-edgepower'                     | 'PSU 1 down'                                       | '1.3.6.1.4.1.41112.1.5.3.2.1.4.1'             || 0         | null  | 'dc.supply.operating'
        'ubnt-edgepower'                     | 'PSU 1 temperature (thousandths)'                  | '1.3.6.1.4.1.41112.1.5.3.2.1.6.1'             || 41.25     | '°C'  | 'dc.supply.temperature'
        'ubnt-edgepower'                     | 'battery run time (TimeTicks to minutes)'          | '1.3.6.1.4.1.41112.1.5.3.2.1.10.1'            || 45        | 'min' | 'dc.battery.runtime'
        'ubnt-edgepower'                     | 'battery needs replacing'                          | '1.3.6.1.4.1.41112.1.5.3.2.1.11.1'            || 2         | null  | 'dc.battery.replace'
        'ubnt-edgepower'                     | 'thermometer 2 below zero'                         | '1.3.6.1.4.1.41112.1.5.4.2.1.3.2'             || -1.5      | '°C'  | 'dc.temperature'
        'ubnt-edgepower'                     | 'battery count is inventory: not read'             | '1.3.6.1.4.1.41112.1.5.3.2.1.8.1'             || null      | null  | null
        // CET-TSI-MIB: UNITS "0.1V", "0.1A", "W", "VA", "0.1Hz"; modules read where tsiModuleSeen is yes(1)
        'cet-tsi'                            | 'module 3 output voltage (0.1 V)'                  | '1.3.6.1.4.1.12551.4.1.1.1.1.16.3'            || 230.3     | 'V'   | 'dc.inverter.module.output.voltage'
        'cet-tsi'                            | 'module 1 AC input voltage (0.1 V)'                | '1.3.6.1.4.1.12551.4.1.1.1.1.20.1'            || 235.6     | 'V'   | 'dc.inverter.module.ac_input.voltage'
        'cet-tsi'                            | 'module 1 DC input voltage (0.1 V)'                | '1.3.6.1.4.1.12551.4.1.1.1.1.25.1'            || 53.6      | 'V'   | 'dc.inverter.module.dc_input.voltage'
        'cet-tsi'                            | 'module 1 output power (W)'                        | '1.3.6.1.4.1.12551.4.1.1.1.1.18.1'            || 1790      | 'W'   | 'dc.inverter.module.output.power'
        'cet-tsi'                            | 'module 3 temperature, answered in C'              | '1.3.6.1.4.1.12551.4.1.1.1.1.28.3'            || 36        | '°C'  | 'dc.inverter.module.temperature'
        'cet-tsi'                            | 'module 1 AC output state sb'                      | '1.3.6.1.4.1.12551.4.1.1.1.1.3.1'             || 1         | null  | 'dc.inverter.module.output_state'
        'cet-tsi'                            | 'module 2 not seen: no voltage'                    | '1.3.6.1.4.1.12551.4.1.1.1.1.16.2'            || null      | null  | null
        'cet-tsi'                            | 'phase 1 load of available power (%)'              | '1.3.6.1.4.1.12551.4.1.2.2.1.2.1'             || 36        | '%'   | 'dc.inverter.phase.available_load_w'
        'cet-tsi'                            | 'phase 1 power delivered (W)'                      | '1.3.6.1.4.1.12551.4.1.2.2.1.12.1'            || 3580      | 'W'   | 'dc.inverter.phase.output.power'
        'cet-tsi'                            | 'phase 1 output frequency (0.1 Hz)'                | '1.3.6.1.4.1.12551.4.1.2.2.1.8.1'             || 50        | 'Hz'  | 'dc.inverter.phase.output.frequency'
        'cet-tsi'                            | 'AC group 1 current (0.1 A)'                       | '1.3.6.1.4.1.12551.4.1.3.2.1.3.1'             || 16.3      | 'A'   | 'dc.inverter.ac_group.current'
        'cet-tsi'                            | 'DC group 1 voltage (0.1 V)'                       | '1.3.6.1.4.1.12551.4.1.4.2.1.2.1'             || 53.8      | 'V'   | 'dc.inverter.dc_group.voltage'
        // IMCO-LSPS-MIB: values "multiplied by 100" (voltages, temperature) or "by 10" (current, capacity, load)
        'imco-lsps'                          | 'output voltage U1 (x100)'                         | '1.3.6.1.4.1.33283.1.30.7.4.0'                || 13.62     | 'V'   | 'dc.output.voltage'
        'imco-lsps'                          | 'output voltage U2 negative (x100)'                | '1.3.6.1.4.1.33283.1.30.7.5.0'                || -54.1     | 'V'   | 'dc.output.voltage'
        'imco-lsps'                          | 'output current (x10)'                             | '1.3.6.1.4.1.33283.1.30.7.6.0'                || 12.3      | 'A'   | 'dc.output.current'
        'imco-lsps'                          | 'battery capacity (x10)'                           | '1.3.6.1.4.1.33283.1.30.7.7.0'                || 87.5      | '%'   | 'dc.battery.capacity_left'
        'imco-lsps'                          | 'temperature sensor (x100)'                        | '1.3.6.1.4.1.33283.1.30.5.1.3.0'              || 24.18     | '°C'  | 'dc.battery.temperature'
        'imco-lsps'                          | 'mains (OPTO3) no signal'                          | '1.3.6.1.4.1.33283.1.30.2.3.0'                || 2         | null  | 'dc.mains.status'
        'imco-lsps'                          | 'relay 1 activated'                                | '1.3.6.1.4.1.33283.1.30.3.1.1.0'              || 255       | null  | 'dc.output.relay'
        'imco-lsps'                          | 'maximum load is a rating: not read'               | '1.3.6.1.4.1.33283.1.30.7.2.0'                || null      | null  | null
        // IMCO-BIG-MIB: UNITS "0.1 V", "0.1 A", "W", "%", "min", "degrees Centigrade"; ok(0)/err(1), close(0)/open(1)
        'imco-big'                           | 'power 1 input voltage (0.1 V)'                    | '1.3.6.1.4.1.2185.1.3.11.2.1.3.5.0'           || 229.1     | 'V'   | 'dc.rectifier.input.voltage'
        'imco-big'                           | 'power 1 output voltage (0.1 V)'                   | '1.3.6.1.4.1.2185.1.3.11.2.1.3.23.0'          || 54.2      | 'V'   | 'dc.rectifier.voltage'
        'imco-big'                           | 'power 2 output voltage, negative system'          | '1.3.6.1.4.1.2185.1.3.11.2.1.4.23.0'          || -48.3     | 'V'   | 'dc.rectifier.voltage'
        'imco-big'                           | 'power 1 output current (0.1 A)'                   | '1.3.6.1.4.1.2185.1.3.11.2.1.3.24.0'          || 16.3      | 'A'   | 'dc.rectifier.current'
        'imco-big'                           | 'power 1 module 2 err'                             | '1.3.6.1.4.1.2185.1.3.11.2.1.3.33.0'          || 1         | null  | 'dc.rectifier.status'
        'imco-big'                           | 'battery current discharging (0.1 A)'              | '1.3.6.1.4.1.2185.1.3.11.2.1.6.3.0'           || -2.7      | 'A'   | 'dc.battery.current'
        'imco-big'                           | 'battery autonomy (min)'                           | '1.3.6.1.4.1.2185.1.3.11.2.1.6.5.0'           || 310       | 'min' | 'dc.battery.runtime'
        'imco-big'                           | 'battery leg 1 voltage (0.1 V)'                    | '1.3.6.1.4.1.2185.1.3.11.2.1.7.9.0'           || 27.2      | 'V'   | 'dc.battery.leg.voltage'
        'imco-big'                           | 'battery leg 1 temperature'                        | '1.3.6.1.4.1.2185.1.3.11.2.1.7.11.0'          || 22        | '°C'  | 'dc.battery.leg.temperature'
        'imco-big'                           | 'battery leg 1 fuse err'                           | '1.3.6.1.4.1.2185.1.3.11.2.1.7.16.0'          || 1         | null  | 'dc.battery.leg.fuse'
        'imco-big'                           | 'door 1 open'                                      | '1.3.6.1.4.1.2185.1.3.11.2.1.2.2.0'           || 1         | null  | 'dc.system.door'
        // ALPHA-RECTIFIER-SYS-MIB: ScaledNumber, "Fixed point, 3 decimal places"; run time "remaining in hours"
        'alpha-cordex-hp'                    | 'rectifiers output current (/1000)'                | '1.3.6.1.4.1.7309.5.3.1.1.0'                  || 42.115    | 'A'   | 'dc.rectifiers.current'
        'alpha-cordex-hp'                    | 'rectifiers output power (/1000)'                  | '1.3.6.1.4.1.7309.5.3.1.2.0'                  || 2280.4    | 'W'   | 'dc.rectifiers.power'
        'alpha-cordex-hp'                    | 'AC input voltage (/1000)'                         | '1.3.6.1.4.1.7309.5.3.1.6.0'                  || 231.87    | 'V'   | 'dc.mains.voltage'
        'alpha-cordex-hp'                    | 'battery current discharging (/1000)'              | '1.3.6.1.4.1.7309.5.3.1.13.0'                 || -1.845    | 'A'   | 'dc.battery.current'
        'alpha-cordex-hp'                    | 'battery temperature (/1000)'                      | '1.3.6.1.4.1.7309.5.3.1.14.0'                 || 23.75     | '°C'  | 'dc.battery.temperature'
        'alpha-cordex-hp'                    | 'battery run time in hours'                        | '1.3.6.1.4.1.7309.5.3.1.31.0'                 || 5.25      | 'h'   | 'dc.battery.runtime'
        'alpha-cordex-hp'                    | 'one failed rectifier'                             | '1.3.6.1.4.1.7309.5.3.1.35.0'                 || 1         | null  | 'dc.rectifiers.failed'
        'alpha-cordex-hp'                    | 'phase 1 voltage answered Null: no value'          | '1.3.6.1.4.1.7309.5.3.1.7.0'                  || null      | null  | null
        'alpha-cordex-hp'                    | 'battery health 2147483.647 %: not a value'        | '1.3.6.1.4.1.7309.5.3.1.32.0'                 || null      | null  | null
        'alpha-cordex-hp'                    | 'required capacity is a planning figure: not read' | '1.3.6.1.4.1.7309.5.3.1.16.0'                 || null      | null  | null
        // USHA-MIB: "in 0.1 Volt DC", "in 0.1 volts", "in 0.1 Amps", "in 0.1 of HZ"; the EMD's "in 0.1 degree"
        'ingrasys-usha'                      | 'battery discharging'                              | '1.3.6.1.4.1.2468.1.2.1.1.2.1.0'              || 5         | null  | 'ups.battery.status'
        'ingrasys-usha'                      | 'seconds on battery'                               | '1.3.6.1.4.1.2468.1.2.1.1.2.2.0'              || 185       | 's'   | 'ups.battery.time_on_battery'
        'ingrasys-usha'                      | 'minutes remaining'                                | '1.3.6.1.4.1.2468.1.2.1.1.2.3.0'              || 23        | 'min' | 'ups.battery.runtime'
        'ingrasys-usha'                      | 'battery voltage (0.1 V)'                          | '1.3.6.1.4.1.2468.1.2.1.1.2.5.0'              || 131.2     | 'V'   | 'ups.battery.voltage'
        'ingrasys-usha'                      | 'battery temperature (tenths)'                     | '1.3.6.1.4.1.2468.1.2.1.1.2.7.0'              || 31.7      | '°C'  | 'ups.battery.temperature'
        'ingrasys-usha'                      | 'input line 1 frequency (tenths)'                  | '1.3.6.1.4.1.2468.1.2.1.1.3.3.1.2.1'          || 49.9      | 'Hz'  | 'ups.input.frequency'
        'ingrasys-usha'                      | 'on battery'                                       | '1.3.6.1.4.1.2468.1.2.1.1.4.1.0'              || 5         | null  | 'ups.output.source'
        'ingrasys-usha'                      | 'output line 1 voltage (0.1 V)'                    | '1.3.6.1.4.1.2468.1.2.1.1.4.4.1.2.1'          || 229.9     | 'V'   | 'ups.output.voltage'
        'ingrasys-usha'                      | 'output line 1 current (0.1 A)'                    | '1.3.6.1.4.1.2468.1.2.1.1.4.4.1.3.1'          || 4.3       | 'A'   | 'ups.output.current'
        'ingrasys-usha'                      | 'output line 1 load'                               | '1.3.6.1.4.1.2468.1.2.1.1.4.4.1.5.1'          || 41        | '%'   | 'ups.output.load'
        'ingrasys-usha'                      | 'last battery test doneError'                      | '1.3.6.1.4.1.2468.1.2.1.1.6.3.0'              || 3         | null  | 'ups.test.result'
        'ingrasys-usha'                      | 'EMD humidity (0.1)'                               | '1.3.6.1.4.1.2468.1.2.1.1.11.3.0'             || 45.6      | '%'   | 'env.humidity'
        'ingrasys-usha'                      | 'EMD alarm 1 active'                               | '1.3.6.1.4.1.2468.1.2.1.1.11.4.0'             || 3         | null  | 'env.contact'
        'ingrasys-usha'                      | 'input current answered Null: no value'            | '1.3.6.1.4.1.2468.1.2.1.1.3.3.1.4.1'          || null      | null  | null
        'ingrasys-usha'                      | 'test duration is a setting: not read'             | '1.3.6.1.4.1.2468.1.2.1.1.6.1.0'              || null      | null  | null
        // DELL-SNMP-UPS-MIB: watts, seconds "calculated by the autonometer", "in 0.1 degree Celsius", "in 0.1 percents"
        'dell-ups-card'                      | 'global status non-critical'                       | '1.3.6.1.4.1.674.10902.2.110.1.0'             || 4         | null  | 'ups.status'
        'dell-ups-card'                      | 'present consumption (W, hourly average)'          | '1.3.6.1.4.1.674.10902.2.120.2.6.0'           || 655       | 'W'   | 'ups.output.average_power'
        'dell-ups-card'                      | 'headroom before overload (W)'                     | '1.3.6.1.4.1.674.10902.2.120.2.1.0'           || 1240      | 'W'   | 'ups.output.headroom'
        'dell-ups-card'                      | 'battery seconds remaining read in minutes'        | '1.3.6.1.4.1.674.10902.2.120.5.3.0'           || 25.5      | 'min' | 'ups.battery.runtime'
        'dell-ups-card'                      | 'ABM discharging'                                  | '1.3.6.1.4.1.674.10902.2.120.5.1.0'           || 2         | null  | 'ups.battery.abm_status'
        'dell-ups-card'                      | 'probe temperature (0.1 C)'                        | '1.3.6.1.4.1.674.10902.2.120.7.3.2.0'         || 26.3      | '°C'  | 'env.temperature'
        'dell-ups-card'                      | 'probe humidity (0.1 %)'                           | '1.3.6.1.4.1.674.10902.2.120.7.3.3.0'         || 41.2      | '%'   | 'env.humidity'
        'dell-ups-card'                      | 'DC bus voltage names no scale: not read'          | '1.3.6.1.4.1.674.10902.2.120.3.1.0'           || null      | null  | null
        'dell-ups-card'                      | 'temperature threshold is a setting: not read'     | '1.3.6.1.4.1.674.10902.2.120.7.3.5.0'         || null      | null  | null
        // vendors whose MIBs are not in ../shared/mibs, from their published MIB text or manual
        // Tripp Lite (TRIPPLITE-PRODUCTS): a single-phase PowerAlert 20 UPS on battery, with an EnviroSense2 as device 2
        'tripplite-ups-1phase'               | 'battery status normal'                            | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.1.1'         || 2         | null  | 'ups.battery.status'
        'tripplite-ups-1phase'               | 'seconds on battery, read in minutes'              | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.2.1'         || 185 / 60d | 'min' | 'ups.battery.time_on_battery'
        'tripplite-ups-1phase'               | 'minutes remaining'                                | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.3.1'         || 41        | 'min' | 'ups.battery.runtime'
        'tripplite-ups-1phase'               | 'charge remaining'                                 | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.4.1'         || 92        | '%'   | 'ups.battery.charge'
        'tripplite-ups-1phase'               | 'battery voltage (0.1 V DC)'                       | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.1.1'         || 25.8      | 'V'   | 'ups.battery.voltage'
        'tripplite-ups-1phase'               | 'battery current discharging (0.01 A)'             | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.2.1'         || -2.15     | 'A'   | 'ups.battery.current'
        'tripplite-ups-1phase'               | 'charger ok'                                       | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.5.1'         || 0         | null  | 'ups.battery.charger.state'
        'tripplite-ups-1phase'               | 'main load on'                                     | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.1.1'           || 2         | null  | 'ups.output.state'
        'tripplite-ups-1phase'               | 'self-test passed'                                 | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.6.1'           || 1         | null  | 'ups.test.result'
        'tripplite-ups-1phase'               | 'UPS temperature (0.1 °C)'                         | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.7.1'           || 23.1      | '°C'  | 'ups.temperature'
        'tripplite-ups-1phase'               | 'output active power total'                        | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.12.1'          || 412       | 'W'   | 'ups.output.power_total'
        'tripplite-ups-1phase'               | 'no general fault'                                 | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.14.1'          || 2         | null  | 'ups.fault.state'
        'tripplite-ups-1phase'               | 'input lost: 0 V'                                  | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.3.1.1'       || 0         | 'V'   | 'ups.input.voltage'
        'tripplite-ups-1phase'               | 'output source battery'                            | '1.3.6.1.4.1.850.1.1.3.1.3.3.1.1.1.1'         || 5         | null  | 'ups.output.source'
        'tripplite-ups-1phase'               | 'output frequency (0.1 Hz)'                        | '1.3.6.1.4.1.850.1.1.3.1.3.3.1.1.3.1'         || 50.0      | 'Hz'  | 'ups.output.frequency'
        'tripplite-ups-1phase'               | 'total utilisation (0.01 %)'                       | '1.3.6.1.4.1.850.1.1.3.1.3.3.1.1.6.1'         || 27.5      | '%'   | 'ups.output.load_total'
        'tripplite-ups-1phase'               | 'output line voltage (0.1 V)'                      | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.2.1.1'       || 230.1     | 'V'   | 'ups.output.voltage'
        'tripplite-ups-1phase'               | 'output line current (0.01 A)'                     | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.3.1.1'       || 2.15      | 'A'   | 'ups.output.current'
        'tripplite-ups-1phase'               | 'output line active power'                         | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.4.1.1'       || 412       | 'W'   | 'ups.output.power'
        'tripplite-ups-1phase'               | 'output line utilisation'                          | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.5.1.1'       || 28        | '%'   | 'ups.output.load'
        'tripplite-ups-1phase'               | 'output line 0.01 kVA, read in VA'                 | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.10.1.1'      || 490       | 'VA'  | 'ups.output.apparent_power'
        'tripplite-ups-1phase'               | 'output line Wh, read in kWh'                      | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.13.1.1'      || 123.456   | 'kWh' | 'ups.output.energy'
        'tripplite-ups-1phase'               | 'EnviroSense2 temperature (0.1 °C)'                | '1.3.6.1.4.1.850.1.1.3.3.3.1.1.1.2'           || 21.5      | '°C'  | 'env.temperature'
        'tripplite-ups-1phase'               | 'EnviroSense2 humidity'                            | '1.3.6.1.4.1.850.1.1.3.3.3.2.1.1.2'           || 48        | '%'   | 'env.humidity'
        'tripplite-ups-1phase'               | 'EnviroSense2 contact 1 closed'                    | '1.3.6.1.4.1.850.1.1.3.3.3.3.1.4.2.1'         || 1         | null  | 'env.contact.state'
        'tripplite-ups-1phase'               | 'EnviroSense2 contact 2 open'                      | '1.3.6.1.4.1.850.1.1.3.3.3.3.1.4.2.2'         || 0         | null  | 'env.contact.state'
        'tripplite-ups-1phase'               | 'battery discharging'                              | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.4.1'         || 3         | null  | 'ups.battery.charge.state'
        'tripplite-ups-1phase'               | 'battery pack 1 weak'                              | '1.3.6.1.4.1.850.1.1.3.1.3.1.5.1.1.1.1'       || 2         | null  | 'ups.battery.condition.state'
        'tripplite-ups-1phase'               | 'UPS outlet 2 off'                                 | '1.3.6.1.4.1.850.1.1.3.1.3.5.1.1.4.1.2'       || 1         | null  | 'ups.outlet.state'
        // Tripp Lite: a three-phase UPS on bypass after a failed battery test, its walk cut to the vendor branch
        'tripplite-ups-3phase-cut'           | 'battery low'                                      | '1.3.6.1.4.1.850.1.1.3.1.3.1.1.1.1.1'         || 3         | null  | 'ups.battery.status'
        'tripplite-ups-3phase-cut'           | 'battery voltage (0.1 V DC)'                       | '1.3.6.1.4.1.850.1.1.3.1.3.1.2.1.1.1'         || 210.4     | 'V'   | 'ups.battery.voltage'
        'tripplite-ups-3phase-cut'           | 'self-test badBattery'                             | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.6.1'           || 7         | null  | 'ups.test.result'
        'tripplite-ups-3phase-cut'           | 'general fault'                                    | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.14.1'          || 1         | null  | 'ups.fault.state'
        'tripplite-ups-3phase-cut'           | 'input phase 2 frequency (0.1 Hz)'                 | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.2.1.2'       || 50.0      | 'Hz'  | 'ups.input.frequency'
        'tripplite-ups-3phase-cut'           | 'input phase 3 voltage (0.1 V)'                    | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.3.1.3'       || 231.0     | 'V'   | 'ups.input.voltage'
        'tripplite-ups-3phase-cut'           | 'input phase 2 current (0.01 A)'                   | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.6.1.2'       || 11.87     | 'A'   | 'ups.input.current'
        'tripplite-ups-3phase-cut'           | 'input phase 3 power'                              | '1.3.6.1.4.1.850.1.1.3.1.3.2.2.1.7.1.3'       || 2996      | 'W'   | 'ups.input.power'
        'tripplite-ups-3phase-cut'           | 'output source bypass'                             | '1.3.6.1.4.1.850.1.1.3.1.3.3.1.1.1.1'         || 4         | null  | 'ups.output.source'
        'tripplite-ups-3phase-cut'           | 'output line 3 current (0.01 A)'                   | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.3.1.3'       || 11.03     | 'A'   | 'ups.output.current'
        'tripplite-ups-3phase-cut'           | 'output line 2 voltage (0.1 V)'                    | '1.3.6.1.4.1.850.1.1.3.1.3.3.2.1.2.1.2'       || 230.5     | 'V'   | 'ups.output.voltage'
        'tripplite-ups-3phase-cut'           | 'bypass frequency (0.1 Hz)'                        | '1.3.6.1.4.1.850.1.1.3.1.3.4.1.1.1.1'         || 50.0      | 'Hz'  | 'ups.bypass.frequency'
        'tripplite-ups-3phase-cut'           | 'bypass line voltage (0.1 V)'                      | '1.3.6.1.4.1.850.1.1.3.1.3.4.2.1.2.1.1'       || 230.2     | 'V'   | 'ups.bypass.voltage'
        'tripplite-ups-3phase-cut'           | 'bypass line current (0.1 A, not 0.01)'            | '1.3.6.1.4.1.850.1.1.3.1.3.4.2.1.3.1.1'       || 12.5      | 'A'   | 'ups.bypass.current'
        'tripplite-ups-3phase-cut'           | 'bypass line power'                                | '1.3.6.1.4.1.850.1.1.3.1.3.4.2.1.4.1.1'       || 2790      | 'W'   | 'ups.bypass.power'
        // Tripp Lite: a three-phase switched PDU with outlets and circuits
        'tripplite-pdu-3phase'               | 'PDU temperature (whole °C)'                       | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.6.1'           || 27        | '°C'  | 'pdu.temperature'
        'tripplite-pdu-3phase'               | 'phase imbalance'                                  | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.8.1'           || 12        | '%'   | 'pdu.phase.imbalance'
        'tripplite-pdu-3phase'               | 'active power total'                               | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.9.1'           || 3456      | 'W'   | 'pdu.power'
        'tripplite-pdu-3phase'               | 'no general fault'                                 | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.12.1'          || 2         | null  | 'pdu.fault.state'
        'tripplite-pdu-3phase'               | 'total utilisation'                                | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.13.1'          || 35        | '%'   | 'pdu.load'
        'tripplite-pdu-3phase'               | 'apparent power total'                             | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.14.1'          || 3600      | 'VA'  | 'pdu.apparent_power'
        'tripplite-pdu-3phase'               | 'current total (0.01 A)'                           | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.16.1'          || 15.67     | 'A'   | 'pdu.current'
        'tripplite-pdu-3phase'               | 'energy total, Wh read in kWh'                     | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.17.1'          || 987.654   | 'kWh' | 'pdu.energy'
        'tripplite-pdu-3phase'               | 'input phase 1 frequency (0.1 Hz)'                 | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.3.1.1'       || 50.0      | 'Hz'  | 'pdu.phase.frequency'
        'tripplite-pdu-3phase'               | 'input phase 3 voltage (0.1 V)'                    | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.4.1.3'       || 231.0     | 'V'   | 'pdu.phase.voltage'
        'tripplite-pdu-3phase'               | 'input phase 2 current (0.01 A)'                   | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.7.1.2'       || 4.98      | 'A'   | 'pdu.phase.current'
        'tripplite-pdu-3phase'               | 'input phase 3 power'                              | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.8.1.3'       || 1176      | 'W'   | 'pdu.phase.power'
        'tripplite-pdu-3phase'               | 'input phase 1 voltage THD (0.01 %)'               | '1.3.6.1.4.1.850.1.1.3.2.3.1.2.1.9.1.1'       || 2.15      | '%'   | 'pdu.phase.voltage_thd'
        'tripplite-pdu-3phase'               | 'output 2 voltage (0.1 V)'                         | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.4.1.2'       || 229.8     | 'V'   | 'pdu.output.voltage'
        'tripplite-pdu-3phase'               | 'output 3 current (0.01 A)'                        | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.5.1.3'       || 5.57      | 'A'   | 'pdu.output.current'
        'tripplite-pdu-3phase'               | 'output 1 power'                                   | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.8.1.1'       || 1150      | 'W'   | 'pdu.output.power'
        'tripplite-pdu-3phase'               | 'output 2 power factor (0.01)'                     | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.9.1.2'       || 0.97      | null  | 'pdu.output.power_factor'
        'tripplite-pdu-3phase'               | 'output 3 apparent power'                          | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.15.1.3'      || 1226      | 'VA'  | 'pdu.output.apparent_power'
        'tripplite-pdu-3phase'               | 'output 3 utilisation (0.01 %)'                    | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.17.1.3'      || 34.2      | '%'   | 'pdu.output.load'
        'tripplite-pdu-3phase'               | 'output 1 Wh, read in kWh'                         | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.18.1.1'      || 321       | 'kWh' | 'pdu.output.energy'
        'tripplite-pdu-3phase'               | 'outlet 2 off'                                     | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.4.1.2'       || 1         | null  | 'pdu.outlet.state'
        'tripplite-pdu-3phase'               | 'outlet 1 voltage (0.1 V)'                         | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.7.1.1'       || 230.1     | 'V'   | 'pdu.outlet.voltage'
        'tripplite-pdu-3phase'               | 'outlet 3 current (0.01 A)'                        | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.8.1.3'       || 22.1      | 'A'   | 'pdu.outlet.current'
        'tripplite-pdu-3phase'               | 'outlet 1 power'                                   | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.9.1.1'       || 320       | 'W'   | 'pdu.outlet.power'
        'tripplite-pdu-3phase'               | 'outlet 3 power factor (0.01)'                     | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.19.1.3'      || 0.98      | null  | 'pdu.outlet.power_factor'
        'tripplite-pdu-3phase'               | 'outlet 1 apparent power'                          | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.20.1.1'      || 336       | 'VA'  | 'pdu.outlet.apparent_power'
        'tripplite-pdu-3phase'               | 'outlet 3 utilisation (0.01 %)'                    | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.23.1.3'      || 138.1     | '%'   | 'pdu.outlet.load'
        'tripplite-pdu-3phase'               | 'outlet 3 over current'                            | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.25.1.3'      || 1         | null  | 'pdu.outlet.overcurrent.state'
        'tripplite-pdu-3phase'               | 'circuit 1 voltage (0.1 V)'                        | '1.3.6.1.4.1.850.1.1.3.2.3.4.1.1.3.1.1'       || 230.0     | 'V'   | 'pdu.circuit.voltage'
        'tripplite-pdu-3phase'               | 'circuit 2 current (0.01 A)'                       | '1.3.6.1.4.1.850.1.1.3.2.3.4.1.1.4.1.2'       || 9.87      | 'A'   | 'pdu.circuit.current'
        'tripplite-pdu-3phase'               | 'circuit 1 power'                                  | '1.3.6.1.4.1.850.1.1.3.2.3.4.1.1.8.1.1'       || 2200      | 'W'   | 'pdu.circuit.power'
        'tripplite-pdu-3phase'               | 'circuit 2 utilisation (0.01 %)'                   | '1.3.6.1.4.1.850.1.1.3.2.3.4.1.1.10.1.2'      || 49.35     | '%'   | 'pdu.circuit.load'
        'tripplite-pdu-3phase'               | 'main load on'                                     | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.1.1'           || 2         | null  | 'pdu.output.state'
        'tripplite-pdu-3phase'               | 'output 3 frequency (0.1 Hz)'                      | '1.3.6.1.4.1.850.1.1.3.2.3.2.1.1.11.1.3'      || 49.9      | 'Hz'  | 'pdu.output.frequency'
        // Tripp Lite: an ATS whose source B is lost, the load on source A
        'tripplite-ats-source-b-lost'        | 'main load on'                                     | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.1.1'           || 2         | null  | 'ats.output.state'
        'tripplite-ats-source-b-lost'        | 'ATS temperature (whole °C)'                       | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.6.1'           || 31        | '°C'  | 'ats.temperature'
        'tripplite-ats-source-b-lost'        | 'output active power total'                        | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.9.1'           || 2950      | 'W'   | 'ats.output.power_total'
        'tripplite-ats-source-b-lost'        | 'no general fault'                                 | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.12.1'          || 2         | null  | 'ats.fault.state'
        'tripplite-ats-source-b-lost'        | 'only source A available'                          | '1.3.6.1.4.1.850.1.1.3.4.3.1.1.1.12.1'        || 1         | null  | 'ats.redundancy.state'
        'tripplite-ats-source-b-lost'        | 'source A in use'                                  | '1.3.6.1.4.1.850.1.1.3.4.3.1.1.1.13.1'        || 0         | null  | 'ats.selected_source.state'
        'tripplite-ats-source-b-lost'        | 'source A phase 1 frequency (0.1 Hz)'              | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.4.1.1.1'     || 50.0      | 'Hz'  | 'ats.input.frequency'
        'tripplite-ats-source-b-lost'        | 'source A phase 1 voltage (0.1 V)'                 | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.5.1.1.1'     || 230.1     | 'V'   | 'ats.input.voltage'
        'tripplite-ats-source-b-lost'        | 'source B phase 1 voltage lost'                    | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.5.1.2.1'     || 0         | 'V'   | 'ats.input.voltage'
        'tripplite-ats-source-b-lost'        | 'source A phase 1 current (0.01 A)'                | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.8.1.1.1'     || 13.0      | 'A'   | 'ats.input.current'
        'tripplite-ats-source-b-lost'        | 'source A phase 1 power'                           | '1.3.6.1.4.1.850.1.1.3.4.3.1.2.1.9.1.1.1'     || 2950      | 'W'   | 'ats.input.power'
        'tripplite-ats-source-b-lost'        | 'output voltage (0.1 V)'                           | '1.3.6.1.4.1.850.1.1.3.4.3.2.1.1.4.1.1'       || 229.8     | 'V'   | 'ats.output.voltage'
        'tripplite-ats-source-b-lost'        | 'output current (0.01 A)'                          | '1.3.6.1.4.1.850.1.1.3.4.3.2.1.1.5.1.1'       || 13.0      | 'A'   | 'ats.output.current'
        'tripplite-ats-source-b-lost'        | 'output power'                                     | '1.3.6.1.4.1.850.1.1.3.4.3.2.1.1.8.1.1'       || 2950      | 'W'   | 'ats.output.power'
        'tripplite-ats-source-b-lost'        | 'output frequency (0.1 Hz)'                        | '1.3.6.1.4.1.850.1.1.3.4.3.2.1.1.11.1.1'      || 50.0      | 'Hz'  | 'ats.output.frequency'
        // Tripp Lite: an older PowerAlert 12 card (sysObjectID .850) with UPS-MIB and the 2009 EnviroSense scalars
        'tripplite-envirosense-poweralert12' | 'ambient temperature (whole °C)'                   | '1.3.6.1.4.1.850.101.1.1.1.0'                 || 24        | '°C'  | 'env.temperature'
        'tripplite-envirosense-poweralert12' | 'ambient humidity (whole %)'                       | '1.3.6.1.4.1.850.101.1.2.1.0'                 || 67        | '%'   | 'env.humidity'
        'tripplite-envirosense-poweralert12' | 'temperature not in alarm'                         | '1.3.6.1.4.1.850.101.1.1.5.0'                 || 2         | null  | 'env.temperature.alarm.state'
        'tripplite-envirosense-poweralert12' | 'humidity in alarm'                                | '1.3.6.1.4.1.850.101.1.2.4.0'                 || 1         | null  | 'env.humidity.alarm.state'
        // Deep Sea Electronics DSE8610 MKII (DSE-8610-MIB): on load, 400 V three-phase, with the load-share bus
        'dse-8610-on-load'                   | 'generator frequency (0.1 Hz)'                     | '1.3.6.1.4.1.41385.1.5.1.2.1.2.1'             || 50.0      | 'Hz'  | 'gen.frequency'
        'dse-8610-on-load'                   | 'generator L2-N voltage (0.1 V)'                   | '1.3.6.1.4.1.41385.1.5.1.2.1.4.1'             || 229.8     | 'V'   | 'gen.voltage.l2n'
        'dse-8610-on-load'                   | 'generator L3-L1 voltage (0.1 V)'                  | '1.3.6.1.4.1.41385.1.5.1.2.1.8.1'             || 400.1     | 'V'   | 'gen.voltage.l13'
        'dse-8610-on-load'                   | 'generator L1-L2 voltage (0.1 V)'                  | '1.3.6.1.4.1.41385.1.5.1.2.1.6.1'             || 399.2     | 'V'   | 'gen.voltage.l12'
        'dse-8610-on-load'                   | 'generator L3 current (0.1 A)'                     | '1.3.6.1.4.1.41385.1.5.1.2.1.11.1'            || 150.7     | 'A'   | 'gen.current.l3'
        'dse-8610-on-load'                   | 'generator earth current (0.1 A)'                  | '1.3.6.1.4.1.41385.1.5.1.2.1.12.1'            || 0.3       | 'A'   | 'gen.current.earth'
        'dse-8610-on-load'                   | 'generator L1 watts'                               | '1.3.6.1.4.1.41385.1.5.1.2.1.13.1'            || 32100     | 'W'   | 'gen.power.l1'
        'dse-8610-on-load'                   | 'generator total watts'                            | '1.3.6.1.4.1.41385.1.5.1.2.1.17.1'            || 96400     | 'W'   | 'gen.power'
        'dse-8610-on-load'                   | 'generator total VA'                               | '1.3.6.1.4.1.41385.1.5.1.2.1.21.1'            || 112800    | 'VA'  | 'gen.apparent_power'
        'dse-8610-on-load'                   | 'generator total VAr, leading (negative)'          | '1.3.6.1.4.1.41385.1.5.1.2.1.25.1'            || -5200     | 'var' | 'gen.reactive_power'
        'dse-8610-on-load'                   | 'average power factor (0.01)'                      | '1.3.6.1.4.1.41385.1.5.1.2.1.29.1'            || 0.85      | null  | 'gen.power_factor'
        'dse-8610-on-load'                   | 'percentage of full power (0.1 %)'                 | '1.3.6.1.4.1.41385.1.5.1.2.1.30.1'            || 48.2      | '%'   | 'gen.load'
        'dse-8610-on-load'                   | 'oil pressure 4.12 bar, read in kPa'               | '1.3.6.1.4.1.41385.1.5.1.3.1.2.1'             || 412       | 'kPa' | 'gen.oil.pressure'
        'dse-8610-on-load'                   | 'coolant temperature'                              | '1.3.6.1.4.1.41385.1.5.1.3.1.3.1'             || 84        | '°C'  | 'gen.coolant.temperature'
        'dse-8610-on-load'                   | 'oil temperature'                                  | '1.3.6.1.4.1.41385.1.5.1.3.1.4.1'             || 97        | '°C'  | 'gen.oil.temperature'
        'dse-8610-on-load'                   | 'fuel level'                                       | '1.3.6.1.4.1.41385.1.5.1.3.1.5.1'             || 63        | '%'   | 'gen.fuel.level'
        'dse-8610-on-load'                   | 'charge alternator (0.1 V)'                        | '1.3.6.1.4.1.41385.1.5.1.3.1.6.1'             || 27.6      | 'V'   | 'gen.charge_alternator.voltage'
        'dse-8610-on-load'                   | 'battery (0.1 V)'                                  | '1.3.6.1.4.1.41385.1.5.1.3.1.7.1'             || 27.1      | 'V'   | 'gen.battery.voltage'
        'dse-8610-on-load'                   | 'engine speed'                                     | '1.3.6.1.4.1.41385.1.5.1.3.1.8.1'             || 1500      | 'rpm' | 'gen.speed'
        'dse-8610-on-load'                   | 'bus frequency (0.1 Hz)'                           | '1.3.6.1.4.1.41385.1.5.1.9.1.2.1'             || 50.0      | 'Hz'  | 'gen.bus.frequency'
        'dse-8610-on-load'                   | 'bus L3-N voltage (0.1 V)'                         | '1.3.6.1.4.1.41385.1.5.1.9.1.5.1'             || 231.0     | 'V'   | 'gen.bus.voltage.l3n'
        'dse-8610-on-load'                   | 'bus total watts'                                  | '1.3.6.1.4.1.41385.1.5.1.9.1.17.1'            || 192500    | 'W'   | 'gen.bus.power'
        // DSE8610 stopped on a cold night, the walk cut to the engine table: chosen by the table, negative temperatures
        'dse-8610-stopped-cut'               | 'coolant temperature below zero'                   | '1.3.6.1.4.1.41385.1.5.1.3.1.3.1'             || -6        | '°C'  | 'gen.coolant.temperature'
        'dse-8610-stopped-cut'               | 'oil temperature below zero'                       | '1.3.6.1.4.1.41385.1.5.1.3.1.4.1'             || -4        | '°C'  | 'gen.oil.temperature'
        'dse-8610-stopped-cut'               | 'low fuel level'                                   | '1.3.6.1.4.1.41385.1.5.1.3.1.5.1'             || 18        | '%'   | 'gen.fuel.level'
        'dse-8610-stopped-cut'               | 'battery at rest (0.1 V)'                          | '1.3.6.1.4.1.41385.1.5.1.3.1.7.1'             || 24.8      | 'V'   | 'gen.battery.voltage'
        'dse-8610-stopped-cut'               | 'engine stopped'                                   | '1.3.6.1.4.1.41385.1.5.1.3.1.8.1'             || 0         | 'rpm' | 'gen.speed'
        // PDUs and environment monitors whose rows of one value column are told apart by a unit or type column beside them
        'conteg-pdu-chain'                   | 'T sensor (CentiValue)'                            | '1.3.6.1.4.1.28402.12.1.1.2.8.2.1.3.1.1'      || 22.1      | '°C'  | 'env.temperature'
        'conteg-pdu-chain'                   | 'H sensor (CentiValue)'                            | '1.3.6.1.4.1.28402.12.1.1.2.8.2.1.3.1.2'      || 45.3      | '%'   | 'env.humidity'
        'energy-object-relays'               | 'power in milliwatts (multiplier -3)'              | '1.3.6.1.2.1.229.1.2.1.1.1'                   || 1.52      | 'W'   | 'energy.power'
        'packetpower-eg-nodes'               | 'ddegC row'                                        | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.100' || 23.1      | '°C'  | 'env.temperature'
        'packetpower-eg-nodes'               | '% row'                                            | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.191' || 47        | '%'   | 'env.reading.percent'
        'packetpower-eg-nodes'               | 'mV row'                                           | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.190' || 3.104     | 'V'   | 'env.reading.voltage'
        'wut-webgraph-sensors'               | 'hygrometer sensor 1, temperature below zero'      | '1.3.6.1.4.1.5040.1.2.42.1.4.1.1.1'           || -5.2      | '°C'  | 'env.temperature'
        'wut-webgraph-sensors'               | 'hygrometer sensor 2, humidity'                    | '1.3.6.1.4.1.5040.1.2.42.1.4.1.1.2'           || 61.2      | '%'   | 'env.humidity'
        'dantel-webmon-units'                | 'onboard % row'                                    | '1.3.6.1.4.1.994.3.4.7.6.1.66.1'              || 38.5      | '%'   | 'env.humidity'
        'dantel-webmon-units'                | 'onboard Celsius row'                              | '1.3.6.1.4.1.994.3.4.7.6.1.66.2'              || 22.75     | '°C'  | 'env.temperature'
        // GEPARALLELUPS-MIB: RFC 1628's groups under GE's branch, with the same UNITS
        'ge-parallel-ups-3phase'             | 'battery voltage (0.1 Volt DC)'                    | '1.3.6.1.4.1.818.1.1.10.2.5.0'                || 408.5     | 'V'   | 'ups.battery.voltage'
        'ge-parallel-ups-3phase'             | 'battery current discharging (0.1 Amp DC)'         | '1.3.6.1.4.1.818.1.1.10.2.6.0'                || -1.2      | 'A'   | 'ups.battery.current'
        'ge-parallel-ups-3phase'             | 'battery ripple (0.1 Volt RMS)'                    | '1.3.6.1.4.1.818.1.1.10.2.8.0'                || 1.3       | 'V'   | 'ups.battery.ripple'
        'ge-parallel-ups-3phase'             | 'run time (minutes)'                               | '1.3.6.1.4.1.818.1.1.10.2.3.0'                || 42        | 'min' | 'ups.battery.runtime'
        'ge-parallel-ups-3phase'             | 'input line 2 frequency (0.1 Hertz)'               | '1.3.6.1.4.1.818.1.1.10.3.3.1.2.2'            || 50        | 'Hz'  | 'ups.input.frequency'
        'ge-parallel-ups-3phase'             | 'input line 3 current (0.1 RMS Amp)'               | '1.3.6.1.4.1.818.1.1.10.3.3.1.4.3'            || 19        | 'A'   | 'ups.input.current'
        'ge-parallel-ups-3phase'             | 'output line 1 voltage (RMS Volts)'                | '1.3.6.1.4.1.818.1.1.10.4.4.1.2.1'            || 230       | 'V'   | 'ups.output.voltage'
        'ge-parallel-ups-3phase'             | 'output line 3 power factor (0.01 cos phi)'        | '1.3.6.1.4.1.818.1.1.10.4.4.1.6.3'            || 0.97      | null  | 'ups.output.power_factor'
        'ge-parallel-ups-3phase'             | 'load fed from the inverter'                       | '1.3.6.1.4.1.818.1.1.10.8.13.0'               || 2         | null  | 'ups.load.source'
        'ge-parallel-ups-3phase'             | 'output peak current is a rating: not read'        | '1.3.6.1.4.1.818.1.1.10.4.4.1.7.1'            || null      | null  | null
        // P8652-MIB: a channel's value * 10, read as the quantity its unit text names
        'comet-p8652-channels'               | 'channel 1 in °C (value * 10)'                     | '1.3.6.1.4.1.22626.1.5.2.1.3.0'               || 23.5      | '°C'  | 'env.temperature'
        'comet-p8652-channels'               | 'channel 2 in %RH (value * 10)'                    | '1.3.6.1.4.1.22626.1.5.2.2.3.0'               || 41.2      | '%'   | 'env.humidity'
        'comet-p8652-channels'               | 'channel 3, °C as the Latin-1 byte b0'             | '1.3.6.1.4.1.22626.1.5.2.3.3.0'               || -3.1      | '°C'  | 'env.temperature'
        'comet-p8652-channels'               | 'channel 4 in °F (UTF-8): 77.0 read as 25'         | '1.3.6.1.4.1.22626.1.5.2.4.3.0'               || 25        | '°C'  | 'env.temperature'
        'comet-p8652-channels'               | 'channel 2 alarm high'                             | '1.3.6.1.4.1.22626.1.5.2.2.4.0'               || 1         | null  | 'env.channel.alarm'
        'comet-p8652-channels'               | 'binary input 1 alarm active'                      | '1.3.6.1.4.1.22626.1.5.2.6.5.0'               || 1         | null  | 'env.input.alarm'
        'comet-p8652-channels'               | 'the channel delay is a setting: not read'         | '1.3.6.1.4.1.22626.1.5.2.1.8.0'               || null      | null  | null
        // older firmware: the unit texts in Latin-1 (b0 46 for °F) or bare, a channel set to °F read in °C
        'comet-p8541-fahrenheit'             | 'channel 1 in °F (Latin-1): 68.5 read as 20.28'   | '1.3.6.1.4.1.22626.1.5.2.1.3.0'               || 20.2778   | '°C'  | 'env.temperature'
        'comet-p8541-fahrenheit'             | 'channel 2 in °F (Latin-1): 95.0 read as 35'      | '1.3.6.1.4.1.22626.1.5.2.2.3.0'               || 35        | '°C'  | 'env.temperature'
        'comet-p8541-fahrenheit'             | 'channel 3 in bare F: 14.0 read as -10'           | '1.3.6.1.4.1.22626.1.5.2.3.3.0'               || -10       | '°C'  | 'env.temperature'
        'comet-p8541-fahrenheit'             | 'channel 4 in bare C, not converted'              | '1.3.6.1.4.1.22626.1.5.2.4.3.0'               || 22        | '°C'  | 'env.temperature'
        'comet-p8541-fahrenheit'             | 'channel 3 alarm low'                             | '1.3.6.1.4.1.22626.1.5.2.3.4.0'               || 2         | null  | 'env.channel.alarm'
        // T3610-MIB: the values * 10 of valuesInt, each read where its unit text names it
        'comet-t3611-values'                 | 'temperature, unit °C as the Latin-1 byte b0'      | '1.3.6.1.4.1.22626.1.2.3.1.0'                 || 21.8      | '°C'  | 'env.temperature'
        'comet-t3611-values'                 | 'humidity in %RH'                                  | '1.3.6.1.4.1.22626.1.2.3.2.0'                 || 48.3      | '%'   | 'env.humidity'
        'comet-t3611-values'                 | 'computed value in g/m3: not read'                 | '1.3.6.1.4.1.22626.1.2.3.3.0'                 || null      | null  | null
        'comet-t3611-values'                 | 'humidity alarm high'                              | '1.3.6.1.4.1.22626.1.2.3.6.0'                 || 1         | null  | 'env.humidity.alarm'
        'comet-t3611-values'                 | 'the low temperature limit is a setting: not read' | '1.3.6.1.4.1.22626.1.2.4.1.0'                 || null      | null  | null
        'comet-t3611-fahrenheit'             | 'temperature in °F (Latin-1): 71.6 read as 22'    | '1.3.6.1.4.1.22626.1.2.3.1.0'                 || 22        | '°C'  | 'env.temperature'
        'comet-t3611-fahrenheit'             | 'humidity in %RH, not converted'                  | '1.3.6.1.4.1.22626.1.2.3.2.0'                 || 50.2      | '%'   | 'env.humidity'
        'comet-t3611-fahrenheit'             | 'dew point in °F (UTF-8): 50.0 read as 10'        | '1.3.6.1.4.1.22626.1.2.3.3.0'                 || 10        | '°C'  | 'env.dewpoint'
        'comet-t3611-fahrenheit'             | 'the high limit in °F is a setting: not read'     | '1.3.6.1.4.1.22626.1.2.4.2.0'                 || null      | null  | null
        // EMD-MIB: each external sensor row names its type, units and decimal digits in the configuration table
        // PDU2-MIB without the configuration table (no decimal digits column): the digits PX2/PX3 give each sensor type
        'raritan-pdu2-measurements-only'     | 'inlet rmsCurrent, 3 digits'                       | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.1'         || 0.68      | null  | 'pdu.inlet.sensor'
        'raritan-pdu2-measurements-only'     | 'inlet rmsVoltage, no digit'                       | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.4'         || 231       | null  | 'pdu.inlet.sensor'
        'raritan-pdu2-measurements-only'     | 'inlet powerFactor, 2 digits'                      | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.7'         || 0.97      | null  | 'pdu.inlet.sensor'
        'raritan-pdu2-measurements-only'     | 'inlet frequency, 1 digit'                         | '1.3.6.1.4.1.13742.6.5.2.3.1.4.1.1.23'        || 50        | null  | 'pdu.inlet.sensor'
        'raritan-pdu2-outlets-only'          | 'outlet rmsCurrent, 3 digits'                      | '1.3.6.1.4.1.13742.6.5.4.3.1.4.1.3.1'         || 0.311     | null  | 'pdu.outlet.sensor'
        'raritan-pdu2-outlets-only'          | 'outlet activePower, no digit'                     | '1.3.6.1.4.1.13742.6.5.4.3.1.4.1.3.5'         || 64        | null  | 'pdu.outlet.sensor'
        'raritan-emx-sensors'                | 'temperature, one decimal digit'                   | '1.3.6.1.4.1.13742.8.2.1.1.1.3.1'             || 23.5      | '°C'  | 'env.temperature'
        'raritan-emx-sensors'                | 'humidity, no decimal digit'                       | '1.3.6.1.4.1.13742.8.2.1.1.1.3.2'             || 45        | '%'   | 'env.humidity'
        'raritan-emx-sensors'                | 'temperature in degreeF: 77.0 read as 25'          | '1.3.6.1.4.1.13742.8.2.1.1.1.3.3'             || 25        | '°C'  | 'env.temperature'
        'raritan-emx-sensors'                | 'air flow in meters per second'                    | '1.3.6.1.4.1.13742.8.2.1.1.1.3.6'             || 1.5       | 'm/s' | 'env.airflow'
        'raritan-emx-sensors'                | 'water sensor notDetected'                         | '1.3.6.1.4.1.13742.8.2.1.1.1.2.4'             || 10        | null  | 'env.leak.state'
        'raritan-emx-sensors'                | 'door contact open'                                | '1.3.6.1.4.1.13742.8.2.1.1.1.2.5'             || 0         | null  | 'env.door'
        'raritan-emx-sensors'                | 'temperature above upper warning'                  | '1.3.6.1.4.1.13742.8.2.1.1.1.2.3'             || 5         | null  | 'env.sensor_state'
        'raritan-emx-sensors'                | 'a discrete sensor has no numeric value'           | '1.3.6.1.4.1.13742.8.2.1.1.1.3.4'             || null      | null  | null
        // MOBOTIX, Avigilon and Inmatics publish no MIB text: their objects as the public Centreon connectors read them;
        // the Ethernet Box from BETTER-NETWORKS-ETHERNETBOX-MIB
        'mobotix-camera-sd'                  | 'internal temperature'                             | '1.3.6.1.4.1.21701.2.7.2.1.1.0'               || 41        | '°C'  | 'camera.temperature'
        'mobotix-camera-sd'                  | 'outside temperature below zero'                   | '1.3.6.1.4.1.21701.2.7.2.2.1.0'               || -6        | '°C'  | 'camera.temperature'
        'mobotix-camera-sd'                  | 'GPS module temperature'                           | '1.3.6.1.4.1.21701.2.7.2.4.1.0'               || 38        | '°C'  | 'camera.temperature'
        'mobotix-camera-sd'                  | 'right image sensor illumination'                  | '1.3.6.1.4.1.21701.2.7.3.1.0'                 || 5200      | 'lx'  | 'env.illuminance'
        'mobotix-camera-sd'                  | 'left image sensor illumination'                   | '1.3.6.1.4.1.21701.2.7.3.2.0'                 || 4870      | 'lx'  | 'env.illuminance'
        'mobotix-camera-sd'                  | 'main stream frame rate'                           | '1.3.6.1.4.1.21701.2.7.5.1.2.0'               || 25        | 'fps' | 'camera.fps'
        'mobotix-camera-sd'                  | 'SD card archive fill level'                       | '1.3.6.1.4.1.21701.2.3.8.0'                   || 37        | '%'   | 'camera.storage.used'
        'mobotix-camera-no-card'             | 'no fill level without a card (-1)'                | '1.3.6.1.4.1.21701.2.3.8.0'                   || null      | null  | null
        'mobotix-camera-no-card'             | 'dark: 0 lx is a reading'                          | '1.3.6.1.4.1.21701.2.7.3.1.0'                 || 0         | 'lx'  | 'env.illuminance'
        'mobotix-camera-no-card'             | 'internal temperature, own branch only'            | '1.3.6.1.4.1.21701.2.7.2.1.1.0'               || 33        | '°C'  | 'camera.temperature'
        'avigilon-camera-unindexed'          | 'temperature at the column\'s own OID'             | '1.3.6.1.4.1.46202.1.1.1.1.1.4'               || 31        | '°C'  | 'camera.temperature'
        'avigilon-camera-unindexed'          | 'temperature sensor ok'                            | '1.3.6.1.4.1.46202.1.1.1.1.1.3'               || 1         | null  | 'camera.temperature_status'
        'avigilon-camera-unindexed'          | 'SD card recording'                                | '1.3.6.1.4.1.46202.1.1.1.5.0'                 || 8         | null  | 'camera.disk.status'
        'avigilon-camera-unindexed'          | 'memory available (bytes)'                         | '1.3.6.1.4.1.46202.1.1.1.6.0'                 || 182452224 | 'B'   | 'host.memory.free'
        'avigilon-camera-unindexed'          | 'the sensor\'s id is not a reading'                | '1.3.6.1.4.1.46202.1.1.1.1.1.2'               || null      | null  | null
        'avigilon-camera-indexed'            | 'temperature of row 1.1'                           | '1.3.6.1.4.1.46202.1.1.1.1.1.4.1.1'           || 67        | '°C'  | 'camera.temperature'
        'avigilon-camera-indexed'            | 'row 1.1 out of boundary'                          | '1.3.6.1.4.1.46202.1.1.1.1.1.3.1.1'           || 3         | null  | 'camera.temperature_status'
        'avigilon-camera-indexed'            | 'SD card write error'                              | '1.3.6.1.4.1.46202.1.1.1.5.0'                 || 10        | null  | 'camera.disk.status'
        'inmatics-sputnik-sensors'           | 'sensor 1 temperature (0.01 °C)'                   | '1.3.6.1.4.1.54661.1.1.1.2.2.1.2.1'           || 23.87     | '°C'  | 'env.temperature'
        'inmatics-sputnik-sensors'           | 'sensor 2 temperature below zero'                  | '1.3.6.1.4.1.54661.1.1.1.2.2.1.2.2'           || -5.25     | '°C'  | 'env.temperature'
        'inmatics-sputnik-sensors'           | 'sensor 2 humidity'                                | '1.3.6.1.4.1.54661.1.1.1.2.2.1.3.2'           || 71        | '%'   | 'env.humidity'
        'inmatics-sputnik-sensors'           | 'the sensor count is not a reading'                | '1.3.6.1.4.1.54661.1.1.1.2.1.0'               || null      | null  | null
        'messpc-ethernetbox-celsius'         | 'temperature port (value x 10)'                    | '1.3.6.1.4.1.14848.2.1.2.1.5.1'               || 18.5      | '°C'  | 'env.temperature'
        'messpc-ethernetbox-celsius'         | 'temperature below zero'                           | '1.3.6.1.4.1.14848.2.1.2.1.5.2'               || -3.2      | '°C'  | 'env.temperature'
        'messpc-ethernetbox-celsius'         | 'brightness port (%)'                              | '1.3.6.1.4.1.14848.2.1.2.1.5.3'               || 64        | '%'   | 'env.brightness'
        'messpc-ethernetbox-celsius'         | 'humidity port'                                    | '1.3.6.1.4.1.14848.2.1.2.1.5.4'               || 51.2      | '%'   | 'env.humidity'
        'messpc-ethernetbox-celsius'         | 'contact port'                                     | '1.3.6.1.4.1.14848.2.1.2.1.5.5'               || 0         | null  | 'env.contact'
        'messpc-ethernetbox-celsius'         | 'voltage port'                                     | '1.3.6.1.4.1.14848.2.1.2.1.5.6'               || 53.8      | 'V'   | 'env.voltage'
        'messpc-ethernetbox-celsius'         | 'smoke port, not under a rule\'s name'             | '1.3.6.1.4.1.14848.2.1.2.1.5.7'               || 0         | null  | 'env.sensor.value'
        'messpc-ethernetbox-celsius'         | 'no value from a port without sensor'              | '1.3.6.1.4.1.14848.2.1.2.1.5.8'               || null      | null  | null
        'messpc-ethernetbox-celsius'         | 'no value while the port is not valid'             | '1.3.6.1.4.1.14848.2.1.2.1.5.9'               || null      | null  | null
        'messpc-ethernetbox-celsius'         | 'the whole-number twin is not read'                | '1.3.6.1.4.1.14848.2.1.2.1.4.1'               || null      | null  | null
        'messpc-ethernetbox-celsius'         | 'port below its low limit'                         | '1.3.6.1.4.1.14848.2.1.2.1.11.2'              || 1         | null  | 'env.sensor.state'
        'messpc-ethernetbox-celsius'         | 'port above its high limit'                        | '1.3.6.1.4.1.14848.2.1.2.1.11.10'             || 3         | null  | 'env.sensor.state'
        'messpc-ethernetbox-celsius'         | 'no state of a port without sensor'                | '1.3.6.1.4.1.14848.2.1.2.1.11.8'              || null      | null  | null
        'messpc-ethernetbox-fahrenheit'      | 'box set to Fahrenheit: 71.6 F as C'               | '1.3.6.1.4.1.14848.2.1.2.1.5.1'               || 22        | '°C'  | 'env.temperature'
        'messpc-ethernetbox-fahrenheit'      | 'humidity of a box set to Fahrenheit'              | '1.3.6.1.4.1.14848.2.1.2.1.5.2'               || 43.7      | '%'   | 'env.humidity'
        'messpc-ethernetbox-fahrenheit'      | 'contact closed'                                   | '1.3.6.1.4.1.14848.2.1.2.1.5.3'               || 1         | null  | 'env.contact'
        'messpc-ethernetbox-kelvin'          | 'no temperature of a box set to Kelvin'            | '1.3.6.1.4.1.14848.2.1.2.1.5.1'               || null      | null  | null
        'messpc-ethernetbox-kelvin'          | 'humidity of a box set to Kelvin'                  | '1.3.6.1.4.1.14848.2.1.2.1.5.2'               || 45.5      | '%'   | 'env.humidity'
    }

    def "#recording: #what is read at #oid as #expected"() {
        when:
        def got = walks.readings(recording)[oid]

        then:
        expected == null ? got == null : got != null && Math.abs(got - expected) <= Math.max(0.001d, Math.abs(expected) * 0.001d)

        where:
        recording                       | what                                              | oid                                           || expected
        'conteg-pdu-chain'              | 'input energy (kWh)'                              | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.2.1.1'      || 5123
        'conteg-pdu-chain'              | 'input power factor (CentiPercent)'               | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.4.1.1'      || 97.12
        'conteg-pdu-chain'              | 'input current (CentiAmpere)'                     | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.5.1.1'      || 12.34
        'conteg-pdu-chain'              | 'input voltage (CentiVolt)'                       | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.7.1.1'      || 231.5
        'conteg-pdu-chain'              | 'second PDU of the chain, input current'          | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.5.2.1'      || 8.45
        'conteg-pdu-chain'              | 'outlet current (CentiAmpere)'                    | '1.3.6.1.4.1.28402.12.1.1.2.7.2.1.5.2.3'      || 1.12
        'conteg-pdu-chain'              | 'outlet power (W)'                                | '1.3.6.1.4.1.28402.12.1.1.2.7.2.1.11.2.3'     || 24
        'conteg-pdu-chain'              | 'internal temperature (CentiCelsius)'             | '1.3.6.1.4.1.28402.12.1.1.2.8.1.1.1.1.1'      || 31.25
        'conteg-pdu-chain'              | 'no external temperature where no probe (0)'      | '1.3.6.1.4.1.28402.12.1.1.2.8.1.1.2.1.1'      || null
        'planet-pdu-outlets'            | 'input feed current (tenths of amps)'             | '1.3.6.1.4.1.10456.3.3.2.1.5.1'               || 3.7
        'planet-pdu-outlets'            | 'input feed voltage'                              | '1.3.6.1.4.1.10456.3.3.2.1.3.1'               || 229
        'planet-pdu-outlets'            | 'outlet switching on (on-act)'                    | '1.3.6.1.4.1.10456.3.3.3.1.4.3'               || 3
        'planet-pdu-outlets'            | 'outlet current (tenths of amps)'                 | '1.3.6.1.4.1.10456.3.3.3.1.7.3'               || 1.2
        'planet-pdu-outlets'            | 'outlet power'                                    | '1.3.6.1.4.1.10456.3.3.3.1.9.3'               || 260
        'planet-pdu-outlets'            | 'inbuilt temperature (tenths of °C)'              | '1.3.6.1.4.1.10456.3.3.5.1.3.1'               || 28.7
        'ts-bspdu-3phase'               | 'inlet power (0.1W)'                              | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.2.1'       || 6123.4
        'ts-bspdu-3phase'               | 'phase 2 current (0.01A)'                         | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.7.1'       || 10.25
        'ts-bspdu-3phase'               | 'phase 2 voltage (0.1V)'                          | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.10.1'      || 231.1
        'ts-bspdu-3phase'               | 'phase 2 power factor (0.1%)'                     | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.13.1'      || 95.3
        'ts-bspdu-3phase'               | 'phase 3 status critical'                         | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.20.1'      || 3
        'ts-bspdu-3phase'               | 'probe temperature (degC)'                        | '1.3.6.1.4.1.42610.1.4.4.1.7.1.1.0'           || 24
        'ts-bspdu-3phase'               | 'probe humidity (0.1%)'                           | '1.3.6.1.4.1.42610.1.4.4.1.7.1.2.0'           || 41.2
        'ipoman-inlet-emd'              | 'inlet voltage (0.1 volts)'                       | '1.3.6.1.4.1.2468.1.4.2.1.3.1.3.1.2.1'        || 230.2
        'ipoman-inlet-emd'              | 'inlet current (0.001 Amp)'                       | '1.3.6.1.4.1.2468.1.4.2.1.3.1.3.1.3.1'        || 4.567
        'ipoman-inlet-emd'              | 'inlet frequency (0.1 Hz)'                        | '1.3.6.1.4.1.2468.1.4.2.1.3.1.3.1.4.1'        || 49.9
        'ipoman-inlet-emd'              | 'outlet current (0.001 Amp)'                      | '1.3.6.1.4.1.2468.1.4.2.1.3.2.3.1.3.4'        || 0.312
        'ipoman-inlet-emd'              | 'EMD temperature (0.1 degree C)'                  | '1.3.6.1.4.1.2468.1.4.2.1.5.1.1.2.0'          || 21.5
        'ipoman-inlet-emd'              | 'EMD humidity (0.1%)'                             | '1.3.6.1.4.1.2468.1.4.2.1.5.1.1.3.0'          || 43.3
        'energy-object-relays'          | 'power in kilowatts (multiplier 3)'               | '1.3.6.1.2.1.229.1.2.1.1.2'                   || 2000
        'energy-object-relays'          | 'relay on (ieee1621On)'                           | '1.3.6.1.2.1.229.1.2.1.9.1'                   || 259
        'energy-object-relays'          | 'relay off (ieee1621Off)'                         | '1.3.6.1.2.1.229.1.2.1.9.2'                   || 257
        'energy-object-relays'          | 'EMAN standby'                                    | '1.3.6.1.2.1.229.1.2.1.9.3'                   || 1029
        'iboot-pdu-outlets'             | 'outlet 0 on'                                     | '1.3.6.1.4.1.1418.6.5.1.7.0'                  || 1
        'iboot-pdu-outlets'             | 'outlet 1 off'                                    | '1.3.6.1.4.1.1418.6.5.1.7.1'                  || 0
        'iboot-pdu-outlets'             | 'outlet 0 pending on'                             | '1.3.6.1.4.1.1418.6.5.1.6.0'                  || 4
        'iboot-pdu-outlets'             | 'line cord 1 voltage (hundredths)'                | '1.3.6.1.4.1.1418.6.6.1.0'                    || 230.12
        'iboot-pdu-outlets'             | 'line cord 1 current (hundredths)'                | '1.3.6.1.4.1.1418.6.6.2.0'                    || 7.45
        'iboot-pdu-outlets'             | 'no temperature where the probe is absent (99999)' | '1.3.6.1.4.1.1418.6.6.5.0'                   || null
        'iboot-pdu-outlets'             | 'probe 2, unit set to Celsius (whole degrees)'    | '1.3.6.1.4.1.1418.6.6.6.0'                    || 24
        'iboot-pdu-fahrenheit'          | 'probe 1, unit set to Fahrenheit: 77 read as 25'  | '1.3.6.1.4.1.1418.6.6.5.0'                    || 25
        'iboot-pdu-fahrenheit'          | 'no probe 2 (999, the MIB says absent)'           | '1.3.6.1.4.1.1418.6.6.6.0'                    || null
        'iboot-pdu-sensors-only'        | 'line cord 2 voltage, sensors group alone'        | '1.3.6.1.4.1.1418.6.6.3.0'                    || 229.87
        'iboot-pdu-sensors-only'        | 'line cord 1 current, sensors group alone'        | '1.3.6.1.4.1.1418.6.6.2.0'                    || 12.34
        'iboot-pdu-sensors-only'        | 'no current of cord 2 where it answers 99999'     | '1.3.6.1.4.1.1418.6.6.4.0'                    || null
        'papouch-th2e-channels'         | 'TH2E temperature (tenths of °C)'                 | '1.3.6.1.4.1.18248.20.1.2.1.1.2.1'            || 24.3
        'papouch-th2e-channels'         | 'TH2E relative humidity (tenths of %)'            | '1.3.6.1.4.1.18248.20.1.2.1.1.2.2'            || 51.2
        'papouch-th2e-channels'         | 'TH2E dew point (tenths of °C)'                   | '1.3.6.1.4.1.18248.20.1.2.1.1.2.3'            || 13.1
        'papouch-th2e-channels'         | 'TH2E channel status ok'                          | '1.3.6.1.4.1.18248.20.1.2.1.1.1.1'            || 0
        'papouch-th2e-fahrenheit'       | 'TH2E temperature set to °F: 77.0 °F as °C'       | '1.3.6.1.4.1.18248.20.1.2.1.1.2.1'            || 25.0
        'papouch-th2e-fahrenheit'       | 'TH2E dew point set to °F: 50.0 °F as °C'         | '1.3.6.1.4.1.18248.20.1.2.1.1.2.3'            || 10.0
        'papouch-th2e-fahrenheit'       | 'no humidity from a channel in error (150 %)'     | '1.3.6.1.4.1.18248.20.1.2.1.1.2.2'            || null
        'papouch-th2e-fahrenheit'       | 'TH2E channel status error'                       | '1.3.6.1.4.1.18248.20.1.2.1.1.1.2'            || 4
        'papouch-tme-probe'             | 'TME temperature (tenths of °C)'                  | '1.3.6.1.4.1.18248.1.1.1.0'                   || 21.5
        'papouch-quido-thermometer'     | 'Quido temperature below zero (tenths of °C)'     | '1.3.6.1.4.1.18248.16.1.1.0'                  || -5.2
        'fs-net-pdu-line'               | 'input voltage (V)'                               | '1.3.6.1.4.1.30966.10.3.2.1.0'                || 231
        'fs-net-pdu-line'               | 'input current (tenths of A)'                     | '1.3.6.1.4.1.30966.10.3.2.4.0'                || 8.7
        'innovaphone-isdn'              | 'LAPD up'                                         | '1.3.6.1.4.1.6666.1.1.1.2.1'                  || 2
        'innovaphone-isdn'              | 'PRI physical layer down'                         | '1.3.6.1.4.1.6666.1.2.1.2.1'                  || 1
        'innovaphone-isdn'              | 'signalling protocol QSIG'                        | '1.3.6.1.4.1.6666.1.4.1.2.1'                  || 23
        'innovaphone-isdn'              | 'voice interface up'                              | '1.3.6.1.4.1.6666.2.1.1.1.4.1'                || 1
        'teracom-tcw241-io'             | 'analog input 1 (x1000)'                          | '1.3.6.1.4.1.38783.3.3.2.1.0'                 || 12.345
        'teracom-tcw241-io'             | 'analog input 2 (x1000)'                          | '1.3.6.1.4.1.38783.3.3.2.2.0'                 || 0.25
        'teracom-tcw241-io'             | 'digital input 2 closed'                          | '1.3.6.1.4.1.38783.3.3.3.2.0'                 || 0
        'teracom-tcw241-io'             | 'relay 3 on'                                      | '1.3.6.1.4.1.38783.3.3.4.3.1.0'               || 1
        'teracom-tcw241-io'             | 'sensor S11 alarm'                                | '1.3.6.1.4.1.38783.3.3.1.1.4.1.0'             || 1
        'teracom-tcw241-io'             | '1-Wire error'                                    | '1.3.6.1.4.1.38783.3.3.8.0'                   || 1
        'teracom-tcw241-io'             | 'no S11 value (quantity not named)'               | '1.3.6.1.4.1.38783.3.3.1.1.1.0'               || null
        'westmountainradio-rmcu-inputs' | 'analog input 1 (thousandths)'                    | '1.3.6.1.4.1.15117.1.4.1.0'                   || 1.52
        'westmountainradio-rmcu-inputs' | 'analog input 6 (thousandths)'                    | '1.3.6.1.4.1.15117.1.4.6.0'                   || 13.81
        'westmountainradio-rmcu-inputs' | 'digital output 1'                                | '1.3.6.1.4.1.15117.1.2.66.0'                  || 1
        'bke-pnetmod-battery'           | 'grid failed'                                     | '1.3.6.1.4.1.27533.5.1.1.0'                   || 1
        'bke-pnetmod-battery'           | 'power source current (divide by 10)'             | '1.3.6.1.4.1.27533.5.2.2.0'                   || 12.3
        'bke-pnetmod-battery'           | 'accumulator voltage (divide by 10)'              | '1.3.6.1.4.1.27533.5.3.1.0'                   || 53.7
        'bke-pnetmod-battery'           | 'accumulator discharging (negative)'              | '1.3.6.1.4.1.27533.5.3.2.0'                   || -4.2
        'bke-pnetmod-battery'           | 'accumulator temperature below zero'              | '1.3.6.1.4.1.27533.5.3.3.0'                   || -3.5
        'bke-pnetmod-battery'           | 'output off'                                      | '1.3.6.1.4.1.27533.5.4.2.0'                   || 0
        'tycon-tpdin3-monitor'          | 'voltage 1 (Tenths)'                              | '1.3.6.1.4.1.45621.3.3.15.0'                  || 24.3
        'tycon-tpdin3-monitor'          | 'voltage 4 (Tenths)'                              | '1.3.6.1.4.1.45621.3.3.18.0'                  || 12.8
        'tycon-tpdin3-monitor'          | 'current 1 (Tenths)'                              | '1.3.6.1.4.1.45621.3.3.19.0'                  || 5.7
        'tycon-tpdin3-monitor'          | 'current 4 flowing back (Tenths)'                 | '1.3.6.1.4.1.45621.3.3.22.0'                  || -0.3
        'tycon-tpdin3-monitor'          | 'no temperature (neither C nor F named)'          | '1.3.6.1.4.1.45621.3.3.23.0'                  || null
        'hoffman-spectracool-alarms'    | 'high temperature alarm true'                     | '1.3.6.1.4.1.26609.2.2.4.3.0'                 || 1
        'hoffman-spectracool-alarms'    | 'frost alarm false'                               | '1.3.6.1.4.1.26609.2.2.1.3.0'                 || 2
        'hoffman-spectracool-alarms'    | 'no probe value (unit of measure not enumerated)' | '1.3.6.1.4.1.26609.2.4.1.2.0'                 || null
        'packetpower-eg-nodes'          | 'closure row'                                     | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.211' || 2
        'packetpower-eg-nodes'          | 'dimensionless status row'                        | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.300' || 1
        'packetpower-eg-nodes'          | 'no timestamp row (s)'                            | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.95'  || null
        'compas-es1dc1-battery'         | 'DC bus voltage in volt'                          | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.11.0' || 53
        'compas-es1dc1-battery'         | 'battery discharging'                             | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.61.0' || -17
        'compas-es1dc1-battery'         | 'DC mode AC failure'                              | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.1.0'  || 3
        'compas-es1dc1-battery'         | 'battery test failed: no battery'                 | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.72.0' || 9
        'compas-es1dc1-battery'         | 'no battery temperature (no unit)'                | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.71.0' || null
        'wut-webgraph-sensors'          | '8x thermometer sensor 1'                         | '1.3.6.1.4.1.5040.1.2.6.1.4.1.1.1'            || 24.3
        'wut-webgraph-sensors'          | 'no 8x thermometer sensor 2 (0x4FFF6 invalid)'    | '1.3.6.1.4.1.5040.1.2.6.1.4.1.1.2'            || null
        'wut-webgraph-sensors'          | 'barometer sensor 1, temperature'                 | '1.3.6.1.4.1.5040.1.2.16.1.4.1.1.1'           || 19.9
        'wut-webgraph-sensors'          | 'no barometer pressure (no unit in the MIB)'      | '1.3.6.1.4.1.5040.1.2.16.1.4.1.1.3'           || null
        'wut-webgraph-sensors'          | 'no thermometer value (0x7FFF invalid)'           | '1.3.6.1.4.1.5040.1.2.8.1.4.1.1.1'            || null
        'controlbox-th332-room'         | 'humidity text'                                   | '1.3.6.1.4.1.17095.2.1.4.0'                   || 48.2
        'controlbox-th332-room'         | 'temperature state warning'                       | '1.3.6.1.4.1.17095.2.1.6.0'                   || 2
        'controlbox-th332-room'         | 'no temperature (unit not named)'                 | '1.3.6.1.4.1.17095.2.1.3.0'                   || null
        'serverscheck-slots'            | 'slot 1 value'                                    | '1.3.6.1.4.1.17095.3.2.0'                     || 24.75
        'serverscheck-slots'            | 'slot 2 value'                                    | '1.3.6.1.4.1.17095.3.6.0'                     || 51.2
        'serverscheck-slots'            | 'no slot 3 value (DRY is not a number)'           | '1.3.6.1.4.1.17095.3.10.0'                    || null
        'dantel-webmon-units'           | 'no slot row in psi (the user\'s unit)'           | '1.3.6.1.4.1.994.3.4.7.18.1.66.2'             || null
        'digipower-pdu-feed'            | 'PDU current'                                     | '1.3.6.1.4.1.17420.1.2.9.1.11.1'              || 7
        'digipower-pdu-feed'            | 'PDU voltage'                                     | '1.3.6.1.4.1.17420.1.2.9.1.17.1'              || 228
        // ALGSMXS-v0-MIB: the unit text at SensorUnits.N tells what SensorValues.N is
        'algcom-sm-inputs'              | 'humidity row (%)'                                | '1.3.6.1.4.1.49136.100.3.4.0'                 || 61
        'algcom-sm-inputs'              | 'DC voltage row (mV)'                             | '1.3.6.1.4.1.49136.100.3.6.0'                 || 48.25
        'algcom-sm-inputs'              | 'door contact row (Boolean)'                      | '1.3.6.1.4.1.49136.100.3.10.0'                || 0
        'algcom-sm-inputs'              | 'relay output row (Boolean)'                      | '1.3.6.1.4.1.49136.100.3.31.0'                || 1
        'algcom-sm-inputs'              | 'a threshold is a setting: not read'              | '1.3.6.1.4.1.49136.100.5.4.0'                 || null
        // SENSATRONICS-ITTM: readings "to 1 decimal place" as strings, in the unit unitMode names (0 Celsius, 1 Fahrenheit)
        'sensatronics-ittm-celsius'     | 'sensor 1, unit set to Celsius'                   | '1.3.6.1.4.1.16174.1.1.1.3.1.2.0'             || 24.6
        'sensatronics-ittm-celsius'     | 'sensor 2 below zero'                             | '1.3.6.1.4.1.16174.1.1.1.3.2.2.0'             || -3.5
        'sensatronics-ittm-fahrenheit'  | 'sensor 1, 77.0 F read as 25 C'                   | '1.3.6.1.4.1.16174.1.1.1.3.1.2.0'             || 25
        'sensatronics-ittm-fahrenheit'  | 'sensor 1 switch closed'                          | '1.3.6.1.4.1.16174.1.1.1.3.1.4.0'             || 1
        'sensatronics-ittm-fahrenheit'  | 'no probe on input 3 (-99.9)'                     | '1.3.6.1.4.1.16174.1.1.1.3.3.2.0'             || null
        'sensatronics-ittm-fahrenheit'  | 'the whole-degree integer is not read twice'      | '1.3.6.1.4.1.16174.1.1.1.3.1.3.0'             || null
    }

    def "#recording: #what (#oid) is not read"() {
        expect:
        walks.poll(recording).values().every { it.oid() != oid }

        where:
        recording                            | what                                 | oid
        'tripplite-ups-1phase'               | 'the UPS temperature in °F'          | '1.3.6.1.4.1.850.1.1.3.1.2.1.1.8.1'
        'tripplite-ups-1phase'               | 'the EnviroSense2 temperature in °F' | '1.3.6.1.4.1.850.1.1.3.3.3.1.1.2.2'
        'tripplite-ups-1phase'               | 'the number of devices'              | '1.3.6.1.4.1.850.1.1.1.1.0'
        'tripplite-pdu-3phase'               | 'the PDU temperature in °F'          | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.7.1'
        'tripplite-pdu-3phase'               | 'the rated input power (a rating)'   | '1.3.6.1.4.1.850.1.1.3.2.2.1.1.5.1'
        'tripplite-pdu-3phase'               | 'an outlet name'                     | '1.3.6.1.4.1.850.1.1.3.2.3.3.1.1.2.1.1'
        'dse-8610-on-load'                   | 'the phase rotation code'            | '1.3.6.1.4.1.41385.1.5.1.2.1.16.1'
        'tripplite-ats-source-b-lost'        | 'the ATS temperature in °F'          | '1.3.6.1.4.1.850.1.1.3.4.2.1.1.7.1'
        'tripplite-envirosense-poweralert12' | 'the °F twin'                        | '1.3.6.1.4.1.850.101.1.1.2.0'
        'tripplite-envirosense-poweralert12' | 'the high temperature limit'         | '1.3.6.1.4.1.850.101.1.1.4.0'
        'tripplite-envirosense-poweralert12' | 'the humidity limit'                 | '1.3.6.1.4.1.850.101.1.2.3.0'
    }

    def "each reading of #recording comes from one OID under one name"() {
        expect:
        walks.poll(recording).values().countBy { it.oid() }.findAll { k, n -> n > 1 } == [:]

        where:
        recording << FOLDERS.collectMany { recordings(it) }.collect { it.fileName.toString() - '.snmprec' }
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

    static List<Path> recordings(String folder) {
        PolledWalks.walksIn('/recordings/' + folder)
    }
}
