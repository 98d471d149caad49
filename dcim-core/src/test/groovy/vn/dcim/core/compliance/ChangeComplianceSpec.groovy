package vn.dcim.core.compliance

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetPatch
import vn.dcim.core.asset.AssetRegistry
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.NewAsset
import vn.dcim.core.change.Bypasses
import vn.dcim.core.change.ChangeFacts
import vn.dcim.core.change.ChangeKind
import vn.dcim.core.change.ChangeWork
import vn.dcim.core.change.Changes
import vn.dcim.core.change.NewChange
import vn.dcim.core.change.StepScan
import vn.dcim.core.maintenance.WorkOrderStatus
import vn.dcim.core.maintenance.WorkOrders
import vn.dcim.core.maintenance.Worker
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

import java.time.Clock
import java.time.Duration

/**
 * QĐ 11/2023 Điều 17 khoản 2, Điều 18 and Điều 23 khoản 3 judged from the change records: agency equipment racked without
 * an approved request, a disposal without a decided change, and a move without a request nobody looked at turn the rows
 * non-compliant; the signed-off changes and a supervisor's look turn them compliant.
 */
@MicronautTest(transactional = false)
class ChangeComplianceSpec extends MariaDbSpec {
    @Inject List<ComplianceCheck> checks
    @Inject Changes changes
    @Inject ChangeWork work
    @Inject ChangeFacts facts
    @Inject Bypasses bypasses
    @Inject AssetRegistry registry
    @Inject WorkOrders workOrders
    @Inject Places places
    @Inject Clock clock

    static final Worker APPROVER = new Worker('sup-a', null, true)
    static final Worker CREW = new Worker('tech-b', 'Đội 1', false)
    static final Worker SIGNER = new Worker('sup-c', null, true)

    String judge(String key) {
        checks.find { it.key() == key }.judge(clock.instant(), PolicyProfiles.load('bac-kan')).state().name()
    }

    def "the three rows follow the records, from no data to non-compliant to compliant"() {
        given:
        String site = 'c' + UUID.randomUUID().toString().take(6)
        def at = places.racked(places.siteWithId(site, 'Trung tâm', 'Bắc Kạn', 'Số 1'), 'A01')

        expect: 'nothing to judge yet'
        judge('agency-placement-requested') == 'not_enough_data'
        judge('disposal-decided') == 'not_enough_data'
        judge('changes-approved') == 'not_enough_data'

        when: 'an agency server is put in a rack straight in the registry, moved there, and another device is disposed of by a status change'
        def hosted = registry.register(asset(site, at.rack.id(), 5, 'HOSTED', 'Sở Y tế', null), 'am')
        registry.patch(hosted.id(), new AssetPatch(null, null, 7, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null), 'am')
        def old = registry.register(asset(site, null, null, 'OLD', null, at.room.id()), 'am')
        registry.changeStatus(old.id(), AssetStatus.disposed, 'hỏng', 'am')

        then:
        judge('agency-placement-requested') == 'non_compliant'
        judge('disposal-decided') == 'non_compliant'
        judge('changes-approved') == 'non_compliant'

        when: 'the supervisor looks at the flag, the agency server is moved by an approved request, the disposal redone for a second device by a decided change'
        bypasses.list(false, 100, 0).items().each { bypasses.seen(it.id(), APPROVER) }
        done(new NewChange(ChangeKind.move, 'Chuyển máy chủ', null, hosted.id(), null, at.rack.id(), 20, null, null, null, null, null,
                null, null, null, 'Sở Y tế', []))
        def spare = registry.register(asset(site, at.rack.id(), 30, 'SPARE', null, null), 'am')
        done(new NewChange(ChangeKind.dispose, 'Thanh lý', null, spare.id(), null, null, null, null, null, null, null, null,
                null, null, null, 'Phòng HC', []))

        then: 'the placement and the flags hold; the disposal row still names the device disposed of without a decision'
        judge('agency-placement-requested') == 'compliant'
        judge('changes-approved') == 'compliant'
        judge('disposal-decided') == 'non_compliant'
        registry.get(spare.id()).status() == AssetStatus.disposed

        and: 'the year counts the requests, their lead time and the changes without a request'
        def year = facts.period(clock.instant().minus(Duration.ofDays(365)), clock.instant().plusSeconds(1))
        year.requested() == 2 && year.done() == 2 && year.withoutRequest() == 1
        year.leadHours() != null
    }

    private void done(NewChange n) {
        def c = changes.submit(changes.draft(n, 'am').id(), 'am')
        def s = changes.approve(c.id(), null, 'QĐ 9/QĐ-STTTT', 'Đội 1', APPROVER)
        workOrders.move(s.workOrderId(), WorkOrderStatus.in_progress, null, null, null, [], CREW)
        def asset = registry.get(n.assetId())
        changes.stepsOf(c.id()).each { step ->
            work.confirm(c.id(), step.id(), new StepScan('s' + step.id(), 'A01', asset.labelCode(), null, false, null), CREW)
        }
        workOrders.move(s.workOrderId(), WorkOrderStatus.done, null, 'xong', null, [], CREW)
        work.signOff(c.id(), SIGNER)
    }

    private static NewAsset asset(String site, Long rack, Integer u, String name, String agency, Long room) {
        new NewAsset(site, room, rack, u, 1, null, AssetKind.server, name + ' ' + site, (name + '-' + site).toUpperCase(), null, null,
                null, null, null, agency, null, null, null, null, null, null, null)
    }
}
