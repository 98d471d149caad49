package vn.dcim.web.api.alarm

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.account.Role
import vn.dcim.core.demo.DemoSite
import vn.dcim.core.power.GridLossRoots
import vn.dcim.core.schedule.Duty
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.Sql
import vn.dcim.web.testing.DemoApiSpec

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant

/**
 * Art. 6.4, 30.8g (ISA-18.2 first-out, EEMUA 191 suppression by design): a grid loss on the demo site is one root row
 * on the console, the site's "grid lost", with the UPS, ATS and generator alarms under it (recorded, acknowledgeable,
 * listed by its symptoms call), notified once; a critical alarm of another cause does not sort it away; it clears
 * when the mains return. Readings go through the rule engine as a poll's do; the console is read over HTTP by an
 * operator.
 */
@MicronautTest(transactional = false)
class GridLossRootSpec extends DemoApiSpec {
    static final Set<String> BACKUP_AT_WORK = ['ups-on-battery', 'grid-input-lost', 'ats-source-failed', 'generator-running'] as Set
    static final Set<String> POWER_RULES = BACKUP_AT_WORK + ['grid-lost']

    @Inject ReadingSink readings
    @Inject DataSource dataSource
    @Inject GridLossRoots gridLoss
    @Inject List<Duty> duties
    Sql sql

    @Override
    Map<String, String> extraProperties() { super.extraProperties() + ['dcim.snmp.enabled': 'false'] }

    def setup() {
        sql = new Sql(dataSource)
        if (sql.count("SELECT COUNT(*) FROM notification_recipient WHERE address = 'grid-shift@dcim.test'") == 0) {
            sql.update("INSERT INTO notification_recipient (name, role, channel, address, min_severity) "
                    + "VALUES ('Grid shift', 'operator', 'email', 'grid-shift@dcim.test', 'info')")
        }
        mainsBack()
    }

    def "grid lost #order: one root row, critical, the UPS, ATS and generator alarms under it, notified once"() {
        when: 'the grid fails: the feed at the ATS reads 0 V, both UPSs go on battery, the ATS loses source A, the generator runs'
        Instant start = Instant.now()
        if (feedFirst) {
            record('ats-1', 'ats.source1.voltage', 0, null, 'V')
        }
        consequences()
        if (!feedFirst) {
            record('ats-1', 'ats.source1.voltage', 0, null, 'V')
            gridLoss.run(Instant.now())
        }

        then: 'the console has one row of the outage, the site\'s grid lost, critical'
        def rows = console().findAll { it.ruleId in POWER_RULES }
        rows*.ruleId == ['grid-lost']
        def root = rows[0]
        root.source == DemoSite.ID
        root.severity == 'critical'
        root.message.contains('Lưới điện 1')

        and: 'its consequences are listed under it: each UPS on battery and without input, the ATS, the generator'
        def under = symptoms(root.id as long)
        under.collect { it.source + ' ' + it.ruleId } as Set == ['ups-1 ups-on-battery', 'ups-2 ups-on-battery', 'ups-1 grid-input-lost',
                'ups-2 grid-input-lost', 'ats-1 ats-source-failed', 'gen-1 generator-running'] as Set
        under.every { it.rootAlarmId == root.id && it.suppressed }

        when: 'the held alarms are looked at later, the outage still on'
        heldRelease().run(Instant.now() + Duration.ofMinutes(10))

        then: 'the root is notified once to the operator; none of its consequences is'
        planned(root.id as long) == 1
        under.every { planned(it.id as long) == 0 }
        raisedSince(start).findAll { it != root.id }.every { planned(it) == 0 }

        and: 'a consequence is acknowledgeable on its own, and stays under its root'
        def acked = calls.post("/api/alarms/${under[0].id}/ack", [note: 'đã kiểm tra'], token())
        acked.status == 200
        acked.json.acknowledgedAt != null
        symptoms(root.id as long)*.id.contains(under[0].id)

        when: 'the mains return'
        mainsBack()

        then: 'the root clears'
        alarm(root.id as long).clearedAt != null

        where:
        order                                  | feedFirst
        'the feed read first'                  | true
        'the UPS polled first, a second outage within the flap window (re-opened)' | false
    }

    def "a critical alarm of another cause raised later does not sort the grid-lost root below a consequence"() {
        given:
        record('ats-1', 'ats.source1.voltage', 0, null, 'V')
        consequences()

        when: 'the door is forced meanwhile'
        record(DemoSite.DOOR_CONTROLLER, 'door.forced', 1, null, null)

        then: 'the root is among the critical rows, above every major one, and no consequence stands beside it'
        def rows = console()
        def critical = rows.findAll { it.severity == 'critical' }*.ruleId
        critical.containsAll(['grid-lost', 'door-forced'])
        rows.findIndexOf { it.ruleId == 'grid-lost' } < (rows.findIndexOf { it.severity != 'critical' } == -1 ? rows.size()
                : rows.findIndexOf { it.severity != 'critical' })
        rows.every { !(it.ruleId in BACKUP_AT_WORK) }

        cleanup:
        record(DemoSite.DOOR_CONTROLLER, 'door.forced', 0, null, null)
    }

    private void consequences() {
        ['ups-1', 'ups-2'].each {
            record(it, 'ups.output.source', 5, 'battery', null)
            record(it, 'ups.input.voltage', 0, null, 'V')
        }
        record('ats-1', 'ats.source_a', 2, 'fail', null)
        record('gen-1', 'gen.state', 6, 'running', null)
    }

    /** Mains on both feeds, the UPSs on mains, the ATS on source A, the generator stopped; the site's root checked. */
    private void mainsBack() {
        record('ats-1', 'ats.source1.voltage', 400, null, 'V')
        ['ups-1', 'ups-2'].each {
            record(it, 'ups.input.voltage', 230, null, 'V')
            record(it, 'ups.output.source', 3, 'normal', null)
        }
        record('ats-1', 'ats.source_a', 1, 'ok', null)
        record('gen-1', 'gen.state', 5, 'stopped', null)
        gridLoss.run(Instant.now())
        // what the previous feature left is acknowledged, so that it closes and leaves the console
        sql.update("UPDATE alarm SET closed_at = NOW(3) WHERE site_id = ? AND closed_at IS NULL AND cleared_at IS NOT NULL", [DemoSite.ID])
    }

    private Duty heldRelease() {
        duties.find { it.id() == 'held-alarm-release' }
    }

    private List<Map> console() {
        def answer = calls.get("/api/alarms?state=console&site=${DemoSite.ID}&limit=200", token())
        assert answer.status == 200
        answer.json.results as List<Map>
    }

    private List<Map> symptoms(long root) {
        def answer = calls.get("/api/alarms/$root/symptoms", token())
        assert answer.status == 200
        answer.json as List<Map>
    }

    private Map alarm(long id) {
        calls.get("/api/alarms/$id", token()).json as Map
    }

    private String token() {
        users.token(EnumSet.of(Role.operator))
    }

    private long planned(long alarmId) {
        sql.count("SELECT COUNT(*) FROM notification WHERE alarm_id = ?", [alarmId])
    }

    private List<Long> raisedSince(Instant start) {
        sql.rows("SELECT id FROM alarm WHERE site_id = ? AND raised_at >= ?", [DemoSite.ID, java.sql.Timestamp.from(start - Duration.ofSeconds(1))])
                .collect { it.id as long }
    }

    private void record(String device, String metric, double value, String text, String unit) {
        readings.record([new Reading(Instant.now(), device, metric, '0', value, text, unit)])
    }
}
