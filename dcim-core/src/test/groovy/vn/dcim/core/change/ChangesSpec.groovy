package vn.dcim.core.change

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.agency.Agencies
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetPatch
import vn.dcim.core.asset.AssetRegistry
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.NewAsset
import vn.dcim.core.audit.AuditLog
import vn.dcim.core.cabling.CableType
import vn.dcim.core.cabling.Cabling
import vn.dcim.core.cabling.NewCable
import vn.dcim.core.document.Documents
import vn.dcim.core.error.ConflictException
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.error.NotAllowedException
import vn.dcim.core.maintenance.WorkOrderStatus
import vn.dcim.core.maintenance.WorkOrders
import vn.dcim.core.maintenance.Worker
import vn.dcim.core.site.Rack
import vn.dcim.core.site.Room
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

/**
 * A change from the agency's letter to the registry: requested and entered by two people, decided by a third
 * (four eyes), done by the crew step by step with scans, and signed off by a fourth, writing the registry, the power
 * connection and the cable in one transaction, or nothing at all.
 */
@MicronautTest(transactional = false)
class ChangesSpec extends MariaDbSpec {
    @Inject Changes changes
    @Inject ChangeWork work
    @Inject ChangeThread thread
    @Inject Bypasses bypasses
    @Inject ChangeSettings settings
    @Inject Agencies agencies
    @Inject Documents documents
    @Inject AssetRegistry registry
    @Inject Cabling cabling
    @Inject WorkOrders workOrders
    @Inject AuditLog audit
    @Inject Places places

    static final Worker MANAGER = new Worker('am-lan', null, false)
    static final Worker APPROVER = new Worker('sup-hoa', null, true)
    static final Worker CREW = new Worker('tech-minh', 'Đội 1', false)
    static final Worker SIGNER = new Worker('sup-hung', null, true)

    String site
    Room room
    Rack a01
    Rack a02
    long pdu
    long panel
    long server
    String serverLabel

    def setup() {
        site = places.site('s', 'Trung tâm thử')
        room = places.room(site)
        a01 = places.rack(room, 'A01-' + site)
        a02 = places.rack(room, 'A02-' + site)
        pdu = registry.register(asset(a02.id(), 42, 1, AssetKind.pdu, 'PDU-A', 'APC', 'AP8858', null), 'spec').id()
        panel = registry.register(asset(a02.id(), 41, 1, AssetKind.other, 'PP-A', 'Generic', 'Patch panel Cat6 24p', null), 'spec').id()
        serverLabel = ('SRV-' + site).toUpperCase()
        server = registry.register(asset(null, null, 2, AssetKind.server, 'SRV', 'Dell', 'PowerEdge R650', AssetStatus.planned), 'spec').id()
    }

    def cleanup() {
        settings.strict = false
    }

    def "an agency's server goes in as approved: checklist from the request, scanned steps, one sign-off writes rack, power and cable"() {
        given: 'the agency asks by letter; the asset manager enters it'
        def agency = agencies.add('A' + site.toUpperCase(), 'Sở Y tế', 'Nguyễn Văn A', null, null, null, 'am-lan')
        def letter = documents.store('cong-van-12.pdf', 'application/pdf', '%PDF-1.4 letter'.bytes, 'am-lan')
        long outlet = port(pdu, '7')
        long panelPort = port(panel, '5')
        def c = changes.draft(new NewChange(ChangeKind.install, 'Đặt máy chủ HIS', agency.id(), server, 'Dell R650, 2U',
                a02.id(), 10, 2, 450, 18.5G, 1, letter.id(), null, null, 'Công văn số 12/SYT', 'Nguyễn Văn A',
                [new NewChange.Link('PSU1', 'power_port', outlet), new NewChange.Link('NIC1', 'interface', panelPort)]), 'am-lan')

        when: 'submitted, approved by a supervisor with the Department decision number'
        changes.submit(c.id(), 'am-lan')
        def scheduled = changes.approve(c.id(), 'Đồng ý', 'QĐ 45/QĐ-STTTT', 'Đội 1', APPROVER)
        def steps = changes.stepsOf(c.id())

        then: 'the crew has a work order and a checklist: mount at U10-11, then the two cables'
        scheduled.status() == ChangeStatus.scheduled
        scheduled.departmentRef() == 'QĐ 45/QĐ-STTTT'
        workOrders.find(scheduled.workOrderId()).get().crew() == 'Đội 1'
        steps*.action() == [StepAction.mount, StepAction.connect, StepAction.connect]
        steps[0].uLow() == 10 && steps[0].uHigh() == 11 && steps[0].rackId() == a02.id()

        when: 'the crew works the order, scanning the rack (its QR) and the server label at each step'
        crewWorks(scheduled.workOrderId()) {
            steps.each { s -> work.confirm(c.id(), s.id(), new StepScan('scan-' + s.seq(), "https://dcim.example/ui/racks/${a02.id()}", serverLabel, null, false, null), CREW) }
        }
        def done = work.signOff(c.id(), SIGNER)
        def placed = registry.get(server)

        then: 'the registry, the power connection and the cable are what was approved'
        done.status() == ChangeStatus.done
        placed.rackId() == a02.id() && placed.positionU() == 10 && placed.heightU() == 2 && placed.status() == AssetStatus.in_service
        cabling.peer(cabling.portOf(server, 'PSU1').get()).get().id() == outlet
        cabling.peer(cabling.portOf(server, 'NIC1').get()).get().id() == panelPort
        workOrders.find(scheduled.workOrderId()).get().status() == WorkOrderStatus.verified

        and: 'the auditor reads the thread: request, decision, work, steps, sign-off and the registry move'
        def actions = thread.of(c.id()).collect { it.about() + ':' + it.action() }
        actions.containsAll(['change-request:draft', 'change-request:submit', 'change-request:approve', 'change-request:schedule',
                             'work-order:create', 'change-request:step', 'change-request:sign-off', 'asset:move'])
        actions.indexOf('change-request:approve') < actions.indexOf('change-request:sign-off')

        and: 'the sign-off moved racked equipment, and that is no bypass'
        bypasses.list(true, 1000, 0).items().every { it.assetId() != server }
    }

    def "who asked for or entered a change does not decide it: #who"() {
        given:
        def c = changes.submit(changes.draft(install(12), 'am-lan').id(), 'am-lan')

        when:
        changes.approve(c.id(), null, null, null, decider)

        then:
        def refused = thrown(NotAllowedException)
        refused.explanation().key() == key
        changes.get(c.id()).status() == ChangeStatus.submitted

        where:
        who                              | decider                                  | key
        'the one who entered it'         | new Worker('am-lan', null, true)         | 'error.change.own-request'
        'the one who asked, any case'    | new Worker('NGUYỄN VĂN A', null, true)   | 'error.change.own-request'
        'a technician'                   | new Worker('tech-minh', 'Đội 1', false)  | 'error.change.decide-supervisor'
    }

    def "a step the floor did differently is recorded and left out of the sign-off"() {
        given:
        long outlet = port(pdu, '8')
        def c = changes.draft(install(20, [new NewChange.Link('PSU2', 'power_port', outlet)]), 'am-lan')
        changes.submit(c.id(), 'am-lan')
        def scheduled = changes.approve(c.id(), null, null, 'Đội 1', APPROVER)
        def steps = changes.stepsOf(c.id())

        when: 'mounted as planned; the outlet was dead, so PSU2 went nowhere'
        crewWorks(scheduled.workOrderId()) {
            work.confirm(c.id(), steps[0].id(), new StepScan('m', a02.name(), serverLabel, null, null, null), CREW)
            work.confirm(c.id(), steps[1].id(), new StepScan('p', null, null, null, true, 'Ổ 8 hỏng, chưa cắm PSU2'), CREW)
        }
        work.signOff(c.id(), SIGNER)

        then:
        registry.get(server).positionU() == 20
        cabling.portOf(server, 'PSU2').flatMap { cabling.peer(it) }.isEmpty()
        changes.stepsOf(c.id())[1].outcome() == StepOutcome.differs
        thread.of(c.id()).find { it.action() == 'sign-off' }.after().contains('Ổ 8 hỏng')
    }

    def "a sign-off that cannot write everything writes nothing"() {
        given: 'approved with PSU1 to outlet 9, which someone else cables before the sign-off'
        long outlet = port(pdu, '9')
        def c = changes.draft(install(24, [new NewChange.Link('PSU1', 'power_port', outlet)]), 'am-lan')
        changes.submit(c.id(), 'am-lan')
        def scheduled = changes.approve(c.id(), null, null, 'Đội 1', APPROVER)
        crewWorks(scheduled.workOrderId()) {
            changes.stepsOf(c.id()).each { s -> work.confirm(c.id(), s.id(), new StepScan('x' + s.seq(), a02.name(), serverLabel, null, false, null), CREW) }
        }
        def other = registry.register(asset(null, null, 1, AssetKind.server, 'OTHER', 'Dell', 'PowerEdge R650', null), 'spec')
        cabling.connect(port(other.id(), 'PSU1'), outlet, new NewCable(null, CableType.power_c13, null, null), 'spec')

        when:
        work.signOff(c.id(), SIGNER)

        then: 'the outlet is taken: neither the rack, nor the status, nor the work order moved'
        thrown(ConflictException)
        registry.get(server).rackId() == null
        registry.get(server).status() == AssetStatus.planned
        changes.get(c.id()).status() == ChangeStatus.scheduled
        workOrders.find(scheduled.workOrderId()).get().status() == WorkOrderStatus.done
    }

    def "a scan of the wrong rack or equipment is refused; the same scan sent again is stored once"() {
        given:
        def c = changes.draft(install(30), 'am-lan')
        changes.submit(c.id(), 'am-lan')
        def scheduled = changes.approve(c.id(), null, null, 'Đội 1', APPROVER)
        def mount = changes.stepsOf(c.id())[0]

        when:
        work.confirm(c.id(), mount.id(), new StepScan('w', a01.name(), serverLabel, null, false, null), CREW)

        then:
        def wrong = thrown(InvalidInputException)
        wrong.explanation().key() == 'error.change.scan-rack'

        when:
        work.confirm(c.id(), mount.id(), new StepScan('w2', a02.name(), 'SRV-SOMEONE-ELSE', null, false, null), CREW)

        then:
        thrown(InvalidInputException)

        when: 'confirmed, then the offline queue sends it again'
        def first = work.confirm(c.id(), mount.id(), new StepScan('ok', a02.name(), "/ui/assets/$server", null, false, null), CREW)
        def again = work.confirm(c.id(), mount.id(), new StepScan('ok', a02.name(), "/ui/assets/$server", null, false, null), CREW)

        then:
        first.outcome() == StepOutcome.as_planned
        again.id() == first.id() && again.scanId() == 'ok'
        thread.of(c.id()).count { it.action() == 'step' } == 1

        when: 'another crew tries a step'
        work.confirm(c.id(), mount.id(), new StepScan('z', a02.name(), serverLabel, null, false, null), new Worker('tech-x', 'Đội 2', false))

        then:
        thrown(NotAllowedException)
    }

    def "moving racked equipment in the registry without a request is flagged, and refused in strict mode"() {
        given:
        def racked = registry.register(asset(a01.id(), 5, 1, AssetKind.server, 'RACKED', 'Dell', 'PowerEdge R650', null), 'spec')

        when:
        registry.patch(racked.id(), new AssetPatch(null, null, 6, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null), 'am-lan')

        then:
        bypasses.list(false, 1000, 0).items().any { it.assetId() == racked.id() && it.actor() == 'am-lan' }

        when:
        settings.strict = true
        registry.patch(racked.id(), new AssetPatch(null, null, 7, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null), 'am-lan')

        then:
        thrown(NotAllowedException)
        registry.get(racked.id()).positionU() == 6
    }

    def "an agency's request is not submitted without its letter"() {
        given:
        def agency = agencies.add('L' + site.toUpperCase(), 'Sở Tài chính', null, null, null, null, 'am-lan')
        def c = changes.draft(new NewChange(ChangeKind.install, 'Không có công văn', agency.id(), server, null, a02.id(), 2, 1,
                null, null, null, null, null, null, null, null, null), 'am-lan')

        when:
        changes.submit(c.id(), 'am-lan')

        then:
        thrown(ConflictException)
        changes.get(c.id()).status() == ChangeStatus.draft
    }

    private void crewWorks(long order, Closure steps) {
        workOrders.move(order, WorkOrderStatus.in_progress, null, null, null, [], CREW)
        steps()
        workOrders.move(order, WorkOrderStatus.done, null, 'xong', null, [], CREW)
    }

    private NewChange install(int u, List<NewChange.Link> links = []) {
        new NewChange(ChangeKind.install, 'Lắp máy chủ', null, server, null, a02.id(), u, 2, null, null, null, null, null, null,
                null, 'Nguyễn Văn A', links)
    }

    private long port(long assetId, String name) {
        cabling.portOf(assetId, name).orElseThrow().id()
    }

    private NewAsset asset(Long rack, Integer u, int height, AssetKind kind, String name, String vendor, String model, AssetStatus status) {
        String label = (name + '-' + site).toUpperCase()
        new NewAsset(site, rack == null ? room.id() : null, rack, u, height, null, kind, name + ' ' + site, label, vendor, model, null,
                status, null, null, null, null, null, null, null, null, null)
    }
}
