package vn.dcim.core.cabling

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRegistry
import vn.dcim.core.asset.NewAsset
import vn.dcim.core.error.ConflictException
import vn.dcim.core.site.Room
import vn.dcim.core.site.RoomKind
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.testing.MariaDbSpec

import java.util.concurrent.Callable
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.Executors

/**
 * Two people plugging into one outlet at the same moment: both pass the check that the outlet is free (neither
 * sees the other's uncommitted cable), and the database's one-cable-per-port key refuses the second. That refusal
 * is the same conflict as the check's, never a database error.
 */
@MicronautTest(transactional = false)
class CablingRaceSpec extends MariaDbSpec {
    @Inject Cabling cabling
    @Inject AssetRegistry registry
    @Inject SiteRepository sites
    @Inject RoomRepository rooms

    def "#people supplies plugged into one outlet at once: one cable, every other a conflict"() {
        given: 'a PDU and servers registered from their types (their ports follow)'
        String site = 's-' + UUID.randomUUID().toString().take(8)
        sites.save(new Site(site, 'Trung tâm thử', 'Bắc Kạn', 'Số 1'))
        Room room = rooms.save(Room.of(site, 'Phòng máy chủ', '1', RoomKind.server_room))
        def pdu = registry.register(asset(site, room, AssetKind.pdu, 'PDU-' + site, 'APC', 'AP8858'), 'spec')
        long outlet = cabling.portsOf(pdu.id()).find { it.name() == '1' }.id()
        List<Long> supplies = (1..people).collect { n ->
            cabling.portsOf(registry.register(asset(site, room, AssetKind.server, "SRV-$n-$site", 'Dell', 'PowerEdge R650'), 'spec').id())
                    .find { it.name() == 'PSU1' }.id()
        }
        def pool = Executors.newFixedThreadPool(people)
        def together = new CyclicBarrier(people)

        when:
        List<String> outcomes = pool.invokeAll(supplies.collect { psu ->
            { ->
                together.await()
                try {
                    cabling.connect(psu, outlet, new NewCable(null, CableType.power_c13, null, null), 'spec')
                    'cable'
                } catch (ConflictException taken) {
                    'conflict'
                } catch (Exception other) {
                    other.class.simpleName
                }
            } as Callable<String>
        })*.get()

        then:
        outcomes.countBy { it } == [cable: 1, conflict: people - 1]

        cleanup:
        pool?.shutdown()

        where:
        people << [8, 8, 8, 16]
    }

    private static NewAsset asset(String site, Room room, AssetKind kind, String name, String vendor, String model) {
        new NewAsset(site, room.id(), null, null, null, null, kind, name, name.toUpperCase().replaceAll('[^A-Z0-9-]', ''),
                vendor, model, null, null, null, null, null, null, null, null, null, null, null)
    }
}
