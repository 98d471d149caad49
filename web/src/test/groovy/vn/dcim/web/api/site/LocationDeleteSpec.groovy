package vn.dcim.web.api.site

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.runtime.server.EmbeddedServer
import jakarta.inject.Inject
import vn.dcim.core.db.Jdbc
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/**
 * Sites, rooms and racks are deleted only when nothing sits in them any more (NetBox: parents protected
 * from deletion); the refusal names what is left, in the reader's language, and a deletion is audited.
 */
@MicronautTest(transactional = false)
class LocationDeleteSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject Jdbc jdbc

    static String tag() { UUID.randomUUID().toString().take(6) }

    /** A site with one room, one rack in it, and whatever {@code fill} puts there. */
    Map location(String fill) {
        def calls = new Calls(server.URL)
        String token = users.token()
        String site = 'del-' + tag()
        assert calls.post('/api/sites', [id: site, name: "Trạm $site"], token).status == 201
        if (fill == 'nothing') {
            return [site: site]
        }
        long room = calls.post('/api/rooms', [siteId: site, name: 'Phòng máy', kind: 'server_room'], token).json.id
        if (fill == 'room') {
            return [site: site, room: room]
        }
        long rack = calls.post('/api/racks', [roomId: room, name: 'R' + tag(), heightU: 42], token).json.id
        if (fill == 'rack') {
            return [site: site, room: room, rack: rack]
        }
        def created = calls.post('/api/assets', [siteId: site, kind: 'server', name: 'Máy chủ', labelCode: 'DEL-' + tag().toUpperCase(), rackId: rack,
                                                 positionU: 1, heightU: 1], token)
        assert created.status == 201 : created.text
        def asset = created.json
        if (fill == 'monitored asset') {
            jdbc.update('device', "INSERT INTO monitored_device (id, site_id, asset_id, name, protocol) VALUES (?, ?, ?, 'UPS', 'snmp')",
                    'dev-' + tag(), site, asset.id)
        }
        [site: site, room: room, rack: rack, asset: asset.id]
    }

    def "deleting a #what holding #fill: #status #reason"() {
        given:
        def calls = new Calls(server.URL)
        def at = location(fill)
        String id = at[what]

        when: 'deleted over the API, the reader reading Vietnamese'
        def answer = calls.send('DELETE', "/api/${what}s/${id}", [Authorization: "Bearer ${users.token()}", Cookie: 'lang=vi'])

        then:
        answer.status == status
        status == 204 || answer.json.message.contains(reason)
        jdbc.list('still there', "SELECT COUNT(*) FROM ${what} WHERE id = ?".toString(), { it.getLong(1) }, id)[0] == (status == 204 ? 0L : 1L)

        and: 'a deletion is audited with what was there; a refusal changes nothing'
        jdbc.list('audit', "SELECT COUNT(*) FROM audit_event WHERE entity_type = ? AND entity_id = ? AND action = 'delete'",
                { it.getLong(1) }, what, id)[0] == (status == 204 ? 1L : 0L)

        where:
        what   | fill              || status | reason
        'site' | 'room'            || 409    | 'còn 1 phòng'
        'site' | 'rack'            || 409    | 'còn 1 phòng'
        'site' | 'nothing'         || 204    | ''
        'room' | 'rack'            || 409    | 'còn 1 tủ rack'
        'room' | 'room'            || 204    | ''
        'rack' | 'asset'           || 409    | 'còn 1 tài sản, trong đó 0 đang được giám sát'
        'rack' | 'monitored asset' || 409    | 'còn 1 tài sản, trong đó 1 đang được giám sát'
        'rack' | 'rack'            || 204    | ''
    }

    def "a site whose rooms are gone but an Internet link or an asset is left is still refused, in English for an English reader"() {
        given:
        def calls = new Calls(server.URL)
        String token = users.token()
        def at = location('nothing')
        assert calls.post('/api/isp-links', [siteId: at.site, provider: 'Viettel', probeTargets: '127.0.0.1:1'], token).status == 201

        when:
        def answer = calls.send('DELETE', "/api/sites/${at.site}", [Authorization: "Bearer $token", Cookie: 'lang=en'])

        then:
        answer.status == 409
        answer.json.message == "Site Trạm ${at.site} still has 1 Internet link(s): remove them first"
    }

    def "an unknown location is 404"() {
        expect:
        new Calls(server.URL).send('DELETE', path, [Authorization: "Bearer ${users.token()}"]).status == 404

        where:
        path << ['/api/sites/no-such-site', '/api/rooms/987654321', '/api/racks/987654321']
    }
}
