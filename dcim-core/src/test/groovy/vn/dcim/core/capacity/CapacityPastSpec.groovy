package vn.dcim.core.capacity

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import spock.lang.Stepwise
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRegistry
import vn.dcim.core.asset.NewAsset
import vn.dcim.core.site.Rack
import vn.dcim.core.site.Room
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.core.testing.Places

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.LocalDate

/**
 * The racks' space before the snapshots began, walked back from today's registry through its audit trail: each
 * past day holds the U that day's placements took, the days a snapshot recorded are kept as recorded, and nothing is
 * made up before the trail begins. (The power plugged in on past days: AllocatedPastSpec.)
 */
@Stepwise
@MicronautTest(transactional = false)
class CapacityPastSpec extends MariaDbSpec {
    /** 10:00 in Hà Nội on 20/06/2026, the day the registry's trail begins here. */
    static final Instant START = Instant.parse('2026-06-20T03:00:00Z')
    static final MutableClock clock = new MutableClock(START)
    static final LocalDate DAY0 = LocalDate.parse('2026-06-20')

    @MockBean(Clock)
    Clock clock() { clock }

    @Inject CapacityPast past
    @Inject CapacitySnapshots snapshots
    @Inject AssetRegistry registry
    @Inject Places places

    @Shared Map<String, Long> ids = [:]

    def "a rack's past days hold what stood in it each day: #used U on day #day"() {
        given: 'a rack filled and emptied over ten days, through the registry (audited), then two snapshots'
        if (ids.isEmpty()) {
            history()
        }

        expect:
        usedOn(DAY0.plusDays(day)) == used

        where:
        day || used
        1   || 2     // server A (2 U at U1) registered on day 0
        3   || 2
        4   || 6     // storage B (4 U at U10) on day 4, in the evening (20:30 in Hà Nội, 13:30 UTC)
        6   || 6
        7   || 4     // A moved out of the rack on day 7
        8   || 4
        9   || 40    // day 9 was recorded by a snapshot (its 40 stays), day 10 is today
    }

    def "reconstructed days say so, with the power plugged in then (none here); recorded ones keep their power"() {
        when:
        def days = snapshots.since(DAY0).get(ids.rack).collectEntries { [(it.day()): it] }

        then:
        !days.containsKey(DAY0) // the day the trail began: the registry was being filled, not known
        days[DAY0.plusDays(1)].reconstructed()
        days[DAY0.plusDays(1)].allocatedW() == 0
        !days[DAY0.plusDays(9)].reconstructed()
        days[DAY0.plusDays(9)].allocatedW() == 1500
    }

    def "run again, it fills nothing more; a rack registered later has no days before it"() {
        expect:
        past.reconstruct(365) == 0
        snapshots.since(DAY0).get(ids.laterRack)*.day() == [DAY0.plusDays(9)]
    }

    private void history() {
        String site = 'past-' + UUID.randomUUID().toString().take(6)
        places.siteWithId(site, 'TTDL quá khứ', 'Thái Nguyên')
        Room room = places.room(site, 'Phòng máy chủ')
        Rack rack = places.rack(room, 'A01')
        ids.rack = rack.id()

        clock.now = START
        long a = registry.register(asset(site, room.id(), rack.id(), 1, 2, 'A'), 'asset-manager').id()
        clock.now = START + Duration.ofDays(4) + Duration.ofHours(10).plusMinutes(30)
        registry.register(asset(site, room.id(), rack.id(), 10, 4, 'B'), 'asset-manager')
        clock.now = START + Duration.ofDays(7)
        registry.update(a, asset(site, room.id(), null, null, 2, 'A'), 'asset-manager')
        // a rack registered on day 8 through the registry's own audit (entity "rack", action "create")
        clock.now = START + Duration.ofDays(8)
        Rack later = places.rack(room, 'A02')
        ids.laterRack = later.id()
        auditRackCreated(later)
        // a snapshot recorded day 9 (by hand here: 40 U, 1.5 kW) and today is day 10
        snapshots.record(new CapacitySnapshots.RackDay(DAY0.plusDays(9), rack.id(), 42, 40, 1500), [:], clock.instant())
        snapshots.record(new CapacitySnapshots.RackDay(DAY0.plusDays(9), later.id(), 42, 0, 0), [:], clock.instant())
        clock.now = START + Duration.ofDays(10)
        assert past.reconstruct(365) > 0
    }

    @Inject vn.dcim.core.audit.AuditLog audit

    private void auditRackCreated(Rack rack) {
        audit.record('admin', 'rack', rack.id(), 'create', null, [id: rack.id(), name: rack.name()])
    }

    private int usedOn(LocalDate day) {
        snapshots.since(day).get(ids.rack).find { it.day() == day }?.usedU() ?: -1
    }

    private static NewAsset asset(String site, Long room, Long rack, Integer u, int height, String name) {
        new NewAsset(site, room, rack, u, height, null, AssetKind.server, "Máy $name $site".toString(), "SRV$name-$site".toUpperCase(),
                null, null, null, null, null, null, null, null, null, null, null, null, null)
    }
}
