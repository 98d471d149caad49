package vn.dcim.core.asset

import spock.lang.Specification
import vn.dcim.core.site.RoomKind

import java.time.LocalDate

class AssetFindingsSpec extends Specification {
    static final LocalDate TODAY = LocalDate.parse('2026-11-22')
    def findings = new AssetFindings(new RegistrySettings(expiryWindowDays: 90))

    static Asset asset(Map m = [:]) {
        new Asset(1L, 'site', 1L, null, null, null, null, AssetKind.server,
                m.containsKey('name') ? m.name : 'Máy chủ 01', m.containsKey('label') ? m.label : 'BKN-SRV-01',
                null, null, null, m.status ?: AssetStatus.in_service, Criticality.normal,
                null, null, null, null, m.warrantyEnd ? LocalDate.parse(m.warrantyEnd as String) : null, null, null, null)
    }

    def "Art. 6.1: faulty or awaiting-disposal equipment must not stay in a server room"() {
        expect:
        findings.of(asset(status: status), room, TODAY)*.code.contains('out_of_use_in_server_room') == found

        where:
        status                        | room                  || found
        AssetStatus.faulty            | RoomKind.server_room  || true
        AssetStatus.awaiting_disposal | RoomKind.server_room  || true
        AssetStatus.faulty            | RoomKind.storage      || false
        AssetStatus.awaiting_disposal | RoomKind.power_room   || false
        AssetStatus.in_service        | RoomKind.server_room  || false
        AssetStatus.under_repair      | RoomKind.server_room  || false
        AssetStatus.disposed          | RoomKind.server_room  || false
        AssetStatus.faulty            | null                  || false
    }

    def "Art. 7.1: equipment must carry a name and a state-asset label code"() {
        expect:
        findings.of(asset(name: name, label: label), RoomKind.server_room, TODAY)*.code as Set == codes as Set

        where:
        name         | label        || codes
        'Máy chủ 01' | 'BKN-SRV-01' || []
        'Máy chủ 01' | null         || ['missing_label']
        'Máy chủ 01' | '  '         || ['missing_label']
        ''           | 'BKN-SRV-01' || ['missing_name']
        null         | null         || ['missing_name', 'missing_label']
    }

    def "Art. 21.1e: warranty expiring within the configured window is flagged"() {
        expect:
        findings.of(asset(warrantyEnd: end, status: status), RoomKind.server_room, TODAY)*.code
                .contains('warranty_expiring') == found

        where:
        end          | status                 || found
        null         | AssetStatus.in_service || false
        '2027-06-01' | AssetStatus.in_service || false
        '2027-02-20' | AssetStatus.in_service || true
        '2027-02-21' | AssetStatus.in_service || false
        '2026-01-01' | AssetStatus.in_service || true
        '2026-01-01' | AssetStatus.disposed   || false
    }
}
