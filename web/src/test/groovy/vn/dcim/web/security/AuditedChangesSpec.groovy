package vn.dcim.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.CallsSpec
import vn.dcim.web.testing.TestUsers

/**
 * Art. 16, 21: changes to what raises alarms, when duties run and who is told are in the audit log,
 * under the signed-in account that made them.
 */
@MicronautTest(transactional = false)
class AuditedChangesSpec extends CallsSpec {
    @Inject TestUsers users

    @Override
    Map<String, String> extraProperties() { ['dcim.scheduler.enabled': 'true'] }

    List<Map> audit(String entityType, String actor) {
        calls.get("/api/audit-events?entityType=${entityType}&actor=${actor}&limit=50", users.adminToken()).json.results as List<Map>
    }

    def "#what is audited as #entityType #action by #role"() {
        given:
        String token = users.token(EnumSet.of(role))
        String actor = users.account(EnumSet.of(role))

        when:
        def answer = change(calls, token)

        then:
        answer.status in [200, 201, 202]
        audit(entityType, actor)*.action.contains(action)

        where:
        what                          | role             | entityType               | action    | change
        'an alarm rule change'        | Role.supervisor  | 'alarm-rule'             | 'update'  | { Calls c, String t ->
            def rule = c.get('/api/alarm-rules', t).json.find { it.kind == 'above' }
            c.send('PUT', "/api/alarm-rules/${rule.id}", [Authorization: "Bearer $t"], rule + [trigger: rule.trigger + 1])
        }
        'a schedule change'           | Role.supervisor  | 'schedule'               | 'update'  | { Calls c, String t ->
            c.send('PUT', '/api/schedules/expiry-warnings', [Authorization: "Bearer $t"], [cron: '0 45 7 * * ?', enabled: true])
        }
        'a duty run by hand'          | Role.supervisor  | 'schedule'               | 'run-now' | { Calls c, String t ->
            c.post('/api/schedules/expiry-warnings/run', [:], t)
        }
        'a new notification recipient'| Role.admin       | 'notification-recipient' | 'create'  | { Calls c, String t ->
            c.post('/api/notification-recipients', [name: 'Trưởng phòng', role: 'leader', channel: 'email',
                                                   address: 'truongphong@example.vn', minSeverity: 'major', enabled: true], t)
        }
        'a new outbound host'         | Role.admin       | 'outbound-host'          | 'create'  | { Calls c, String t ->
            c.post('/api/outbound-hosts', [host: 'hooks-' + UUID.randomUUID().toString().take(6) + '.example.vn', port: 443], t)
        }
    }
}
