package vn.dcim.core.alarm

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.incident.IncidentLevel
import vn.dcim.core.incident.Incidents
import vn.dcim.core.notification.Channel
import vn.dcim.core.notification.Recipient
import vn.dcim.core.notification.RecipientRepository
import vn.dcim.core.notification.RecipientRole
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Instant

/**
 * Nothing lost inside: a write that fails while an alarm is raised or cleared is tried again on the
 * next reading, an alarm is never stored without its notification (nor the other way round), and an
 * incident is stored whole or not at all. The database refuses writes through a trigger, the way a
 * full disk, a lock timeout or a lost connection would, and then takes them again.
 */
@MicronautTest(transactional = false)
class AlarmWriteFailureSpec extends MariaDbSpec {

    @Inject ReadingSink sink
    @Inject RecipientRepository recipients
    @Inject Incidents incidents
    @Inject DataSource dataSource

    Sql sql

    def setup() {
        sql = new Sql(dataSource)
        sql.update('DELETE FROM notification')
        recipients.deleteAll()
        recipients.save(new Recipient(null, 'Trực ca', RecipientRole.operator, Channel.email, 'truc-ca@ttdl.example.vn', Severity.info, true))
    }

    def cleanup() {
        ['alarm', 'notification', 'incident_journal'].each { sql.update("DROP TRIGGER IF EXISTS spec_refuse_${it}".toString()) }
    }

    void refuse(String table, String event) {
        sql.update("CREATE TRIGGER spec_refuse_${table} BEFORE ${event} ON ${table} FOR EACH ROW "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the spec'".toString())
    }

    void acceptAgain(String table) {
        sql.update("DROP TRIGGER spec_refuse_${table}".toString())
    }

    void forced(String door, int value) {
        sink.record([Reading.of(Instant.now(), door, 'door.forced', '0', value, null)])
        Thread.sleep(5) // distinct timestamps for the history
    }

    long alarmsOf(String door) {
        sql.count('SELECT COUNT(*) FROM alarm WHERE source = ?', [door])
    }

    long notificationsOf(String door) {
        sql.count('SELECT COUNT(*) FROM notification n JOIN alarm a ON a.id = n.alarm_id WHERE a.source = ?', [door])
    }

    def "a raise the database refused (#table) is stored with its notification on the next reading"() {
        given:
        def door = 'door-' + UUID.randomUUID().toString().take(8)
        refuse(table, 'INSERT')

        when: 'the door is forced while the write is refused'
        forced(door, 1)

        then: 'neither the alarm nor its notification is stored: never one without the other'
        alarmsOf(door) == 0
        sql.count('SELECT COUNT(*) FROM notification') == 0

        when: 'the database takes writes again and the next reading still says forced'
        acceptAgain(table)
        forced(door, 1)

        then: 'the alarm is stored, with the notification to the operator'
        alarmsOf(door) == 1
        sql.count('SELECT COUNT(*) FROM alarm WHERE source = ? AND open_key IS NOT NULL', [door]) == 1
        notificationsOf(door) == 1

        where:
        table << ['alarm', 'notification']
    }

    def "a clear the database refused is stored on the next normal reading"() {
        given: 'a forced door with its alarm open'
        def door = 'door-' + UUID.randomUUID().toString().take(8)
        forced(door, 1)
        assert sql.count('SELECT COUNT(*) FROM alarm WHERE source = ? AND cleared_at IS NULL', [door]) == 1

        when: 'the door is closed while updates of alarms are refused'
        refuse('alarm', 'UPDATE')
        forced(door, 0)

        then:
        sql.count('SELECT COUNT(*) FROM alarm WHERE source = ? AND cleared_at IS NULL', [door]) == 1

        when: 'the database takes writes again and the door is still closed'
        acceptAgain('alarm')
        forced(door, 0)

        then:
        sql.count('SELECT COUNT(*) FROM alarm WHERE source = ? AND cleared_at IS NULL', [door]) == 0
    }

    def "an incident whose journal cannot be written is not stored at all"() {
        given:
        def title = 'Spec incident ' + UUID.randomUUID().toString().take(8)
        refuse('incident_journal', 'INSERT')

        when:
        incidents.open(title, null, null, IncidentLevel.serious, [], 'spec')

        then: 'the ticket, its journal and its notifications go together'
        thrown(RuntimeException)
        sql.count('SELECT COUNT(*) FROM incident WHERE title = ?', [title]) == 0

        when:
        acceptAgain('incident_journal')
        def incident = incidents.open(title, null, null, IncidentLevel.serious, [], 'spec')

        then:
        sql.count('SELECT COUNT(*) FROM incident WHERE title = ?', [title]) == 1
        sql.count('SELECT COUNT(*) FROM incident_journal WHERE incident_id = ?', [incident.id()]) >= 2
    }
}
