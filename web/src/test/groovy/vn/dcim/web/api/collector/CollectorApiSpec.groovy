package vn.dcim.web.api.collector

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.db.Jdbc
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/**
 * The administrator assigns a remote site to a collector over the API (no SQL by hand);
 * the collector's devices are counted, a move is audited, and wrong requests are refused in the
 * reader's language.
 */
@MicronautTest(transactional = false)
class CollectorApiSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject Jdbc jdbc

    def "a site assigned, moved to another collector, refused back from the wrong one, then given back"() {
        given: 'a remote site with two SNMP devices'
        def calls = new Calls(server.URL)
        String admin = users.adminToken()
        assert calls.post('/api/sites', [id: 'tram-xa', name: 'Trạm xa'], users.token()).status == 201
        ['ups-xa', 'pdu-xa'].each {
            jdbc.update('device', "INSERT INTO monitored_device (id, site_id, name, protocol, host, port, snmp_version) VALUES (?, 'tram-xa', ?, 'snmp', '10.0.0.5', 161, '2c')", it, it)
        }

        when:
        def assigned = calls.send('PUT', '/api/collectors/kv-bac/sites/tram-xa', [Authorization: "Bearer $admin"])
        def listed = calls.get('/api/collectors', admin).json

        then:
        assigned.status == 204
        listed.collect { [it.id, it.sites, it.devices, it.lastBatchAt] } == [['kv-bac', ['tram-xa'], 2, null]]

        when: 'moved to the other collector'
        calls.send('PUT', '/api/collectors/kv-nam/sites/tram-xa', [Authorization: "Bearer $admin"])

        then:
        calls.get('/api/collectors', admin).json.collect { [it.id, it.sites] } == [['kv-nam', ['tram-xa']]]
        audits('assign') == [[null, 'kv-bac'], ['kv-bac', 'kv-nam']]

        when: 'given back by a name that does not hold it'
        def refused = calls.send('DELETE', '/api/collectors/kv-bac/sites/tram-xa', [Authorization: "Bearer $admin", Cookie: 'lang=vi'])

        then:
        refused.status == 409
        refused.json.message.contains('do bộ thu thập kv-nam thu thập')

        when:
        def back = calls.send('DELETE', '/api/collectors/kv-nam/sites/tram-xa', [Authorization: "Bearer $admin"])

        then:
        back.status == 204
        calls.get('/api/collectors', admin).json == []
        audits('unassign') == [['kv-nam', null]]
    }

    def "#request is refused with #status"() {
        expect:
        new Calls(server.URL).send(method, path, [Authorization: "Bearer ${users.adminToken()}"]).status == status

        where:
        request                                  | method   | path                                          || status
        'an unknown site'                        | 'PUT'    | '/api/collectors/kv-bac/sites/khong-co'        || 404
        'a collector name unfit for a topic'     | 'PUT'    | '/api/collectors/kv%2Bbac/sites/khong-co'      || 422
        'a site that no collector holds'         | 'DELETE' | '/api/collectors/kv-bac/sites/khong-co'        || 404
    }

    List<List<String>> audits(String action) {
        jdbc.list('audit', "SELECT before_json, after_json FROM audit_event WHERE entity_type = 'site-collector' AND action = ? ORDER BY id",
                { [it.getString(1), it.getString(2)].collect { s -> s == null || s == 'null' ? null : s.replace('"', '') } }, action)
    }
}
