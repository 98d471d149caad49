package vn.dcim.web.testing

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient

/**
 * Seeding through the API as the signed-in client posts, each answer's JSON as a map: a site of the spec's own (its
 * id a prefix and a random tag, so specs sharing a schema never meet) with a server room in it.
 */
class ApiSeed {
    private final HttpClient client

    ApiSeed(HttpClient client) {
        this.client = client
    }

    Map post(String uri, Map body) {
        client.toBlocking().retrieve(HttpRequest.POST(uri, body), Map)
    }

    /** The site named so, and its server room "Phòng máy chủ" with these further fields: {@code [tag, site, room]}. */
    Map serverRoom(String prefix, String siteName, Map roomFields = [:]) {
        String tag = UUID.randomUUID().toString().take(6).toUpperCase()
        String site = prefix + tag
        post('/api/sites', [id: site, name: siteName])
        [tag: tag, site: site, room: post('/api/rooms', [siteId: site, name: 'Phòng máy chủ', kind: 'server_room'] + roomFields)]
    }
}
