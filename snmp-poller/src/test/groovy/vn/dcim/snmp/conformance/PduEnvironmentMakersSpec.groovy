package vn.dcim.snmp.conformance

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import vn.dcim.snmp.testing.PolledWalks


/**
 * Profiles of PDU, environment-monitor and small power-controller makers written from their MIB texts, each proven
 * by a walk written from the same MIB with our own values (src/test/resources/recordings/pdu-environment): the
 * agent is recognised by the tables it answers, every value is read with the scale its DESCRIPTION, UNITS or
 * textual convention names, the values the MIB calls "invalid" or "not available" are not read, and the objects
 * whose unit the MIB does not name are not read either.
 */
class PduEnvironmentMakersSpec extends Specification {
    @Shared @AutoCleanup PolledWalks walks = PolledWalks.serve(PolledWalks.walksIn('/recordings/pdu-environment'))

    def "#walk is read by the #profile profile"() {
        expect:
        walks.poll(walk).profiles().contains(profile)

        where:
        walk                            || profile
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
    }

    def "#walk: #what is read at #oid as #expected"() {
        when:
        def got = walks.readings(walk)[oid]

        then:
        expected == null ? got == null : got != null && Math.abs(got - expected) <= Math.max(0.001d, Math.abs(expected) * 0.001d)

        where:
        walk                            | what                                                  | oid                                                 || expected
        'conteg-pdu-chain'              | 'input energy (kWh)'                                  | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.2.1.1'            || 5123
        'conteg-pdu-chain'              | 'input power factor (CentiPercent)'                   | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.4.1.1'            || 97.12
        'conteg-pdu-chain'              | 'input current (CentiAmpere)'                         | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.5.1.1'            || 12.34
        'conteg-pdu-chain'              | 'input voltage (CentiVolt)'                           | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.7.1.1'            || 231.5
        'conteg-pdu-chain'              | 'second PDU of the chain, input current'              | '1.3.6.1.4.1.28402.12.1.1.2.6.1.1.5.2.1'            || 8.45
        'conteg-pdu-chain'              | 'outlet current (CentiAmpere)'                        | '1.3.6.1.4.1.28402.12.1.1.2.7.2.1.5.2.3'            || 1.12
        'conteg-pdu-chain'              | 'outlet power (W)'                                    | '1.3.6.1.4.1.28402.12.1.1.2.7.2.1.11.2.3'           || 24
        'conteg-pdu-chain'              | 'internal temperature (CentiCelsius)'                 | '1.3.6.1.4.1.28402.12.1.1.2.8.1.1.1.1.1'            || 31.25
        'conteg-pdu-chain'              | 'no external temperature where no probe (0)'          | '1.3.6.1.4.1.28402.12.1.1.2.8.1.1.2.1.1'            || null
        'conteg-pdu-chain'              | 'T sensor (CentiValue)'                               | '1.3.6.1.4.1.28402.12.1.1.2.8.2.1.3.1.1'            || 22.1
        'conteg-pdu-chain'              | 'H sensor (CentiValue)'                               | '1.3.6.1.4.1.28402.12.1.1.2.8.2.1.3.1.2'            || 45.3
        'planet-pdu-outlets'            | 'input feed current (tenths of amps)'                 | '1.3.6.1.4.1.10456.3.3.2.1.5.1'                     || 3.7
        'planet-pdu-outlets'            | 'input feed voltage'                                  | '1.3.6.1.4.1.10456.3.3.2.1.3.1'                     || 229
        'planet-pdu-outlets'            | 'outlet switching on (on-act)'                        | '1.3.6.1.4.1.10456.3.3.3.1.4.3'                     || 3
        'planet-pdu-outlets'            | 'outlet current (tenths of amps)'                     | '1.3.6.1.4.1.10456.3.3.3.1.7.3'                     || 1.2
        'planet-pdu-outlets'            | 'outlet power'                                        | '1.3.6.1.4.1.10456.3.3.3.1.9.3'                     || 260
        'planet-pdu-outlets'            | 'inbuilt temperature (tenths of °C)'                  | '1.3.6.1.4.1.10456.3.3.5.1.3.1'                     || 28.7
        'ts-bspdu-3phase'               | 'inlet power (0.1W)'                                  | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.2.1'             || 6123.4
        'ts-bspdu-3phase'               | 'phase 2 current (0.01A)'                             | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.7.1'             || 10.25
        'ts-bspdu-3phase'               | 'phase 2 voltage (0.1V)'                              | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.10.1'            || 231.1
        'ts-bspdu-3phase'               | 'phase 2 power factor (0.1%)'                         | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.13.1'            || 95.3
        'ts-bspdu-3phase'               | 'phase 3 status critical'                             | '1.3.6.1.4.1.42610.1.4.4.1.6.1.2.1.20.1'            || 3
        'ts-bspdu-3phase'               | 'probe temperature (degC)'                            | '1.3.6.1.4.1.42610.1.4.4.1.7.1.1.0'                 || 24
        'ts-bspdu-3phase'               | 'probe humidity (0.1%)'                               | '1.3.6.1.4.1.42610.1.4.4.1.7.1.2.0'                 || 41.2
        'ipoman-inlet-emd'              | 'inlet voltage (0.1 volts)'                           | '1.3.6.1.4.1.2468.1.4.2.1.3.1.3.1.2.1'              || 230.2
        'ipoman-inlet-emd'              | 'inlet current (0.001 Amp)'                           | '1.3.6.1.4.1.2468.1.4.2.1.3.1.3.1.3.1'              || 4.567
        'ipoman-inlet-emd'              | 'inlet frequency (0.1 Hz)'                            | '1.3.6.1.4.1.2468.1.4.2.1.3.1.3.1.4.1'              || 49.9
        'ipoman-inlet-emd'              | 'outlet current (0.001 Amp)'                          | '1.3.6.1.4.1.2468.1.4.2.1.3.2.3.1.3.4'              || 0.312
        'ipoman-inlet-emd'              | 'EMD temperature (0.1 degree C)'                      | '1.3.6.1.4.1.2468.1.4.2.1.5.1.1.2.0'                || 21.5
        'ipoman-inlet-emd'              | 'EMD humidity (0.1%)'                                 | '1.3.6.1.4.1.2468.1.4.2.1.5.1.1.3.0'                || 43.3
        'energy-object-relays'          | 'power in milliwatts (multiplier -3)'                 | '1.3.6.1.2.1.229.1.2.1.1.1'                         || 1.52
        'energy-object-relays'          | 'power in kilowatts (multiplier 3)'                   | '1.3.6.1.2.1.229.1.2.1.1.2'                         || 2000
        'energy-object-relays'          | 'relay on (ieee1621On)'                               | '1.3.6.1.2.1.229.1.2.1.9.1'                         || 259
        'energy-object-relays'          | 'relay off (ieee1621Off)'                             | '1.3.6.1.2.1.229.1.2.1.9.2'                         || 257
        'energy-object-relays'          | 'EMAN standby'                                        | '1.3.6.1.2.1.229.1.2.1.9.3'                         || 1029
        'iboot-pdu-outlets'             | 'outlet 0 on'                                         | '1.3.6.1.4.1.1418.6.5.1.7.0'                        || 1
        'iboot-pdu-outlets'             | 'outlet 1 off'                                        | '1.3.6.1.4.1.1418.6.5.1.7.1'                        || 0
        'iboot-pdu-outlets'             | 'outlet 0 pending on'                                 | '1.3.6.1.4.1.1418.6.5.1.6.0'                        || 4
        'iboot-pdu-outlets'             | 'line cord 1 voltage (hundredths)'                    | '1.3.6.1.4.1.1418.6.6.1.0'                          || 230.12
        'iboot-pdu-outlets'             | 'line cord 1 current (hundredths)'                    | '1.3.6.1.4.1.1418.6.6.2.0'                          || 7.45
        'iboot-pdu-outlets'             | 'no temperature (no scale known, 99999 absent)'       | '1.3.6.1.4.1.1418.6.6.5.0'                          || null
        'iboot-pdu-sensors-only'        | 'line cord 2 voltage, sensors group alone'            | '1.3.6.1.4.1.1418.6.6.3.0'                          || 229.87
        'iboot-pdu-sensors-only'        | 'line cord 1 current, sensors group alone'            | '1.3.6.1.4.1.1418.6.6.2.0'                          || 12.34
        'iboot-pdu-sensors-only'        | 'no current of cord 2 where it answers 99999'         | '1.3.6.1.4.1.1418.6.6.4.0'                          || null
        'papouch-th2e-channels'         | 'TH2E temperature (tenths of °C)'                     | '1.3.6.1.4.1.18248.20.1.2.1.1.2.1'                  || 24.3
        'papouch-th2e-channels'         | 'TH2E relative humidity (tenths of %)'                | '1.3.6.1.4.1.18248.20.1.2.1.1.2.2'                  || 51.2
        'papouch-th2e-channels'         | 'TH2E dew point (tenths of °C)'                       | '1.3.6.1.4.1.18248.20.1.2.1.1.2.3'                  || 13.1
        'papouch-th2e-channels'         | 'TH2E channel status ok'                              | '1.3.6.1.4.1.18248.20.1.2.1.1.1.1'                  || 0
        'papouch-th2e-fahrenheit'       | 'TH2E temperature set to °F: 77.0 °F as °C'           | '1.3.6.1.4.1.18248.20.1.2.1.1.2.1'                  || 25.0
        'papouch-th2e-fahrenheit'       | 'TH2E dew point set to °F: 50.0 °F as °C'             | '1.3.6.1.4.1.18248.20.1.2.1.1.2.3'                  || 10.0
        'papouch-th2e-fahrenheit'       | 'no humidity from a channel in error (150 %)'         | '1.3.6.1.4.1.18248.20.1.2.1.1.2.2'                  || null
        'papouch-th2e-fahrenheit'       | 'TH2E channel status error'                           | '1.3.6.1.4.1.18248.20.1.2.1.1.1.2'                  || 4
        'papouch-tme-probe'             | 'TME temperature (tenths of °C)'                      | '1.3.6.1.4.1.18248.1.1.1.0'                         || 21.5
        'papouch-quido-thermometer'     | 'Quido temperature below zero (tenths of °C)'         | '1.3.6.1.4.1.18248.16.1.1.0'                        || -5.2
        'fs-net-pdu-line'               | 'input voltage (V)'                                   | '1.3.6.1.4.1.30966.10.3.2.1.0'                      || 231
        'fs-net-pdu-line'               | 'input current (tenths of A)'                         | '1.3.6.1.4.1.30966.10.3.2.4.0'                      || 8.7
        'innovaphone-isdn'              | 'LAPD up'                                             | '1.3.6.1.4.1.6666.1.1.1.2.1'                        || 2
        'innovaphone-isdn'              | 'PRI physical layer down'                             | '1.3.6.1.4.1.6666.1.2.1.2.1'                        || 1
        'innovaphone-isdn'              | 'signalling protocol QSIG'                            | '1.3.6.1.4.1.6666.1.4.1.2.1'                        || 23
        'innovaphone-isdn'              | 'voice interface up'                                  | '1.3.6.1.4.1.6666.2.1.1.1.4.1'                      || 1
        'teracom-tcw241-io'             | 'analog input 1 (x1000)'                              | '1.3.6.1.4.1.38783.3.3.2.1.0'                       || 12.345
        'teracom-tcw241-io'             | 'analog input 2 (x1000)'                              | '1.3.6.1.4.1.38783.3.3.2.2.0'                       || 0.25
        'teracom-tcw241-io'             | 'digital input 2 closed'                              | '1.3.6.1.4.1.38783.3.3.3.2.0'                       || 0
        'teracom-tcw241-io'             | 'relay 3 on'                                          | '1.3.6.1.4.1.38783.3.3.4.3.1.0'                     || 1
        'teracom-tcw241-io'             | 'sensor S11 alarm'                                    | '1.3.6.1.4.1.38783.3.3.1.1.4.1.0'                   || 1
        'teracom-tcw241-io'             | '1-Wire error'                                        | '1.3.6.1.4.1.38783.3.3.8.0'                         || 1
        'teracom-tcw241-io'             | 'no S11 value (quantity not named)'                   | '1.3.6.1.4.1.38783.3.3.1.1.1.0'                     || null
        'westmountainradio-rmcu-inputs' | 'analog input 1 (thousandths)'                        | '1.3.6.1.4.1.15117.1.4.1.0'                         || 1.52
        'westmountainradio-rmcu-inputs' | 'analog input 6 (thousandths)'                        | '1.3.6.1.4.1.15117.1.4.6.0'                         || 13.81
        'westmountainradio-rmcu-inputs' | 'digital output 1'                                    | '1.3.6.1.4.1.15117.1.2.66.0'                        || 1
        'bke-pnetmod-battery'           | 'grid failed'                                         | '1.3.6.1.4.1.27533.5.1.1.0'                         || 1
        'bke-pnetmod-battery'           | 'power source current (divide by 10)'                 | '1.3.6.1.4.1.27533.5.2.2.0'                         || 12.3
        'bke-pnetmod-battery'           | 'accumulator voltage (divide by 10)'                  | '1.3.6.1.4.1.27533.5.3.1.0'                         || 53.7
        'bke-pnetmod-battery'           | 'accumulator discharging (negative)'                  | '1.3.6.1.4.1.27533.5.3.2.0'                         || -4.2
        'bke-pnetmod-battery'           | 'accumulator temperature below zero'                  | '1.3.6.1.4.1.27533.5.3.3.0'                         || -3.5
        'bke-pnetmod-battery'           | 'output off'                                          | '1.3.6.1.4.1.27533.5.4.2.0'                         || 0
        'tycon-tpdin3-monitor'          | 'voltage 1 (Tenths)'                                  | '1.3.6.1.4.1.45621.3.3.15.0'                        || 24.3
        'tycon-tpdin3-monitor'          | 'voltage 4 (Tenths)'                                  | '1.3.6.1.4.1.45621.3.3.18.0'                        || 12.8
        'tycon-tpdin3-monitor'          | 'current 1 (Tenths)'                                  | '1.3.6.1.4.1.45621.3.3.19.0'                        || 5.7
        'tycon-tpdin3-monitor'          | 'current 4 flowing back (Tenths)'                     | '1.3.6.1.4.1.45621.3.3.22.0'                        || -0.3
        'tycon-tpdin3-monitor'          | 'no temperature (neither C nor F named)'              | '1.3.6.1.4.1.45621.3.3.23.0'                        || null
        'hoffman-spectracool-alarms'    | 'high temperature alarm true'                         | '1.3.6.1.4.1.26609.2.2.4.3.0'                       || 1
        'hoffman-spectracool-alarms'    | 'frost alarm false'                                   | '1.3.6.1.4.1.26609.2.2.1.3.0'                       || 2
        'hoffman-spectracool-alarms'    | 'no probe value (unit of measure not enumerated)'     | '1.3.6.1.4.1.26609.2.4.1.2.0'                       || null
        'packetpower-eg-nodes'          | 'ddegC row'                                           | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.100'       || 23.1
        'packetpower-eg-nodes'          | '% row'                                               | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.191'       || 47
        'packetpower-eg-nodes'          | 'mV row'                                              | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.190'       || 3.104
        'packetpower-eg-nodes'          | 'closure row'                                         | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.211'       || 2
        'packetpower-eg-nodes'          | 'dimensionless status row'                            | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.300'       || 1
        'packetpower-eg-nodes'          | 'no timestamp row (s)'                                | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.95'        || null
        'compas-es1dc1-battery'         | 'DC bus voltage in volt'                              | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.11.0'       || 53
        'compas-es1dc1-battery'         | 'battery discharging'                                 | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.61.0'       || -17
        'compas-es1dc1-battery'         | 'DC mode AC failure'                                  | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.1.0'        || 3
        'compas-es1dc1-battery'         | 'battery test failed: no battery'                     | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.72.0'       || 9
        'compas-es1dc1-battery'         | 'no battery temperature (no unit)'                    | '1.3.6.1.4.1.26854.3.2.1.20.1.20.1.13.3.71.0'       || null
        'wut-webgraph-sensors'          | 'hygrometer sensor 1, temperature below zero'         | '1.3.6.1.4.1.5040.1.2.42.1.4.1.1.1'                 || -5.2
        'wut-webgraph-sensors'          | 'hygrometer sensor 2, humidity'                       | '1.3.6.1.4.1.5040.1.2.42.1.4.1.1.2'                 || 61.2
        'wut-webgraph-sensors'          | '8x thermometer sensor 1'                             | '1.3.6.1.4.1.5040.1.2.6.1.4.1.1.1'                  || 24.3
        'wut-webgraph-sensors'          | 'no 8x thermometer sensor 2 (0x4FFF6 invalid)'        | '1.3.6.1.4.1.5040.1.2.6.1.4.1.1.2'                  || null
        'wut-webgraph-sensors'          | 'barometer sensor 1, temperature'                     | '1.3.6.1.4.1.5040.1.2.16.1.4.1.1.1'                 || 19.9
        'wut-webgraph-sensors'          | 'no barometer pressure (no unit in the MIB)'          | '1.3.6.1.4.1.5040.1.2.16.1.4.1.1.3'                 || null
        'wut-webgraph-sensors'          | 'no thermometer value (0x7FFF invalid)'               | '1.3.6.1.4.1.5040.1.2.8.1.4.1.1.1'                  || null
        'controlbox-th332-room'         | 'humidity text'                                       | '1.3.6.1.4.1.17095.2.1.4.0'                         || 48.2
        'controlbox-th332-room'         | 'temperature state warning'                           | '1.3.6.1.4.1.17095.2.1.6.0'                         || 2
        'controlbox-th332-room'         | 'no temperature (unit not named)'                     | '1.3.6.1.4.1.17095.2.1.3.0'                         || null
        'serverscheck-slots'            | 'slot 1 value'                                        | '1.3.6.1.4.1.17095.3.2.0'                           || 24.75
        'serverscheck-slots'            | 'slot 2 value'                                        | '1.3.6.1.4.1.17095.3.6.0'                           || 51.2
        'serverscheck-slots'            | 'no slot 3 value (DRY is not a number)'               | '1.3.6.1.4.1.17095.3.10.0'                          || null
        'dantel-webmon-units'           | 'onboard % row'                                       | '1.3.6.1.4.1.994.3.4.7.6.1.66.1'                    || 38.5
        'dantel-webmon-units'           | 'onboard Celsius row'                                 | '1.3.6.1.4.1.994.3.4.7.6.1.66.2'                    || 22.75
        'dantel-webmon-units'           | 'no slot row in psi (the user\'s unit)'               | '1.3.6.1.4.1.994.3.4.7.18.1.66.2'                   || null
        'digipower-pdu-feed'            | 'PDU current'                                         | '1.3.6.1.4.1.17420.1.2.9.1.11.1'                    || 7
        'digipower-pdu-feed'            | 'PDU voltage'                                         | '1.3.6.1.4.1.17420.1.2.9.1.17.1'                    || 228
        // ALGSMXS-v0-MIB: the unit text at SensorUnits.N tells what SensorValues.N is
        'algcom-sm-inputs'              | 'humidity row (%)'                                    | '1.3.6.1.4.1.49136.100.3.4.0'                       || 61
        'algcom-sm-inputs'              | 'DC voltage row (mV)'                                 | '1.3.6.1.4.1.49136.100.3.6.0'                       || 48.25
        'algcom-sm-inputs'              | 'door contact row (Boolean)'                          | '1.3.6.1.4.1.49136.100.3.10.0'                      || 0
        'algcom-sm-inputs'              | 'relay output row (Boolean)'                          | '1.3.6.1.4.1.49136.100.3.31.0'                      || 1
        'algcom-sm-inputs'              | 'a threshold is a setting: not read'                  | '1.3.6.1.4.1.49136.100.5.4.0'                       || null
        // SENSATRONICS-ITTM: readings "to 1 decimal place" as strings, in the unit unitMode names (0 Celsius, 1 Fahrenheit)
        'sensatronics-ittm-celsius'     | 'sensor 1, unit set to Celsius'                       | '1.3.6.1.4.1.16174.1.1.1.3.1.2.0'                   || 24.6
        'sensatronics-ittm-celsius'     | 'sensor 2 below zero'                                 | '1.3.6.1.4.1.16174.1.1.1.3.2.2.0'                   || -3.5
        'sensatronics-ittm-fahrenheit'  | 'sensor 1, 77.0 F read as 25 C'                       | '1.3.6.1.4.1.16174.1.1.1.3.1.2.0'                   || 25
        'sensatronics-ittm-fahrenheit'  | 'sensor 1 switch closed'                              | '1.3.6.1.4.1.16174.1.1.1.3.1.4.0'                   || 1
        'sensatronics-ittm-fahrenheit'  | 'no probe on input 3 (-99.9)'                         | '1.3.6.1.4.1.16174.1.1.1.3.3.2.0'                   || null
        'sensatronics-ittm-fahrenheit'  | 'the whole-degree integer is not read twice'          | '1.3.6.1.4.1.16174.1.1.1.3.1.3.0'                   || null
    }

    /** Rows of one value column told apart by the unit or type column beside them, and a °F row converted. */
    def "#walk: the value at #oid is read as #name in #unit"() {
        when:
        def value = walks.poll(walk).values().find { it.oid() == oid }

        then:
        value != null
        [value.metric(), value.unit()] == [name, unit]

        where:
        walk                   | oid                                              || name                    | unit
        'conteg-pdu-chain'     | '1.3.6.1.4.1.28402.12.1.1.2.8.2.1.3.1.1'         || 'env.temperature'       | '°C'
        'conteg-pdu-chain'     | '1.3.6.1.4.1.28402.12.1.1.2.8.2.1.3.1.2'         || 'env.humidity'          | '%'
        'packetpower-eg-nodes' | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.100'    || 'env.temperature'       | '°C'
        'packetpower-eg-nodes' | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.190'    || 'env.reading.voltage'   | 'V'
        'packetpower-eg-nodes' | '1.3.6.1.4.1.33688.4.1.1.12.4711.0.0.815.191'    || 'env.reading.percent'   | '%'
        'wut-webgraph-sensors' | '1.3.6.1.4.1.5040.1.2.42.1.4.1.1.1'              || 'env.temperature'       | '°C'
        'wut-webgraph-sensors' | '1.3.6.1.4.1.5040.1.2.42.1.4.1.1.2'              || 'env.humidity'          | '%'
        'dantel-webmon-units'  | '1.3.6.1.4.1.994.3.4.7.6.1.66.1'                 || 'env.humidity'          | '%'
        'dantel-webmon-units'  | '1.3.6.1.4.1.994.3.4.7.6.1.66.2'                 || 'env.temperature'       | '°C'
        'energy-object-relays' | '1.3.6.1.2.1.229.1.2.1.1.1'                      || 'energy.power'          | 'W'
    }
}
