package vn.dcim.core.asset

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.audit.AuditEventRepository
import vn.dcim.core.error.ConflictException
import vn.dcim.core.error.InvalidInputException
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Places

@MicronautTest(transactional = false)
class AssetRegistrySpec extends MariaDbSpec {
    @Inject AssetRegistry registry
    @Inject Places places
    @Inject AuditEventRepository audit

    Places.Placement at

    def setup() {
        at = places.rackedSite('s-', 'A1', 'Trung tâm thử')
    }

    NewAsset cmd(Map m) {
        new NewAsset(at.siteId, m.roomId as Long, m.rackId as Long, m.u as Integer, m.height as Integer, null,
                AssetKind.server, m.name ?: 'Máy chủ thử', m.label ?: ('TS-' + UUID.randomUUID().toString().take(6).toUpperCase()),
                'Dell', 'R750', 'SN1', null, null, 'Sở TT&TT', null, null, null, null, m.mac as String, null, null)
    }

    def "registering records the initial status and an audit event with the after state"() {
        when:
        def a = registry.register(cmd(rackId: at.rack.id(), u: 10, height: 2, label: 'BKN-SRV-100'), 'an.nguyen')

        then:
        a.roomId() == at.room.id()
        a.topU() == 11
        registry.history(a.id())*.toStatus() == [AssetStatus.in_service]
        def events = audit.findByEntityTypeAndEntityIdOrderById('asset', a.id().toString())
        events*.action == ['create']
        events[0].actor() == 'an.nguyen'
        events[0].beforeJson() == null
        events[0].afterJson().contains('"labelCode":"BKN-SRV-100"')
    }

    def "a duplicate label code is a conflict naming labelCode"() {
        given:
        registry.register(cmd(roomId: at.room.id(), label: 'BKN-DUP-1'), 'system')

        when:
        registry.register(cmd(roomId: at.room.id(), label: 'BKN-DUP-1'), 'system')

        then:
        def e = thrown(ConflictException)
        e.field() == 'labelCode'
    }

    def "rack positions may not overlap: #u/#height against U20–U21"() {
        given:
        def r = places.rack(at.room, 'B' + UUID.randomUUID().toString().take(4))
        registry.register(cmd(rackId: r.id(), u: 20, height: 2), 'system')

        when:
        registry.register(cmd(rackId: r.id(), u: u, height: height), 'system')

        then:
        def e = thrown(ConflictException)
        e.field() == 'positionU'

        where:
        u  | height
        20 | 1
        21 | 1
        19 | 2
        18 | 5
    }

    def "adjacent rack positions are accepted"() {
        given:
        def r = places.rack(at.room, 'C' + UUID.randomUUID().toString().take(4))
        registry.register(cmd(rackId: r.id(), u: 20, height: 2), 'system')

        when:
        registry.register(cmd(rackId: r.id(), u: 22, height: 1), 'system')
        registry.register(cmd(rackId: r.id(), u: 19, height: 1), 'system')

        then:
        noExceptionThrown()
    }

    def "invalid input names the field: #field"() {
        when:
        registry.register(cmd(input), 'system')

        then:
        def e = thrown(InvalidInputException)
        e.field() == field

        where:
        input                                        || field
        [label: 'lowercase label']                   || 'labelCode'
        [rackId: -1L, u: 1]                          || 'rackId'
        [:]                                          || 'roomId'
        [mac: 'not-a-mac', roomId: 1L]               || 'macAddress'
        [name: ' leading space']                     || 'name'
    }

    def "a position outside the rack height is refused"() {
        when:
        registry.register(cmd(rackId: at.rack.id(), u: 42, height: 2), 'system')

        then:
        def e = thrown(InvalidInputException)
        e.field() == 'positionU'
    }

    def "a status change keeps who, when, why and the before/after in the audit log"() {
        given:
        def a = registry.register(cmd(roomId: at.room.id()), 'system')

        when:
        registry.changeStatus(a.id(), AssetStatus.faulty, 'PSU failed', 'binh.tran')

        then:
        def h = registry.history(a.id())
        h*.toStatus() == [AssetStatus.in_service, AssetStatus.faulty]
        h[1].fromStatus() == AssetStatus.in_service
        h[1].reason() == 'PSU failed'
        h[1].changedBy() == 'binh.tran'
        def status = audit.findByEntityTypeAndEntityIdOrderById('asset', a.id().toString()).last()
        status.action() == 'status'
        status.beforeJson().contains('"status":"in_service"')
        status.afterJson().contains('"status":"faulty"')

        when:
        registry.changeStatus(a.id(), AssetStatus.under_repair, ' ', 'binh.tran')

        then:
        thrown(InvalidInputException)
    }
}
