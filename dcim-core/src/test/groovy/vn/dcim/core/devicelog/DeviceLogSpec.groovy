package vn.dcim.core.devicelog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.telemetry.ReadingPartitions
import vn.dcim.core.testing.MariaDbSpec

import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

import static vn.dcim.core.devicelog.DeviceLogSeverity.*
import static vn.dcim.core.devicelog.DeviceLogSource.*

@MicronautTest(transactional = false)
class DeviceLogSpec extends MariaDbSpec {
    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS)

    @Inject DeviceLog log
    @Inject DeviceLogRepository logRepository
    @Inject ReadingPartitions partitions

    static DeviceLogEntry entry(String device, int minutesAgo, DeviceLogSource source, DeviceLogSeverity severity, String text,
                                String sender = '10.0.0.1') {
        Instant ts = T0 - Duration.ofMinutes(minutesAgo)
        new DeviceLogEntry(null, ts, ts, device, sender, source, severity, text, 'ev', 'raw ' + text, null)
    }

    def "the log of a device is filtered by #what, newest first"() {
        given: 'a device with five entries and another device with one'
        def dev = 'dl-' + UUID.randomUUID().toString().take(8)
        log.append([entry(dev, 50, trap, critical, 'upsTrapOnBattery: on battery'),
                    entry(dev, 40, syslog, info, 'link up on port 1'),
                    entry(dev, 30, syslog, error, 'fan 2 failed'),
                    entry(dev, 20, http, warning, 'door held open'),
                    entry(dev, 10, syslog, debug, 'dhcp renew'),
                    entry(dev + 'x', 5, syslog, emergency, 'other device')])

        when:
        def page = log.find(new DeviceLogFilter(dev, false, severity, text, source,
                from == null ? null : T0 - Duration.ofMinutes(from), to == null ? null : T0 - Duration.ofMinutes(to)), 50, 0)

        then:
        page.entries()*.text == found
        page.count() == found.size()

        where:
        what             | severity | text      | source | from | to   || found
        'nothing'        | null     | null      | null   | null | null || ['dhcp renew', 'door held open', 'fan 2 failed', 'link up on port 1', 'upsTrapOnBattery: on battery']
        'severity'       | error    | null      | null   | null | null || ['fan 2 failed', 'upsTrapOnBattery: on battery']
        'text'           | null     | 'BATTERY' | null   | null | null || ['upsTrapOnBattery: on battery']
        'a % in text'    | null     | '%'       | null   | null | null || []
        'source'         | null     | null      | syslog | null | null || ['dhcp renew', 'fan 2 failed', 'link up on port 1']
        'time window'    | null     | null      | null   | 45   | 20   || ['fan 2 failed', 'link up on port 1']
    }

    def "pages are cut in SQL: #limit from #offset of 5"() {
        given:
        def dev = 'dp-' + UUID.randomUUID().toString().take(8)
        log.append((1..5).collect { entry(dev, it, syslog, info, "line $it".toString()) })

        when:
        def page = log.find(DeviceLogFilter.ofDevice(dev), limit, offset)

        then:
        page.count() == 5
        page.entries()*.text == texts

        where:
        limit | offset || texts
        2     | 0      || ['line 1', 'line 2']
        2     | 4      || ['line 5']
        2     | 6      || []
    }

    def "a sender that is no monitored device is kept and listed"() {
        given:
        def sender = '192.0.2.' + new Random().nextInt(250)
        def marker = UUID.randomUUID().toString()

        when:
        log.append([entry(null, 3, trap, warning, marker, sender), entry(null, 2, syslog, notice, marker, sender)])

        then:
        log.find(new DeviceLogFilter(null, true, null, marker, null, null, null), 10, 0).count() == 2
        log.unknownSenders().findAll { it.sender() == sender }*.source() as Set == [trap, syslog] as Set
    }

    def "retention keeps #configured (at least 183) days and drops older days whole (Art. 30.7a)"() {
        given: 'partitions prepared through a moment 400 days ahead, and entries of several ages before it'
        Instant now = T0 + Duration.ofDays(400)
        def duty = new DeviceLogRetentionDuty(logRepository, partitions, configured)
        duty.run(now - Duration.ofDays(400)) // today's week
        partitions.prepareUntil('device_log', java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))
        def dev = 'dr-' + UUID.randomUUID().toString().take(8)
        log.append([10, 182, 190, 300].collect { int age ->
            new DeviceLogEntry(null, now - Duration.ofDays(age), now, dev, '10.0.0.9', syslog, info, "age $age".toString(), null, null, null) })

        when:
        def outcome = duty.run(now)

        then:
        log.find(DeviceLogFilter.ofDevice(dev), 50, 0).entries()*.text == kept
        outcome.status().name() == status

        where:
        configured || kept                                 | status
        400        || ['age 10', 'age 182', 'age 190', 'age 300'] | 'ok'
        200        || ['age 10', 'age 182', 'age 190']     | 'ok'
        30         || ['age 10', 'age 182']                | 'warning'
    }
}
