package vn.dcim.web.api.capacity

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.account.Role
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

import java.time.LocalDate
import java.time.format.DateTimeFormatter

/**
 * A spec of capacity planning on the running product: a site of its own with a server room (20 kW of cooling)
 * registered through the API once, then furnished by the spec ({@link #furnish}); people sign in by role.
 * {@link #place} holds what was made, as the API answered it.
 */
abstract class CapacitySpec extends CallsSpec {
    static final String HTML = 'text/html,*/*;q=0.8'

    @Inject @Client('/') HttpClient client
    @Inject TestUsers users

    @Shared Map place = [:]

    /** What the spec puts in the room, once: racks, equipment, history. */
    abstract void furnish()

    def setup() {
        if (place) {
            return
        }
        place.tag = UUID.randomUUID().toString().take(6).toUpperCase()
        place.site = 'cap-' + place.tag
        post('/api/sites', [id: place.site, name: 'TTTHDL Lào Cai'])
        place.room = post('/api/rooms', [siteId: place.site, name: 'Phòng máy chủ', kind: 'server_room', coolingCapacityKw: 20])
        furnish()
    }

    Map post(String uri, Map body) {
        client.toBlocking().retrieve(HttpRequest.POST(uri, body), Map)
    }

    /** A 42 U rack in the room's first row with this power budget. */
    Map rack(String name, int gridPosition, int powerBudgetKw) {
        post('/api/racks', [roomId: place.room.id, name: name, heightU: 42, gridRow: 1, gridPosition: gridPosition, powerBudgetKw: powerBudgetKw])
    }

    String token(Role role) {
        users.token(EnumSet.of(role))
    }

    /** The capacity page of the spec's site as the asset manager reads it in this language. */
    Calls.Answer capacityPage(String lang) {
        calls.get("/ui/capacity?site=${place.site}", token(Role.asset_manager), [Accept: HTML, 'Accept-Language': lang, Cookie: "lang=$lang"])
    }

    /** The page shows the forecast of this element id with the day it fills, written as dates are here. */
    void showsFullOn(Calls.Answer page, String forecastId, String fullOn) {
        assert page.status == 200
        assert page.text.contains("id=\"$forecastId\"")
        assert page.text.contains(LocalDate.parse(fullOn).format(DateTimeFormatter.ofPattern('dd/MM/yyyy')))
    }
}
