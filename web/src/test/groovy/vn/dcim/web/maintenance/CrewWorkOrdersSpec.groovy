package vn.dcim.web.maintenance

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.maintenance.WorkOrderPlanner
import vn.dcim.core.maintenance.WorkOrderRepository
import vn.dcim.core.maintenance.WorkOrderStatus
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.web.testing.Calls
import vn.dcim.web.testing.TestUsers

import java.time.Instant

/** Art. 16.1: a maintenance technician sees and works the orders of their own crew, and cannot sign them off. */
@MicronautTest(transactional = false)
class CrewWorkOrdersSpec extends MariaDbSpec {
    @Inject EmbeddedServer server
    @Inject TestUsers users
    @Inject WorkOrderPlanner planner
    @Inject WorkOrderRepository orders

    @Override
    Map<String, String> extraProperties() { ['dcim.demo.enabled': 'true', 'dcim.demo.agents.enabled': 'false'] }

    def "a technician of crew A sees A's and unassigned orders, takes one for A, and may not touch B's or sign off"() {
        given: 'two planned orders; the supervisor gives one to crew B'
        def calls = new Calls(server.URL)
        // the first run plans from its day on (never back-dates): run it days before a quarter's due date
        def day = java.time.LocalDate.now().plusMonths(1).withDayOfMonth(10)
        while (day.monthValue % 3 != 0) { day = day.plusMonths(1) }
        planner.planUpTo(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        def planned = orders.findAllOrderByDueDate().findAll { it.status() == WorkOrderStatus.planned }
        assert planned.size() >= 2
        def (forB, open) = [planned[0], planned[1]]
        String supervisor = users.token(EnumSet.of(Role.supervisor))
        assert calls.post("/api/work-orders/${forB.id()}/status", [status: 'assigned', crew: 'Tổ B'], supervisor).status == 200

        and: 'a technician of crew A, with the first password changed'
        assert calls.post('/api/users', [username: 'kt.an', roles: ['maintenance'], password: 'First-Pass#1234', crew: 'Tổ A'],
                users.adminToken()).status == 201
        String first = users.login('kt.an', 'First-Pass#1234').access_token
        calls.post('/api/me/password', [currentPassword: 'First-Pass#1234', newPassword: 'Own-Choice#5678'], first)
        String technician = users.login('kt.an', 'Own-Choice#5678').access_token

        when:
        def seen = calls.get('/api/work-orders?limit=1000', technician).json.results
        def taken = calls.post("/api/work-orders/${open.id()}/status", [status: 'assigned', crew: 'Tổ B'], technician)
        def others = calls.post("/api/work-orders/${forB.id()}/status", [status: 'in_progress'], technician)
        calls.post("/api/work-orders/${open.id()}/status", [status: 'in_progress'], technician)
        calls.post("/api/work-orders/${open.id()}/status", [status: 'done', notes: 'xong'], technician)
        def signOff = calls.post("/api/work-orders/${open.id()}/status", [status: 'verified'], technician)

        then:
        !seen.any { it.crew == 'Tổ B' }
        seen.any { it.id == open.id() }
        taken.status == 200
        taken.json.crew == 'Tổ A'
        others.status == 403
        signOff.status == 403
        calls.post("/api/work-orders/${open.id()}/status", [status: 'verified'], supervisor).status == 200
    }

    def "a supervisor who did the work is refused the sign-off with 409, told in the reader's language"() {
        given: 'an order the supervisor started and finished, with readings given on the form'
        def calls = new Calls(server.URL)
        def day = java.time.LocalDate.now().plusMonths(1).withDayOfMonth(10)
        planner.planUpTo(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        def order = orders.findAllOrderByDueDate().find { it.status() == WorkOrderStatus.planned }
        String lead = users.token(EnumSet.of(Role.supervisor))
        assert calls.post("/api/work-orders/${order.id()}/status", [status: 'assigned', crew: 'Tổ C'], lead).status == 200
        assert calls.post("/api/work-orders/${order.id()}/status", [status: 'in_progress', readings: []], lead).status == 200
        def done = calls.post("/api/work-orders/${order.id()}/status", [status: 'done', notes: 'xong', readings: []], lead)

        when:
        def vi = calls.post("/api/work-orders/${order.id()}/status", [status: 'verified'], lead)
        def en = calls.post("/api/work-orders/${order.id()}/status", [status: 'verified'], lead, [Cookie: 'lang=en'])
        def badReading = calls.post("/api/work-orders/${order.id()}/status",
                [status: 'in_progress', readings: [[deviceId: 'not-this-one', metric: 'x', value: 1]]], lead)

        then:
        done.json.finishedBy == 'spec-supervisor'
        !done.json.readingsAfter // none: the form was empty (an empty list is left out of the JSON)
        done.json.dueDate >= java.time.LocalDate.now().toString()
        vi.status == 409
        vi.json.message.contains('người khác phải nghiệm thu')
        en.status == 409
        en.json.message.contains('another person signs it off')
        badReading.status == 422
        badReading.json.fields*.field == ['readings']
    }
}
