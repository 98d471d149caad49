package vn.dcim.snmp.draft

import spock.lang.Specification

/** The drafter's first guesses, which the operator corrects in the drafted file: a state's severity and the device's kind. */
class DraftGuessesSpec extends Specification {

    def "the state '#state' is drafted as #severity"() {
        expect:
        ProfileWriter.severity(state) == severity

        where:
        state          || severity
        'noAlarm'      || 'normal'
        'notPresent'   || 'normal'
        'onLine'       || 'normal'
        'onBattery'    || 'critical'
        'fireAlarm'    || 'critical'
        'lowBattery'   || 'warning'
        'bypass'       || 'warning'
        'standby'      || 'normal'
    }

    def "a device whose sysDescr reads '#sysDescr' is drafted as #kind"() {
        expect:
        ProfileDrafter.domain(sysDescr, []) == kind

        where:
        sysDescr                       || kind
        'APC Web/SNMP Smart-UPS 1500'  || 'ups'
        'Sentry Switched CDU'          || 'pdu'
        'Generator controller C2LAN'   || 'gen'
        'Liebert CRAC unit'            || 'cooling'
        'Room sensor hub'              || 'env'
    }
}
