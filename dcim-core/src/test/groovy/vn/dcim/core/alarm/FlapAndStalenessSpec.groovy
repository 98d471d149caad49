package vn.dcim.core.alarm

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.sql.Timestamp
import java.time.Instant

@MicronautTest(transactional = false)
class FlapAndStalenessSpec extends MariaDbSpec {

    @Inject AlarmRaiser raiser
    @Inject Alarms alarms
    @Inject DeviceStalenessDuty staleness
    @Inject DataSource dataSource

    def "a condition that comes and goes within the flap window stays one alarm, counting its flaps"() {
        given:
        def door = 'door-' + UUID.randomUUID().toString().take(6)
        def signal = new AlarmSignal(door, 'door-held-open', '0', Severity.major, 'Art. 6.6', 'door held open')

        when: 'held open, closed, held open again, three times'
        3.times {
            raiser.raise(signal)
            raiser.clear(door, 'door-held-open', '0')
        }
        raiser.raise(signal)

        then:
        def all = alarms.list(new AlarmFilter(null, door, null, null, null), 100, 0)
        all.size() == 1
        all[0].flaps() == 3
        all[0].state() == 'open'
    }

    def "a device that sends nothing for three of its intervals raises device-stale; fresh data clears it (Art. 25.1)"() {
        given:
        def sql = new Sql(dataSource)
        def gw = 'gw-' + UUID.randomUUID().toString().take(6)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = name", ['s1', 's1'])
        sql.update("INSERT INTO monitored_device (id, site_id, name, protocol, interval_s) VALUES (?, 's1', ?, 'mqtt', 60)", [gw, gw])
        def now = Instant.parse('2026-11-22T10:00:00Z')

        when: 'last heard 4 minutes ago'
        sql.update("INSERT INTO latest_reading (device_id, metric, instance, ts, value) VALUES (?, 'env.temperature', '0', ?, 22)",
                [gw, Timestamp.from(now.minusSeconds(240))])
        def outcome = staleness.run(now)

        then:
        outcome.message().contains(gw)
        alarms.list(new AlarmFilter('open', gw, DeviceStalenessDuty.RULE, null, null), 10, 0).size() == 1

        when: 'it reports again'
        sql.update("UPDATE latest_reading SET ts = ? WHERE device_id = ?", [Timestamp.from(now.minusSeconds(30)), gw])
        staleness.run(now)

        then:
        alarms.list(new AlarmFilter('open', gw, DeviceStalenessDuty.RULE, null, null), 10, 0).isEmpty()
    }
}
