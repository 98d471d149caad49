package vn.dcim.web.api.deadletter

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.deadletter.DeadLetter
import vn.dcim.core.deadletter.DeadLetterReason
import vn.dcim.core.deadletter.DeadLetterStore

import java.time.Instant

@MicronautTest(transactional = false)
class DeadLetterApiSpec extends MariaDbSpec {

    @Inject
    @Client('/')
    HttpClient client
    @Inject
    DeadLetterStore store

    def setup() {
        if (store.count(null) == 0) {
            def t = Instant.parse('2026-11-22T08:00:00Z')
            store.append([
                    DeadLetter.of(t, DeadLetterReason.not_json, 'Unrecognized token', 'dcim/demo/door/door-1/access', 'hello'.bytes),
                    DeadLetter.of(t.plusSeconds(1), DeadLetterReason.topic, 'no channel', 'dcim/demo/door/door-1/x', ('y' * 5000).bytes),
                    DeadLetter.of(t.plusSeconds(2), DeadLetterReason.unknown_device, 'no device', 'dcim/demo/door/d-9/access', '{}'.bytes),
            ])
        }
    }

    def "dead letters are listed newest first with reason, topic, payload and time"() {
        when:
        Map page = client.toBlocking().retrieve('/api/dead-letters', Map)

        then:
        page.count == 3
        page.results*.reason == ['unknown_device', 'topic', 'not_json']
        with(page.results[2]) {
            topic == 'dcim/demo/door/door-1/access'
            payload == 'hello'
            detail == 'Unrecognized token'
            receivedTime == '2026-11-22T08:00:00Z'
            !truncated
        }
        with(page.results[1]) {
            payload.length() == 4096
            payloadSize == 5000
            truncated
        }
    }

    def "dead letters can be listed by reason and counted per reason"() {
        expect:
        client.toBlocking().retrieve('/api/dead-letters?reason=topic', Map).count == 1

        when:
        Map counts = client.toBlocking().retrieve('/api/dead-letters/counts', Map)

        then:
        counts.count == 3
        counts.stored == [topic: 1, not_json: 1, schema: 0, unknown_device: 1, time: 0, dialect: 0]
        counts.sinceStart.keySet() == ['topic', 'not_json', 'schema', 'unknown_device', 'time', 'dialect'] as Set
    }
}
