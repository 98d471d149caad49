package vn.dcim.web.api.access

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Shared
import vn.dcim.core.access.AccessDirection
import vn.dcim.core.access.AccessEvent
import vn.dcim.core.access.AccessLog
import vn.dcim.core.access.AccessResult
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant

@MicronautTest(transactional = false)
class AccessEventApiSpec extends MariaDbSpec {

    @Inject
    @Client('/')
    HttpClient client
    @Inject
    AccessLog log

    @Shared
    Instant t0 = Instant.parse('2026-11-22T08:00:00Z')

    def setup() {
        if (log.count(vn.dcim.core.access.AccessEventFilter.all()) == 0) {
            log.append([
                    event('door-1', 'e-1', 'Nguyễn Văn A', AccessResult.granted, 0),
                    event('door-1', 'e-2', 'Trần Thị B', AccessResult.denied, 60),
                    event('door-2', 'e-1', 'Nguyễn Văn A', AccessResult.granted, 120),
                    event('door-2', 'e-2', 'Lê Văn C', AccessResult.granted, 180),
            ])
        }
    }

    def "#query lists #expected"() {
        when:
        Map page = client.toBlocking().retrieve("/api/access-events${query}", Map)

        then:
        page.count == count
        page.results*.messageId.withIndex().collect { m, i -> "${page.results[i].door}/${m}" } == expected

        where:
        query                                                         || count | expected
        ''                                                            || 4     | ['door-2/e-2', 'door-2/e-1', 'door-1/e-2', 'door-1/e-1']
        '?door=door-1'                                                || 2     | ['door-1/e-2', 'door-1/e-1']
        '?result=denied'                                              || 1     | ['door-1/e-2']
        '?person=V%C4%83n%20A'                                        || 2     | ['door-2/e-1', 'door-1/e-1']
        '?person=nguyen%20van%20a'                                    || 2     | ['door-2/e-1', 'door-1/e-1']
        '?person=TRAN%20THI'                                          || 1     | ['door-1/e-2']
        '?from=2026-11-22T08:01:00Z&to=2026-11-22T08:03:00Z'          || 2     | ['door-2/e-1', 'door-1/e-2']
        '?limit=1&offset=1'                                           || 4     | ['door-2/e-1']
    }

    def "a page links to its neighbours and shows both times"() {
        when:
        Map page = client.toBlocking().retrieve('/api/access-events?limit=2&offset=1', Map)

        then:
        page.next.contains('offset=3')
        page.previous.contains('offset=0')
        with(page.results[0]) {
            display == 'Nguyễn Văn A granted at door-2'
            result == 'granted'
            direction == 'in'
            deviceTime == '2026-11-22T08:02:00Z'
            receivedTime == '2026-11-22T08:02:01Z'
        }
    }

    def "#query is refused naming #field"() {
        when:
        client.toBlocking().retrieve("/api/access-events${query}", Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == 422
        e.response.getBody(Map).get().fields*.field.contains(field)

        where:
        query            || field
        '?result=maybe'  || 'result'
        '?limit=0'       || 'limit'
        '?from=noon'     || 'from'
    }

    private AccessEvent event(String door, String id, String person, AccessResult result, int second) {
        new AccessEvent(null, door, id, 'demo', result, 'B' + second, person, AccessDirection.in,
                t0.plusSeconds(second), t0.plusSeconds(second + 1))
    }
}
