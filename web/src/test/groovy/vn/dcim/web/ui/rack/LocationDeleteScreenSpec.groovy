package vn.dcim.web.ui.rack

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.db.Jdbc
import vn.dcim.web.testing.Calls
import vn.dcim.web.ui.pages.LocationDeletion
import vn.dcim.web.ui.pages.SignedInBrowserSpec

/** Deleting sites, rooms and racks on their screens: an occupied one is refused with the reason, in Vietnamese; an empty one goes. */
@MicronautTest(transactional = false)
class LocationDeleteScreenSpec extends SignedInBrowserSpec {
    @Inject Jdbc jdbc

    def "a room holding a rack is refused, the empty rack is deleted, then the empty room and site: #step"() {
        given: 'a site with a room holding one empty rack, the screens in Vietnamese'
        def calls = new Calls(server.URL)
        String token = users.token()
        String tag = UUID.randomUUID().toString().take(6)
        String site = "xoa-$tag"
        assert calls.post('/api/sites', [id: site, name: "Trạm $tag"], token).status == 201
        long room = calls.post('/api/rooms', [siteId: site, name: "Phòng $tag", kind: 'server_room'], token).json.id
        long rack = calls.post('/api/racks', [roomId: room, name: "R-$tag", heightU: 42], token).json.id
        def screens = new LocationDeletion(driver, server.URL)
        driver.get("${server.URL}/lang/vi?back=/ui/racks")

        when: 'the room is deleted while its rack stands in it'
        screens.open("/ui/rooms/$room")
        String asked = screens.delete('delete-room')

        then: 'asked first, then refused with what is left, in Vietnamese; nothing deleted'
        asked.startsWith('Xóa vị trí này?')
        screens.refusal('delete-room') == "Phòng Phòng $tag còn 1 tủ rack: hãy xóa các tủ trước"
        count('room', room) == 1

        when: 'the empty rack is deleted from its page'
        screens.open("/ui/racks/$rack")
        screens.deleteAndLeave('delete-rack')
        screens.waitForPath("/ui/rooms/$room")

        then: 'the browser is back on the room, the rack is gone'
        count('rack', rack) == 0

        when: 'now the empty room, then the empty site from the list'
        screens.deleteAndLeave('delete-room')
        screens.waitForPath('/ui/racks')
        screens.deleteAndLeave("delete-site-$site")

        then:
        count('room', room) == 0
        jdbc.list('site', 'SELECT COUNT(*) FROM site WHERE id = ?', { it.getLong(1) }, site)[0] == 0L

        where:
        step << ['refused, then allowed']
    }

    long count(String table, long id) {
        jdbc.list(table, "SELECT COUNT(*) FROM $table WHERE id = ?".toString(), { it.getLong(1) }, id)[0]
    }
}
