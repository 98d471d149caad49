package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.db.Jdbc
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import java.time.temporal.ChronoUnit

@MicronautTest(transactional = false)
class ReadingRetentionDutySpec extends MariaDbSpec {
    /** Far enough ahead that the store's day partitions (prepared from today) cover most ages below. */
    static final Instant NOW = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(3))

    @Inject ReadingSink sink
    @Inject DataSource dataSource
    @Inject Jdbc jdbc
    @Inject ReadingPartitions partitions
    @Inject ReadingPartitionDuty partitionDuty

    def "with #configured days configured, readings older than #kept days go and younger ones stay (Art. 30.7a)"() {
        given: 'the day partitions are prepared up to a week after NOW, and readings of several ages written'
        partitionDuty.run(NOW)
        def device = 'ret-' + UUID.randomUUID().toString().take(6)
        // 500 days back lies before the first day partition (in p_old), the others in day partitions
        def ages = [10, 182, 184, 300, 500]
        sink.record(ages.collect { Reading.of(NOW - Duration.ofDays(it), device, 'env.temperature', '1', it, '°C') })
        def duty = new ReadingRetentionDuty(jdbc, partitions, configured, 90, 1830, 0)

        when:
        def outcome = duty.run(NOW)

        then: 'what is kept is exact'
        new Sql(dataSource).rows('SELECT value FROM reading WHERE device_id = ? ORDER BY value', [device])*.value == remaining
        outcome.status().name() == status

        and: 'whole days went: no partition below the cutoff day is left'
        def cutoffDay = LocalDate.ofInstant(NOW - Duration.ofDays(kept), ZoneId.systemDefault())
        partitions.of('series_point').findAll { it.below() != null && !it.below().isAfter(cutoffDay) }.isEmpty()
        partitions.of('series_point').find { it.below() == cutoffDay.plusDays(1) }

        where:
        configured || kept | remaining               | status
        400        || 400  | [10d, 182d, 184d, 300d] | 'ok'
        200        || 200  | [10d, 182d, 184d]       | 'ok'
        30         || 183  | [10d, 182d]             | 'warning'
    }

    def "the partition duty prepares a week of days ahead and catches up after days off"() {
        given:
        def later = NOW + Duration.ofDays(30)
        def lastDay = LocalDate.ofInstant(later, ZoneId.systemDefault()).plusDays(7)

        when:
        def outcome = partitionDuty.run(later)
        def again = partitionDuty.run(later)

        then:
        ReadingPartitions.TABLES.every { table ->
            def days = partitions.of(table)*.below().findAll { it != null }
            days.max() == lastDay.plusDays(1) && days.toSet().size() == days.size()
        }
        outcome.message().contains('days added')
        again.message() == "series_point: 0 days added; rollup_5m: 0 days added (ready until ${lastDay})"
    }
}
