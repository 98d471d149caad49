package vn.dcim.web.api.records

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.db.Jdbc
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

/** Art. 12.1: the records repository by record type, written by a supervisor, audited, read back by type. */
@MicronautTest(transactional = false)
class RecordApiSpec extends MariaDbSpec {
    @Inject Jdbc jdbc
    @Inject TestUsers users
    @Inject io.micronaut.runtime.server.EmbeddedServer server

    Calls calls

    def setup() {
        calls = new Calls(server.URL)
        jdbc.update('clear', 'DELETE FROM kept_record')
    }

    static Map record(Map m = [:]) {
        [recordType: 'i', title: 'Nhật ký vận hành hệ thống quý IV/2026', periodFrom: '2026-10-01', periodTo: '2026-12-31',
         storedAt: 'Tủ hồ sơ P.201, ngăn 3', responsible: 'Nguyễn Văn Bình', retentionYears: 5] + m
    }

    def "a supervisor registers a record; it is listed by type and its creation is audited with the signed-in name"() {
        given:
        def token = users.token([Role.supervisor] as Set)

        when:
        def created = calls.post('/api/records', record(), token)
        calls.post('/api/records', record(recordType: 'dd', title: 'Hồ sơ quản trị hệ thống', periodTo: null), token)
        def ofI = calls.get('/api/records?type=i', token)
        def ofDd = calls.get('/api/records?type=dd', token)
        def one = calls.get("/api/records/${created.json.id}", token)
        def audited = jdbc.list('audit', "SELECT actor, action FROM audit_event WHERE entity_type = 'record' AND entity_id = ?",
                { rs -> [rs.getString(1), rs.getString(2)] } as Jdbc.Row, String.valueOf(created.json.id))

        then:
        created.status == 201
        created.json.recordType == 'i'
        created.json.periodFrom == '2026-10-01'
        created.json.retentionYears == 5
        ofI.json*.title == ['Nhật ký vận hành hệ thống quý IV/2026']
        ofDd.json*.periodTo == [null]
        one.json.storedAt == 'Tủ hồ sơ P.201, ngăn 3'
        audited.size() == 1
        audited[0][1] == 'create'
        audited[0][0] == one.json.createdBy
    }

    def "bad input is refused with #status, never a 500: #situation"() {
        when:
        def answer = calls.post('/api/records', body, users.token([Role.supervisor] as Set))

        then:
        answer.status == status
        answer.text.contains(field)

        where:
        situation                   | body                                                     || status | field
        'an unknown record type'    | record(recordType: 'z')                                  || 422    | 'recordType'
        'no title'                  | record(title: '')                                        || 422    | 'title'
        'no storage place'          | record(storedAt: null)                                   || 422    | 'storedAt'
        'no responsible person'     | record(responsible: ' ')                                 || 422    | 'responsible'
        'retention of 0 years'      | record(retentionYears: 0)                                || 422    | 'retentionYears'
        'the period ends first'     | record(periodFrom: '2026-12-31', periodTo: '2026-01-01') || 422    | 'periodFrom'
        'not a date'                | record(periodFrom: 'yesterday')                          || 422    | 'periodFrom'
    }

    def "an unknown type in the filter is refused (422); an unknown id is a 404"() {
        given:
        def token = users.token([Role.auditor] as Set)

        expect:
        calls.get('/api/records?type=zz', token).status == 422
        calls.get('/api/records/987654', token).status == 404
    }

    def "the auditor reads the register but cannot write to it"() {
        given:
        def token = users.token([Role.auditor] as Set)

        expect:
        calls.get('/api/records', token).status == 200
        calls.post('/api/records', record(), token).status == 403
    }
}
