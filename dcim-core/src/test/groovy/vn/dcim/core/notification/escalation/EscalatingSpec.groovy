package vn.dcim.core.notification.escalation

import jakarta.inject.Inject
import vn.dcim.core.alarm.AlarmRaiser
import vn.dcim.core.alarm.Alarms
import vn.dcim.core.notification.NotificationRepository
import vn.dcim.core.notification.channel.NotifiedPerson
import vn.dcim.core.notification.channel.NotifiedPersonRepository
import vn.dcim.core.notification.channel.PersonContact
import vn.dcim.core.notification.channel.PersonContactRepository
import vn.dcim.core.roster.DutyRoster
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.MutableClock
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Instant

/**
 * Base of the escalation specs: time stands at 10:00 in the centre until a spec moves it (each spec hands
 * {@link #clock} to the context as its Clock), the outbox is not dispatched while a spec reads it, and every feature
 * starts with no alarm, no shift and nobody to notify.
 */
abstract class EscalatingSpec extends MariaDbSpec {
    static final Instant T0 = Instant.parse('2026-11-25T03:00:00Z') // 10:00 in the centre
    static final MutableClock clock = new MutableClock(T0)

    @Inject AlarmRaiser raiser
    @Inject Alarms alarms
    @Inject Escalation escalation
    @Inject DutyRoster roster
    @Inject NotifiedPersonRepository people
    @Inject PersonContactRepository contacts
    @Inject NotificationRepository outbox
    @Inject DataSource dataSource

    @Override
    Map<String, String> extraProperties() {
        ['dcim.notify.dispatch-interval': '1h']
    }

    def setup() {
        clock.now = T0
        new Sql(dataSource).empty(['notification', 'alarm_step', 'ack_link', 'alarm', 'duty_shift', 'person_contact', 'notified_person'])
    }

    /** Someone escalation may tell, reached by e-mail at name@ttdl.example.vn. */
    NotifiedPerson person(String name, String position) {
        def p = people.save(new NotifiedPerson(null, name, position, 'vi', null, null, true))
        contacts.save(new PersonContact(null, p.id(), 'email', "$name@ttdl.example.vn".toString(), null, true, true))
        p
    }
}
