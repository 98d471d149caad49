package vn.dcim.web.api.alarm

import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec

import java.time.Instant

@MicronautTest(transactional = false)
class AlarmApiSpec extends MariaDbSpec {

    @Inject
    @Client('/')
    HttpClient client

    @Inject
    ReadingSink sink

    def "a forced door is in the API at once, acknowledged over HTTP and cleared when the door is normal again"() {
        given:
        def door = 'door-' + UUID.randomUUID().toString().take(8)
        def http = client.toBlocking()

        and: 'a warm system: the rules seeded and the HTTP client connected, as on a running site'
        sink.record([Reading.of(Instant.now(), 'warm-up', 'door.forced', '0', 0, null)])
        http.retrieve('/api/alarms', Map)

        when:
        long t0 = System.nanoTime()
        sink.record([Reading.of(Instant.now(), door, 'door.forced', '0', 1, null)])
        def open = http.retrieve('/api/alarms?state=open&limit=1000', Map).results.find { it.source == door }
        long elapsedMs = (System.nanoTime() - t0).intdiv(1_000_000)

        then:
        open.ruleId == 'door-forced'
        open.severity == 'critical'
        open.article == 'Art. 6.6'
        elapsedMs < 1000

        when:
        def acked = http.retrieve(HttpRequest.POST("/api/alarms/${open.id}/ack", [by: 'operator-1', note: 'guard sent']), Map)

        then:
        acked.acknowledgedBy == 'spec-all'
        http.retrieve('/api/alarms?state=acknowledged&limit=1000', Map).results*.id.contains(open.id)

        when:
        sink.record([Reading.of(Instant.now(), door, 'door.forced', '0', 0, null)])

        then:
        http.retrieve("/api/alarms/${open.id}", Map).clearedAt != null
        http.retrieve('/api/alarms?state=cleared&limit=1000', Map).results*.id.contains(open.id)
    }

    def "a bad request names the field: #uri"() {
        when:
        client.toBlocking().exchange(request, Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status.code == status

        where:
        request                                                   || status
        HttpRequest.GET('/api/alarms?state=burning')              || 422
        HttpRequest.GET('/api/alarms/999999999')                  || 404
        HttpRequest.POST('/api/alarms/999999999/ack', [by: 'op']) || 404
        uri = request.uri.toString()
    }
}
