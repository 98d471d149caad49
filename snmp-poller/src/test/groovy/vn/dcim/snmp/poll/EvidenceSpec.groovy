package vn.dcim.snmp.poll

import spock.lang.Specification
import spock.lang.TempDir
import vn.dcim.core.testing.SharedData
import vn.dcim.snmp.testing.PolledWalks

import java.nio.file.Files
import java.nio.file.Path

/**
 * A device gets the profile whose tables it answers, not only the one whose marker it answers: a recording that
 * another monitoring system made of the tables it reads (no sysObjectID, no ident group), or an agent whose
 * view leaves the marker out, is still read.
 */
class EvidenceSpec extends Specification {
    static final String SYS_OBJECT_ID = '1.3.6.1.2.1.1.2.0'

    @TempDir Path cuts

    def "#recording without its sysObjectID and #marker is read by #profile (#read)"() {
        given: 'the recording without the sysObjectID and the marker subtree'
        Path whole = SharedData.devices().resolve(recording + '.snmprec')
        Path cut = cuts.resolve(recording + '-cut.snmprec')
        Files.write(cut, Files.readAllLines(whole).findAll { String line ->
            String oid = line.takeWhile { it != '|' }
            oid != SYS_OBJECT_ID && oid != marker && !oid.startsWith(marker + '.')
        })

        when:
        PollResult r = PolledWalks.pollOnce(cut)

        then:
        r.sysObjectId() == null || r.sysObjectId().isEmpty()
        r.profiles().contains(profile)
        r.values().any { it.oid().startsWith(read + '.') }

        where:
        recording         | marker                      || profile            | read
        'apc_smart1500'   | '1.3.6.1.4.1.318.1.1.1.1'   || 'apc-powernet-ups' | '1.3.6.1.4.1.318.1.1.1.2.3' // the battery, high precision
        'raritan-pdu_px2' | '1.3.6.1.4.1.13742.6.5.2.3' || 'raritan-pdu2'     | '1.3.6.1.4.1.13742.6.5.4.3' // the outlets' measurements
    }

    def "#recording cut to its table #table alone is read by #profile: #oid = #value"() {
        given: 'a walk of one table, as a view or a cut walk serves it: no system group, no marker, no other table'
        Path cut = cuts.resolve(recording + '-table.snmprec')
        Files.write(cut, Files.readAllLines(SharedData.devices().resolve(recording + '.snmprec')).findAll { it.startsWith(table + '.') })

        when:
        PollResult r = PolledWalks.pollOnce(cut)
        Double read = r.values().find { it.oid() == oid }?.value()

        then:
        r.profiles().contains(profile)
        read != null && Math.abs(read - value) < 1e-9

        where:
        recording               | table                              || profile            | oid                                   | value
        // a family's table beyond its first eight: every branch a profile reads is evidence
        'eatonpdu_2'            | '1.3.6.1.4.1.534.6.6.7.6.5'        || 'eaton-epdu'       | '1.3.6.1.4.1.534.6.6.7.6.5.1.3.0.1'   | 80     // outlet A1's watts
        'avtech_roomalert32s'   | '1.3.6.1.4.1.20916.1.11.1.3'       || 'avtech-roomalert' | '1.3.6.1.4.1.20916.1.11.1.3.1.0'      | 1      // switch input 1, on
        'avtech_roomalert32s'   | '1.3.6.1.4.1.20916.1.11.1.2.8'     || 'avtech-roomalert' | '1.3.6.1.4.1.20916.1.11.1.2.8.1.0'    | -15.13 // external sensor 8, a freezer
        'apc_smart1500'         | '1.3.6.1.4.1.318.1.1.1.12.3.2'     || 'apc-powernet-ups' | '1.3.6.1.4.1.318.1.1.1.12.3.2.1.3.1'  | 1      // the outlet group's state, on
        // the MGE Galaxy card told by its row shape (upsInputVoltage.1.0), its voltages in 0.1 V
        'apc-mgeups_galaxy7000' | '1.3.6.1.2.1.33.1.3.3'             || 'mge-galaxy'       | '1.3.6.1.2.1.33.1.3.3.1.3.1.0'        | 236.3
        'apc-mgeups_galaxy7000' | '1.3.6.1.2.1.33.1.4.4'             || 'mge-galaxy'       | '1.3.6.1.2.1.33.1.4.4.1.2.1.0'        | 230.3
        // a standard MIB told by any of its tables: UPS-MIB's bypass table alone
        'liebert_apm'           | '1.3.6.1.2.1.33.1.5.3'             || 'ups-mib'          | '1.3.6.1.2.1.33.1.5.3.1.2.1'          | 228
    }
}
