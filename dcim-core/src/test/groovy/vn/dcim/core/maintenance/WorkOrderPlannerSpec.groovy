package vn.dcim.core.maintenance

import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.asset.Asset
import vn.dcim.core.asset.AssetKind
import vn.dcim.core.asset.AssetRepository
import vn.dcim.core.asset.AssetStatus
import vn.dcim.core.asset.Criticality
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.audit.AuditEventRepository
import vn.dcim.core.error.ConflictException
import vn.dcim.core.error.NotAllowedException
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.RecordingAlarms

import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset

@MicronautTest(transactional = false)
class WorkOrderPlannerSpec extends MariaDbSpec {

    @Inject WorkOrderPlanner planner
    @Inject WorkOrders workOrders
    @Inject WorkOrderRepository orders
    @Inject MaintenancePlanRepository plans
    @Inject MaintenancePlanLoader loader
    @Inject AssetRepository assets
    @Inject SiteRepository sites
    @Inject MonitoredDeviceRepository devices
    @Inject ReadingSink sink
    @Inject AuditEventRepository auditEvents
    @Inject vn.dcim.core.alarm.MaintenanceWindows windows

    RecordingAlarms alarms = new RecordingAlarms()

    @MockBean(AlarmRaiser)
    AlarmRaiser recordingAlarms() { alarms }

    static Instant at(LocalDate d) { d.atTime(5, 0).toInstant(ZoneOffset.UTC) }

    void seedSite() {
        if (sites.existsById('mt')) return
        sites.save(new Site('mt', 'Maintenance site', null, null))
        [[AssetKind.ups, 'UPS-A'], [AssetKind.ups, 'UPS-B'], [AssetKind.generator, 'GEN'],
         [AssetKind.precision_cooling, 'CRAC-A'], [AssetKind.precision_cooling, 'CRAC-B']].each { kind, name ->
            assets.save(new Asset(null, 'mt', null, null, null, null, null, kind, name, 'MT-' + name, null, null, null,
                    AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
        }
        loader.loadDefaults()
    }

    def "a year of daily planning runs creates each plan's work orders once per due date"() {
        given:
        seedSite()

        when: 'the duty runs every day of 2026, in seconds'
        for (def d = LocalDate.of(2026, 1, 1); d.year == 2026; d = d.plusDays(1)) {
            planner.planUpTo(at(d))
        }
        def in2026 = orders.findAll().findAll { it.dueDate().year == 2026 }
        def byPlan = in2026.groupBy { o -> plans.findById(o.planId()).get().code() }.collectEntries { k, v -> [k, v.size()] }

        then:
        byPlan == ['generator-load-test': 12, 'ups-battery-test': 4, 'cooling-filter': 8, 'whole-system-yearly': 1,
                   'generator-service': 1]

        when: 'running it again changes nothing'
        def before = orders.count()
        planner.planUpTo(at(LocalDate.of(2026, 12, 31)))

        then:
        orders.count() == before
    }

    def "a work order moves #from -> #to: #allowed"() {
        expect:
        from.canGoTo(to) == allowed

        where:
        from                        | to                          || allowed
        WorkOrderStatus.planned     | WorkOrderStatus.assigned    || true
        WorkOrderStatus.planned     | WorkOrderStatus.in_progress || false
        WorkOrderStatus.assigned    | WorkOrderStatus.in_progress || true
        WorkOrderStatus.in_progress | WorkOrderStatus.done        || true
        WorkOrderStatus.done        | WorkOrderStatus.verified    || true
        WorkOrderStatus.verified    | WorkOrderStatus.cancelled   || false
        WorkOrderStatus.in_progress | WorkOrderStatus.cancelled   || true
        WorkOrderStatus.cancelled   | WorkOrderStatus.planned     || false
    }

    def "starting and finishing capture the equipment's readings (Art. 14.4), and an overdue order raises its alarm"() {
        given:
        seedSite()
        def ups = assets.findBySiteIdOrderByName('mt').find { it.name() == 'UPS-A' }
        devices.save(MonitoredDevice.snmpV2c('mt-ups-a', 'mt', ups.id(), 'UPS-A', '127.0.0.1', 161, 'public'))
        sink.record([Reading.of(Instant.now(), 'mt-ups-a', 'ups.battery.charge', '0', 97, '%')])
        planner.planUpTo(at(LocalDate.of(2027, 6, 10)))
        def order = orders.findAll().find { it.assetId() == ups.id() && it.dueDate() == LocalDate.of(2027, 6, 15) }

        when: 'it is not done in time'
        planner.flagOverdue(at(LocalDate.of(2027, 6, 20)))

        then:
        alarms.isActive("work-order-${order.id()}", 'maintenance.overdue')

        when: 'the crew does it'
        def technician = new Worker('kt.an', 'Tổ kỹ thuật A', false)
        workOrders.move(order.id(), WorkOrderStatus.assigned, 'Tổ kỹ thuật B', null, null, technician)
        workOrders.move(order.id(), WorkOrderStatus.in_progress, null, null, null, technician)
        def suppressedDuringWork = windows.isUnderMaintenance('mt-ups-a', Instant.now().plusSeconds(1))
        sink.record([Reading.of(Instant.now().plusSeconds(1), 'mt-ups-a', 'ups.battery.charge', '0', 88, '%')])
        def done = workOrders.move(order.id(), WorkOrderStatus.done, null, 'Đã thay 2 bình', 'Đo điện áp: ok', technician)
        def rows = workOrders.readingsOf(order.id())

        then: 'a technician takes the order for their own crew, whatever crew they name'
        done.crew() == 'Tổ kỹ thuật A'
        rows.collect { [it.phase().name(), it.metric(), it.value(), it.unit(), it.source().name()] } ==
                [['before', 'ups.battery.charge', 97d, '%', 'device'], ['after', 'ups.battery.charge', 88d, '%', 'device']]
        rows[0].readAt() < rows[1].readAt()
        done.startedAt() && done.finishedAt()

        and: 'the overdue alarm ended with the work, before any daily run'
        !alarms.isActive("work-order-${order.id()}", 'maintenance.overdue')

        and: 'while the work was in progress the equipment\'s alarms were suppressed, and no longer are'
        suppressedDuringWork
        !windows.isUnderMaintenance('mt-ups-a', Instant.now().plusSeconds(2))

        when: 'the technician tries to sign their own work off'
        workOrders.move(order.id(), WorkOrderStatus.verified, null, null, null, technician)

        then:
        thrown(NotAllowedException)

        when: 'a wrong move'
        workOrders.move(order.id(), WorkOrderStatus.assigned, null, null, null, new Worker('ts.binh', null, true))

        then:
        def e = thrown(ConflictException)
        e.field() == 'status'
    }

    def "a technician may not work another crew's order; a supervisor signs off and the move is audited"() {
        given:
        seedSite()
        def ups = assets.findBySiteIdOrderByName('mt').find { it.name() == 'UPS-B' }
        planner.planUpTo(at(LocalDate.of(2027, 6, 10)))
        def order = orders.findAll().find { it.assetId() == ups.id() && it.status() == WorkOrderStatus.planned }
        workOrders.move(order.id(), WorkOrderStatus.assigned, null, null, null, new Worker('kt.an', 'Tổ A', false))

        when:
        workOrders.move(order.id(), WorkOrderStatus.in_progress, null, null, null, new Worker('kt.cuong', 'Tổ B', false))

        then:
        thrown(NotAllowedException)

        when:
        workOrders.move(order.id(), WorkOrderStatus.in_progress, null, null, null, new Worker('kt.an', 'Tổ A', false))
        workOrders.move(order.id(), WorkOrderStatus.done, null, 'xong', null, new Worker('kt.an', 'Tổ A', false))
        def verified = workOrders.move(order.id(), WorkOrderStatus.verified, null, null, null, new Worker('ts.binh', null, true))

        then:
        verified.status() == WorkOrderStatus.verified
        auditEvents.findByEntityTypeAndEntityIdOrderById('work-order', "${order.id()}")*.actor
                == ['kt.an', 'kt.an', 'kt.an', 'ts.binh']
    }

    def "the first planning run for a piece of equipment starts at its next due date, never back-dates, and says so"() {
        given: 'a monthly plan for one generator the product has just been told about'
        seedSite()
        def gen = assets.save(new Asset(null, 'mt', null, null, null, null, null, AssetKind.generator, 'GEN-NEW', 'MT-GEN-NEW',
                null, null, null, AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
        def plan = plans.save(new MaintenancePlan(null, 'first-run', 'First run', null, gen.id(), 1, 7, 'check', 'Art. 14.3', null))

        when: 'the first run is five days after the 15th'
        def first = planner.plan(at(LocalDate.of(2027, 3, 20)))
        def overdue = planner.flagOverdue(at(LocalDate.of(2027, 3, 20)))

        then: 'no order for March 15 (it would be overdue at once), and the run names where it starts'
        orders.findByPlanId(plan.id()).isEmpty()
        first.firstRuns().contains("first-run #${gen.id()} from 2027-04-15".toString())
        first.describe().contains('nothing back-dated')
        !alarms.raised.any { it.source().startsWith('work-order-') && orders.findById(it.source().substring(11) as long)
                .map { o -> o.planId() == plan.id() }.orElse(false) }

        when: 'the April order comes within its lead time, and May\'s after that'
        planner.plan(at(LocalDate.of(2027, 4, 9)))
        def later = planner.plan(at(LocalDate.of(2027, 5, 9)))

        then:
        orders.findByPlanId(plan.id())*.dueDate() == [LocalDate.of(2027, 4, 15), LocalDate.of(2027, 5, 15)]
        later.firstRuns().every { !it.startsWith('first-run ') }

        when: 'a yearly plan: its first run within the lead time, then the next day\'s run'
        def yearly = plans.save(new MaintenancePlan(null, 'first-run-yearly', 'Yearly', null, gen.id(), 12, 30, 'check', 'Art. 14.3', null))
        planner.plan(at(LocalDate.of(2027, 11, 20)))
        planner.plan(at(LocalDate.of(2027, 11, 21)))

        then: 'the second run does not fill in the year before (2026-12-15)'
        orders.findByPlanId(yearly.id())*.dueDate() == [LocalDate.of(2027, 12, 15)]
    }

    def "the crew confirms or corrects the readings form, and the person who did the work cannot sign it off"() {
        given: 'a UPS whose battery charge was read at 95 %'
        seedSite()
        def ups = assets.save(new Asset(null, 'mt', null, null, null, null, null, AssetKind.ups, 'UPS-4E', 'MT-UPS-4E',
                null, null, null, AssetStatus.in_service, Criticality.high, null, null, null, null, null, null, null, null))
        devices.save(MonitoredDevice.snmpV2c('mt-ups-4e', 'mt', ups.id(), 'UPS-4E', '127.0.0.1', 161, 'public'))
        def read = Instant.now().minusSeconds(60)
        sink.record([Reading.of(read, 'mt-ups-4e', 'ups.battery.charge', '0', 95, '%'),
                     Reading.of(read, 'mt-ups-4e', 'ups.output.load', '0', 40, '%')])
        def order = orders.save(WorkOrder.planned(plans.findAll().find { it.code() == 'ups-battery-test' }.id(), ups.id(),
                LocalDate.of(2027, 12, 15)))
        def lead = new Worker('ts.lan', null, true)
        workOrders.move(order.id(), WorkOrderStatus.assigned, 'Tổ A', null, null, lead)

        when: 'the charge is confirmed as read and the load corrected on the form before the work'
        workOrders.move(order.id(), WorkOrderStatus.in_progress, null, null, null,
                [new ReadingEntry('mt-ups-4e', 'ups.battery.charge', '0', 95d), new ReadingEntry('mt-ups-4e', 'ups.output.load', '0', 42d)], lead)
        def form = workOrders.prompts(orders.findById(order.id()).get())

        and: 'after the work no new reading came: the old values are offered, flagged as read before the start'
        workOrders.move(order.id(), WorkOrderStatus.done, null, 'xong', null,
                [new ReadingEntry('mt-ups-4e', 'ups.battery.charge', '0', 100d), new ReadingEntry('mt-ups-4e', 'ups.output.load', '0', 40d)], lead)
        def rows = workOrders.readingsOf(order.id())

        then:
        form*.fresh() == [false, false]
        rows.collect { [it.phase().name(), it.metric(), it.value(), it.source().name()] } == [
                ['before', 'ups.battery.charge', 95d, 'device'], ['before', 'ups.output.load', 42d, 'crew'],
                ['after', 'ups.battery.charge', 100d, 'crew'], ['after', 'ups.output.load', 40d, 'crew']]
        rows[0].readAt() == read.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
        rows[1].readAt() > read
        rows.every { it.unit() == '%' && it.confirmedBy() == 'ts.lan' }

        when: 'the supervisor who did the work signs it off'
        workOrders.move(order.id(), WorkOrderStatus.verified, null, null, null, lead)

        then: 'four-eyes: refused, in words the screens can tell in either language'
        def e = thrown(ConflictException)
        e.explanation().key() == 'error.workorder.own-work'

        when: 'another supervisor signs it off'
        def verified = workOrders.move(order.id(), WorkOrderStatus.verified, null, null, null, new Worker('ts.binh', null, true))

        then:
        verified.verifiedBy() == 'ts.binh'
        verified.finishedBy() == 'ts.lan'
    }
}
