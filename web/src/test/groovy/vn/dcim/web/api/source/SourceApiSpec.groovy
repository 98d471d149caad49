package vn.dcim.web.api.source

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.core.device.DiscoveredSource
import vn.dcim.core.device.DiscoveredSources
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Rack
import vn.dcim.core.site.RackRepository
import vn.dcim.core.site.Room
import vn.dcim.core.site.RoomKind
import vn.dcim.core.site.RoomRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import java.time.Instant

/**
 * The discovery inbox for scripts: unbound vendor sources listed with id, dialect and
 * source; bound by a supervisor or an administrator, creating the monitored device when it does not
 * exist; refusals by status and field. (The bridge's side, heard → bound → reading, is VendorIngestSpec.)
 */
@MicronautTest(transactional = false)
class SourceApiSpec extends CallsSpec {
    @Inject TestUsers users
    @Inject SiteRepository sites
    @Inject DiscoveredSources sources
    @Inject MonitoredDeviceRepository devices
    @Inject RoomRepository rooms
    @Inject RackRepository racks
    @Shared Map<String, Long> place = [:]

    def setup() {
        if (!sites.existsById('src-site')) {
            sites.save(new Site('src-site', 'TTDL Bắc Ninh', 'Bắc Ninh', null))
            sites.save(new Site('src-other', 'TTDL Lạng Sơn', 'Lạng Sơn', null))
            place.room = rooms.save(Room.of('src-site', 'Phòng máy chủ', '1', RoomKind.server_room)).id()
            place.room2 = rooms.save(Room.of('src-site', 'Phòng nguồn', '1', RoomKind.power_room)).id()
            place.rack = racks.save(Rack.of(place.room, 'R01', 42)).id()
            place.otherRoom = rooms.save(Room.of('src-other', 'Phòng máy chủ LS', '1', RoomKind.server_room)).id()
            place.otherRack = racks.save(Rack.of(place.otherRoom, 'LS-R01', 42)).id()
        }
    }

    /** The room and rack the bind left the device in, as the suppression and incident features read them. */
    List<Long> placeOf(String deviceId) {
        sources.placeOf(deviceId).map { [it.roomId(), it.rackId()] }.orElse(null)
    }

    String token(Role... roles) { users.token(EnumSet.copyOf(roles as List)) }

    long heard(String source) {
        sources.heard([new DiscoveredSource.Heard('zigbee2mqtt', source, Instant.now(), 3, 'zigbee2mqtt/' + source,
                '{"temperature":24.5}', 'env.temperature[0] = 24.5 °C')])
        sources.find(DiscoveredSource.State.unbound, 1000, 0).find { it.sourceId() == source }.id()
    }

    def "the shift lists unbound sources with id, dialect and source; #role binds one, creating its device"() {
        given:
        long id = heard(source)

        when:
        def list = calls.get('/api/sources?state=unbound', token(Role.operator))

        then:
        list.status == 200
        def row = list.json.results.find { it.source == source }
        row.id == id
        row.dialect == 'zigbee2mqtt'
        row.messageCount == 3
        row.wouldGive.contains('env.temperature')

        when:
        def bound = calls.post("/api/sources/$id/bind", [deviceId: deviceId, siteId: 'src-site', name: 'Cảm biến ' + source], token(role))

        then:
        bound.status == 200
        bound.json.state == 'bound'
        bound.json.deviceId == deviceId
        devices.findById(deviceId).get().protocol().name() == 'mqtt'
        devices.findById(deviceId).get().siteId() == 'src-site'
        !((calls.get('/api/sources?state=unbound', token(Role.operator)).json.results ?: []) as List)*.source.contains(source)
        calls.get('/api/sources?state=bound', token(Role.auditor)).json.results*.source.contains(source)

        where:
        role            | source      | deviceId
        Role.supervisor | 'room_a_t'  | 'z-room-a'
        Role.admin      | 'room_b_t'  | 'z-room-b'
    }

    def "bound #how, the new device stands in room #room and rack #rack"() {
        given:
        long id = heard('placed_' + deviceId)
        def body = [deviceId: deviceId, siteId: 'src-site'] + at.collectEntries { k, v -> [(k): place[v]] }

        when:
        def bound = calls.post("/api/sources/$id/bind", body, token(Role.supervisor))

        then:
        bound.status == 200
        placeOf(deviceId) == [place[room], rack == null ? null : place[rack]]

        where:
        how                            | deviceId   | at                               || room    | rack
        'in a room'                    | 'z-room'   | [roomId: 'room2']                || 'room2' | null
        'in a rack'                    | 'z-rack'   | [rackId: 'rack']                 || 'room'  | 'rack'
        'in a rack of the room given'  | 'z-both'   | [roomId: 'room', rackId: 'rack'] || 'room'  | 'rack'
    }

    def "placed #refusal, the binding is refused with 422 naming #field and nothing is bound"() {
        given:
        long id = heard('misplaced_' + field + '_' + refusal.replace(' ', '_'))
        def body = [deviceId: 'z-misplaced', siteId: 'src-site'] + at.collectEntries { k, v -> [(k): v instanceof String ? place[v] : v] }

        when:
        def r = calls.post("/api/sources/$id/bind", body, token(Role.admin))

        then:
        r.status == 422
        r.text.contains(field)
        devices.findById('z-misplaced').isEmpty()
        sources.byId(id).get().state() == DiscoveredSource.State.unbound

        where:
        refusal                          | at                                      || field
        'in an unknown room'             | [roomId: 999999]                        || 'roomId'
        'in an unknown rack'             | [rackId: 999999]                        || 'rackId'
        'in a room of another site'      | [roomId: 'otherRoom']                   || 'roomId'
        'in a rack of another site'      | [rackId: 'otherRack']                   || 'rackId'
        'in a rack of another room'      | [roomId: 'room2', rackId: 'rack']       || 'roomId'
        'in room 0'                      | [roomId: 0]                             || 'roomId'
    }

    def "#who binding is refused with #status"() {
        given:
        long id = heard('refused_' + status + '_' + who.replace(' ', '_'))
        if (status == 409) {
            sources.bind(id, 'z-first', 'src-site', 'first')
        }

        when:
        def r = calls.post("/api/sources/${unknown ? 999999 : id}/bind", body, token(role))

        then:
        r.status == status
        field == null || r.text.contains(field)

        where:
        who                          | role            | unknown | body                                                  || status | field
        'an operator'                | Role.operator   | false   | [deviceId: 'z-x', siteId: 'src-site']                 || 403    | null
        'an unknown source'          | Role.supervisor | true    | [deviceId: 'z-x', siteId: 'src-site']                 || 404    | null
        'an unknown site'            | Role.supervisor | false   | [deviceId: 'z-y', siteId: 'nowhere']                  || 422    | 'siteId'
        'a device id with a space'   | Role.supervisor | false   | [deviceId: 'z y', siteId: 'src-site']                 || 422    | 'deviceId'
        'a source bound to another'  | Role.supervisor | false   | [deviceId: 'z-other', siteId: 'src-site']             || 409    | 'deviceId'
    }
}
