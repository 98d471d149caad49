package vn.dcim.web.api.error

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Instant

/**
 * A refusal is told in the reader's language: the same refused request answers the same
 * status in Vietnamese and in English, the Vietnamese text is Vietnamese (not the English one, no
 * message key shown instead of a text) and the field at fault is still named.
 */
@MicronautTest(transactional = false)
class RefusalLanguageSpec extends MariaDbSpec {
    /** Letters only Vietnamese writes: a text without any is not Vietnamese. */
    static final java.util.regex.Pattern VIETNAMESE = ~/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/

    @Inject EmbeddedServer server
    @Inject TestUsers users

    Calls.Answer ask(String method, String path, Object body, String lang) {
        new Calls(server.URL).send(method, path, [Authorization: "Bearer ${users.token()}".toString(), Cookie: "lang=$lang".toString()],
                body instanceof Closure ? body() : body)
    }

    def "#family: #method #path is refused with #status in Vietnamese and in English"() {
        when:
        def vi = ask(method, path, body, 'vi')
        def en = ask(method, path, body, 'en')

        then: 'the same refusal in both languages'
        vi.status == status
        en.status == status

        and: 'the Vietnamese text is Vietnamese, not the English one, and no key is shown in place of a text'
        String said = vi.json.message
        said != en.json.message
        (said =~ VIETNAMESE).find()
        !(said =~ /\b(error|noun|enum)\.[a-z]/).find()
        !(en.json.message =~ /\b(error|noun|enum)\.[a-z]/).find()

        and: 'a refused field is named in both answers'
        field == null || (vi.text.contains(field) && en.text.contains(field))

        where:
        family         | method | path                                                           | body                                                                  | status | field
        'assets'       | 'GET'  | '/api/assets/987654'                                           | null                                                                  | 404    | null
        'assets'       | 'GET'  | '/api/assets/export?format=doc'                                | null                                                                  | 422    | 'format'
        'assets'       | 'POST' | '/api/assets/987654/status'                                    | [status: 'in_service', reason: 'kiểm kê']                           | 404    | null
        'devices'      | 'GET'  | '/api/devices/no-such-device'                                  | null                                                                  | 404    | null
        'devices'      | 'POST' | '/api/devices/scan'                                            | [cidr: '10.20.0.0/8', community: 'public']                            | 422    | 'cidr'
        'licences'     | 'GET'  | '/api/software-assets/987654'                                  | null                                                                  | 404    | null
        'alarms'       | 'GET'  | '/api/alarms?state=bogus'                                      | null                                                                  | 422    | 'state'
        'alarm rules'  | 'GET'  | '/api/alarm-rules/no-such-rule'                                | null                                                                  | 404    | null
        'incidents'    | 'GET'  | '/api/incidents?limit=9999'                                    | null                                                                  | 422    | 'limit'
        'incidents'    | 'GET'  | '/api/incidents?limit=50&offset=-50'                           | null                                                                  | 422    | 'offset'
        'notifications'| 'GET'  | '/api/notifications?limit=50&offset=-50'                       | null                                                                  | 422    | 'offset'
        'incidents'    | 'GET'  | '/api/incidents/987654'                                        | null                                                                  | 404    | null
        'work orders'  | 'POST' | '/api/work-orders/987654/status'                               | [status: 'done']                                                      | 404    | null
        'users'        | 'POST' | '/api/users'                                                   | [username: 'nv.lan', roles: ['chief'], password: 'Mat-khau#2026x']    | 422    | 'roles'
        'accounts'     | 'POST' | '/api/accounts/987654/reactivate'                              | null                                                                  | 404    | null
        'compliance'   | 'GET'  | '/api/compliance/R-003-99.9/history'                           | null                                                                  | 404    | null
        'compliance'   | 'POST' | '/api/compliance-tasks/987654/done'                            | [:]                                                                   | 404    | null
        'schedules'    | 'PUT'  | '/api/schedules/expiry-warnings'                               | [cron: 'not a cron!!', enabled: true]                                 | 422    | 'cron'
        'backups'      | 'POST' | '/api/backup-datasets/987654/copies'                           | { [takenAt: Instant.now().toString(), location: 'Tủ A', verified: true] } | 404 | null
        'readings'     | 'GET'  | '/api/readings/time-in-state?device=ups-1&metric=x&maxGap=soon' | null                                                                 | 422    | 'maxGap'
        'reports'      | 'GET'  | '/api/reports/equipment?period=2026-Q9'                        | null                                                                  | 422    | 'period'
        'MQTT'         | 'POST' | '/api/mqtt-credentials'                                        | [username: 'ups-lang', topicScope: 'zigbee2mqtt/#']                    | 422    | 'topicScope'
        'no route'     | 'GET'  | '/api/no-such-thing'                                           | null                                                                  | 404    | null
        'no method'    | 'PATCH' | '/api/alarms'                                                 | [:]                                                                   | 405    | null
    }

    def "a field refused by its constraint (#constraint) is told in Vietnamese and in English, naming the field"() {
        given: 'a copy of a backup: every field valid but the one broken'
        Map body = [takenAt: Instant.now().toString(), location: 'Tủ A', verified: true, note: null] + broken

        when:
        def vi = ask('POST', '/api/backup-datasets/987654/copies', body, 'vi')
        def en = ask('POST', '/api/backup-datasets/987654/copies', body, 'en')

        then:
        vi.status == 422
        en.status == 422
        vi.json.fields*.field == [field]
        vi.json.fields[0].message == saidVi
        en.json.fields[0].message == saidEn

        where:
        constraint      | broken                                    || field      | saidVi                                      | saidEn
        'NotBlank'      | [location: ' ']                           || 'location' | 'không được để trống'                       | 'must not be blank'
        'NotNull'       | [verified: null]                          || 'verified' | 'là bắt buộc'                               | 'is required'
        'Size'          | [location: 'x' * 201]                     || 'location' | 'tối đa 200 ký tự'                          | 'at most 200 characters'
        'PlausibleTime' | [takenAt: '2031-01-01T00:00:00Z']         || 'takenAt'  | 'phải trong khoảng từ 2000-01-01 đến 1 ngày sau hôm nay' | 'must be between 2000-01-01 and 1 days from now'
        'unreadable'    | [takenAt: 'hôm qua']                      || 'takenAt'  | 'không đọc được giá trị: sai kiểu dữ liệu hoặc sai định dạng' | 'the value cannot be read: wrong type or form'
    }
}
