package vn.dcim.web.api.change

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.agency.Agencies
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRegistry
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.NewAsset
import vn.dcim.core.cabling.Cabling
import vn.dcim.core.testing.Places
import vn.dcim.web.api.document.DocumentApiSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

/**
 * A change over HTTP as the people who do it: a supervisor enters an agency's request with its letter, cannot approve
 * it (403, told why in Vietnamese and English), a second supervisor approves it, the crew confirms the checklist by
 * scans from its phone, a third signs it off, and the auditor reads the thread but changes nothing.
 */
@MicronautTest(transactional = false)
class ChangeApiSpec extends CallsSpec {
    @Inject TestUsers users
    @Inject AssetRegistry registry
    @Inject Cabling cabling
    @Inject Agencies agencies
    @Inject Places places

    def "from the agency's letter to the registry, each step by another person"() {
        given: 'a rack with a PDU, and the agency server registered as planned'
        String site = 's' + UUID.randomUUID().toString().take(6)
        def at = places.racked(places.siteWithId(site, 'Trung tâm', 'Bắc Kạn', 'Số 1'), 'A02')
        def pdu = registry.register(new NewAsset(site, null, at.rack.id(), 42, 1, null, AssetKind.pdu, 'PDU-A', 'PDU-' + site.toUpperCase(),
                'APC', 'AP8858', null, null, null, null, null, null, null, null, null, null, null), 'spec')
        def srv = registry.register(new NewAsset(site, at.room.id(), null, null, null, null, AssetKind.server, 'HIS-01',
                'SRV-' + site.toUpperCase(), 'Dell', 'PowerEdge R650', null, AssetStatus.planned, null, null, null, null, null, null,
                null, null, null), 'spec')
        long outlet = cabling.portOf(pdu.id(), '7').get().id()
        String entering = users.freshToken('sup-entering', EnumSet.of(Role.supervisor))
        String approving = users.freshToken('sup-approving', EnumSet.of(Role.supervisor))
        String manager = users.freshToken('am-ha', EnumSet.of(Role.asset_manager))
        String crew = users.freshToken('tech-an', EnumSet.of(Role.maintenance), 'Đội 1')
        String auditor = users.freshToken('audit-binh', EnumSet.of(Role.auditor))
        long agencyId = agencies.add('SYT' + site.toUpperCase(), 'Sở Y tế', null, null, null, null, 'spec').id()
        long letter = upload('cong-van.pdf', entering)

        when: 'entered and submitted by one supervisor'
        def drafted = calls.post('/api/changes', [kind: 'install', title: 'Đặt máy chủ HIS', agencyId: agencyId, assetId: srv.id(),
                toRackId: at.rack.id(), toU: 10, heightU: 2, powerW: 450, letterDocumentId: letter, requestedBy: 'Nguyễn Văn A',
                links: [[portName: 'PSU1', portKind: 'power_port', farPortId: outlet]]], entering)
        long id = drafted.json.change.id as long
        def submitted = calls.post("/api/changes/$id/submit", [:], entering)

        then:
        drafted.status == 201
        submitted.status == 200
        submitted.json.change.status == 'submitted'

        when: 'the same supervisor tries to approve it, and the asset manager does'
        def ownVi = calls.post("/api/changes/$id/approve", [crew: 'Đội 1'], entering, [Cookie: 'lang=vi'])
        def ownEn = calls.post("/api/changes/$id/approve", [crew: 'Đội 1'], entering, [Cookie: 'lang=en'])
        def notSupervisor = calls.post("/api/changes/$id/approve", [crew: 'Đội 1'], manager)

        then: 'refused, and told why'
        ownVi.status == 403
        ownVi.text.contains('người khác phải quyết định')
        ownEn.status == 403
        ownEn.text.contains('another person decides it')
        notSupervisor.status == 403

        when: 'the second supervisor approves with the Department decision number'
        def approved = calls.post("/api/changes/$id/approve", [crew: 'Đội 1', departmentRef: '45/QĐ-STTTT', note: 'Đồng ý'], approving)
        def shown = calls.get("/api/changes/$id", crew, [Cookie: 'lang=vi'])
        long order = approved.json.change.workOrderId as long

        then: 'the crew reads its checklist in Vietnamese'
        approved.status == 200
        approved.json.change.status == 'scheduled'
        shown.json.steps*.text == ["Lắp HIS-01 [SRV-${site.toUpperCase()}] vào tủ A02 tại U 10–11".toString(),
                                   "Nối PSU1 của HIS-01 [SRV-${site.toUpperCase()}] vào 7 / PDU-A (A02)".toString()]

        when: 'the crew works the order on the phone, scanning the rack QR and the server label'
        calls.post("/api/work-orders/$order/status", [status: 'in_progress', readings: []], crew)
        def confirms = shown.json.steps.collect { s ->
            calls.post("/api/changes/$id/steps/${s.id}/confirm", [scanId: "p-${s.id}", rackCode: "https://dcim.example/ui/racks/${at.rack.id()}",
                                                                  assetCode: "SRV-${site.toUpperCase()}"], crew)
        }
        calls.post("/api/work-orders/$order/status", [status: 'done', notes: 'xong', readings: []], crew)
        def auditorTries = calls.post("/api/changes/$id/sign-off", [:], auditor)
        def signed = calls.post("/api/changes/$id/sign-off", [:], entering)
        def placed = registry.get(srv.id())
        def thread = calls.get("/api/changes/$id/thread", auditor)

        then:
        confirms*.status == [200, 200]
        auditorTries.status == 403
        signed.status == 200
        signed.json.change.status == 'done'
        placed.rackId() == at.rack.id() && placed.positionU() == 10
        cabling.peer(cabling.portOf(srv.id(), 'PSU1').get()).get().id() == outlet
        thread.status == 200
        thread.json*.action.containsAll(['draft', 'submit', 'approve', 'schedule', 'step', 'sign-off', 'move'])
    }

    def "an agency's request waits for its letter; the letter attached on the change's page lets it go"() {
        given:
        String site = 'l' + UUID.randomUUID().toString().take(6)
        def at = places.racked(places.siteWithId(site, 'Trung tâm', 'Bắc Kạn', 'Số 1'), 'B01')
        def srv = registry.register(new NewAsset(site, at.room.id(), null, null, null, null, AssetKind.server, 'GIS-01',
                'GIS-' + site.toUpperCase(), null, null, null, AssetStatus.planned, null, null, null, null, null, null, null, null, null), 'spec')
        long agencyId = agencies.add('STN' + site.toUpperCase(), 'Sở Tài nguyên', null, null, null, null, 'spec').id()
        String manager = users.freshToken('am-letter', EnumSet.of(Role.asset_manager))
        long id = calls.post('/api/changes', [kind: 'install', title: 'Đặt máy chủ GIS', agencyId: agencyId, assetId: srv.id(),
                toRackId: at.rack.id(), toU: 4], manager).json.change.id as long

        when:
        def early = calls.post("/api/changes/$id/submit", [:], manager)

        then:
        early.status == 409

        when: 'the asset manager attaches the letter on the page (documents are otherwise the supervisor\'s)'
        def attached = multipart("/ui/changes/$id/letter", 'cong-van-7.pdf', manager)
        def submitted = calls.post("/api/changes/$id/submit", [:], manager)

        then:
        attached.status == 303
        submitted.status == 200
        submitted.json.change.letterDocumentId != null
    }

    def "bad input is a 4xx, never a 500: #why"() {
        when:
        def answer = calls.post('/api/changes', body, users.freshToken('sup-x', EnumSet.of(Role.supervisor)))

        then:
        answer.status in [400, 404, 409, 422]

        where:
        why               | body
        'no kind'         | [title: 'x', assetId: 1]
        'unknown kind'    | [kind: 'teleport', title: 'x', assetId: 1]
        'no equipment'    | [kind: 'install', title: 'x']
        'unknown asset'   | [kind: 'install', title: 'x', assetId: 999999]
        'huge asset id'   | [kind: 'install', title: 'x', assetId: 99999999999999999999]
        'long title'      | [kind: 'install', title: 'x' * 300, assetId: 1]
    }

    Calls.Answer multipart(String path, String filename, String token) {
        calls.upload(path, token, filename, 'application/pdf', DocumentApiSpec.PDF)
    }

    long upload(String filename, String token) {
        def r = multipart('/api/documents', filename, token)
        assert r.status == 201
        r.json.id as long
    }
}
