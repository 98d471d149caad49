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
}
