package vn.dcim.core.alarm

import vn.dcim.core.db.SqlTime
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.Staleness
import java.time.Duration
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
    @Inject Staleness rule
    @Inject MonitoredDeviceRepository devices
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

    /** A new MQTT device on site s1, polled by nobody (its interval is the form's default minute). */
    String mqttDevice(String prefix) {
        def sql = new Sql(dataSource)
        def device = prefix + '-' + UUID.randomUUID().toString().take(6)
        sql.update("INSERT INTO site (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = name", ['s1', 's1'])
        sql.update("INSERT INTO monitored_device (id, site_id, name, protocol, interval_s) VALUES (?, 's1', ?, 'mqtt', 60)", [device, device])
        device
    }

    /** An MQTT device heard at each of these times (its latest reading the last of them). */
    void heard(String device, List<Instant> times) {
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO series (device_id, metric, instance, kind) VALUES (?, 'env.temperature', '0', 'gauge')", [device])
        long series = sql.count("SELECT id FROM series WHERE device_id = ?", [device])
        times.each { sql.update("INSERT INTO series_point (series_id, ts, value) VALUES (?, ?, 22)", [series, SqlTime.of(it)]) }
        sql.update("INSERT INTO latest_reading (device_id, metric, instance, ts, value) VALUES (?, 'env.temperature', '0', ?, 22)",
                [device, Timestamp.from(times.max())])
    }

    def "an MQTT device #reports, silent for #silentMin minutes, is #verdict (Art. 25.1: by its own cadence, not a poll it does not have)"() {
        given:
        def device = mqttDevice('mq')
        def now = Instant.parse('2026-11-22T10:00:00Z')
        def last = now.minusSeconds(silentMin * 60)
        heard(device, (0..<count).collect { last.minusSeconds(it * everyMin * 60) })

        when:
        staleness.run(now)

        then:
        alarms.list(new AlarmFilter('open', device, DeviceStalenessDuty.RULE, null, null), 10, 0).size() == (verdict == 'stale' ? 1 : 0)

        where:
        reports                               | count | everyMin | silentMin || verdict
        'bound 4 minutes ago, heard once'     | 1     | 1        | 4         || 'not stale'
        'bound 4 minutes ago, heard once'     | 1     | 1        | 25 * 60   || 'stale'      // a whole day without a word
        'reporting on change every 20 min'    | 12    | 20       | 30        || 'not stale'
        'reporting on change every 20 min'    | 12    | 20       | 61        || 'stale'      // three of its own silences
        'publishing every minute'             | 60    | 1        | 2         || 'not stale'
        'publishing every minute'             | 60    | 1        | 4         || 'stale'      // never less than 3 polling intervals
    }

    def "screens mark an MQTT device's values stale by the rule of the alarm: #reports -> #allowedMin minutes"() {
        given:
        def device = mqttDevice('scr')
        def now = Instant.now()
        heard(device, (0..<count).collect { now.minusSeconds(60 + it * everyMin * 60) })

        expect:
        rule.allowed(devices.findById(device).get()) == Duration.ofMinutes(allowedMin)

        where:
        reports                            | count | everyMin || allowedMin
        'bound a minute ago, heard once'   | 1     | 1        || 24 * 60
        'reporting on change every 20 min' | 12    | 20       || 60
        'publishing every minute'          | 60    | 1        || 3
    }

    def "a device that sends nothing for three of its intervals raises device-stale; fresh data clears it (Art. 25.1)"() {
        given:
        def sql = new Sql(dataSource)
        def gw = mqttDevice('gw')
        def now = Instant.parse('2026-11-22T10:00:00Z')

        when: 'it published every minute for an hour, last 4 minutes ago'
        heard(gw, (0..<60).collect { now.minusSeconds(240 + it * 60) })
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
