package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

@MicronautTest(transactional = false)
class SeriesStoreSpec extends MariaDbSpec {
    @Inject ReadingSink sink
    @Inject DataSource dataSource
    @Inject SeriesCatalog catalog
    @Inject ReadingHistory history
    @Inject RollupDuty rollups

    /** Yesterday midnight: its buckets are closed, so the duty removes their marks. */
    static final Instant DAY = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1))

    String device = 'ss-' + UUID.randomUUID().toString().take(6)

    def "a replayed point is stored once and its series once"() {
        given:
        def batch = [Reading.of(DAY.plusSeconds(60), device, 'ups.output.load', '0', 31.5, '%'),
                     Reading.of(DAY.plusSeconds(120), device, 'ups.output.load', '0', 32.0, '%')]

        when: 'the collector sends the batch, then sends it again (a retry after a lost acknowledgement)'
        sink.record(batch)
        sink.record(batch)

        then:
        def sql = new Sql(dataSource)
        sql.count('SELECT COUNT(*) FROM series WHERE device_id = ?', [device]) == 1
        sql.count('SELECT COUNT(*) FROM series_point p JOIN series s ON s.id = p.series_id WHERE s.device_id = ?', [device]) == 2
    }

    def "roll-ups hold min, max, average, last and count per 5 minutes, hour and day, and the finest fitting resolution is read"() {
        given: 'a point a minute for two hours: 0, 1, ..., 119'
        def minutes = (0..<120).collect { Reading.of(DAY.plus(Duration.ofMinutes(it)), device, 'env.temperature', '1', it as double, '°C') }
        sink.record(minutes)

        when:
        rollups.run(Instant.now())
        def series = catalog.find(device, 'env.temperature', '1').get()

        then: 'raw when it fits'
        with(history.read(series, DAY, DAY.plus(Duration.ofHours(1)), 600)) {
            resolution() == Rollups.Resolution.RAW
            points()*.value() == (0..<60)*.doubleValue()
        }

        and: '5 minutes: 24 buckets, the first holding 0..4'
        with(history.read(series, DAY, DAY.plus(Duration.ofHours(2)), 30)) {
            resolution() == Rollups.Resolution.M5
            points().size() == 24
            points()[0].value() == 2d && points()[0].min() == 0d && points()[0].max() == 4d && points()[0].count() == 5
        }

        and: 'hours, then a day'
        with(history.read(series, DAY, DAY.plus(Duration.ofHours(2)), 5)) {
            resolution() == Rollups.Resolution.H1
            points()*.value() == [29.5d, 89.5d]
            points()*.max() == [59d, 119d]
        }
        with(history.read(series, DAY.minus(Duration.ofDays(365)), DAY.plus(Duration.ofDays(1)), 1)) {
            resolution() == Rollups.Resolution.D1
            points().size() == 1
            points()[0].value() == 59.5d && points()[0].min() == 0d && points()[0].max() == 119d && points()[0].count() == 120
        }

        and: 'every mark was handled'
        new Sql(dataSource).count('SELECT COUNT(*) FROM rollup_pending') == 0
    }

    def "a point arriving later updates its buckets, and a state keeps its last text"() {
        given:
        sink.record([new Reading(DAY.plusSeconds(10), device, 'ups.status', '0', 2d, 'onLine', null)])
        rollups.run(Instant.now())

        when: 'a later point in the same 5 minutes, and a value far away in the same hour'
        sink.record([new Reading(DAY.plusSeconds(200), device, 'ups.status', '0', 3d, 'onBattery', null),
                     new Reading(DAY.plus(Duration.ofMinutes(40)), device, 'ups.status', '0', 2d, 'onLine', null)])
        rollups.run(Instant.now())
        def series = catalog.find(device, 'ups.status', '0').get()
        def five = history.points(series, Rollups.Resolution.M5, DAY, DAY.plus(Duration.ofHours(1)))
        def hour = history.points(series, Rollups.Resolution.H1, DAY, DAY.plus(Duration.ofHours(1)))

        then:
        series.kind() == 'state'
        five*.text() == ['onBattery', 'onLine']
        five*.count() == [2L, 1L]
        hour*.count() == [3L]
        hour*.text() == ['onLine']
        hour*.max() == [3d]
    }

    def "an open bucket keeps its mark (the bucket as a whole, not per series), so later points in it are rolled up too"() {
        given: 'a bucket that closes minutes from now'
        def start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(
                (Instant.now().atZone(java.time.ZoneOffset.UTC).minute.intdiv(5)) * 5))
        sink.record([Reading.of(start.plusSeconds(1), device, 'pdu.power', '0', 10, 'W')])
        rollups.run(Instant.now())
        def series = catalog.find(device, 'pdu.power', '0').get()

        when: 'a second point in the same open bucket'
        sink.record([Reading.of(start.plusSeconds(2), device, 'pdu.power', '0', 30, 'W')])
        rollups.run(Instant.now())
        def five = history.points(series, Rollups.Resolution.M5, start, start.plus(Duration.ofMinutes(5)))
        def sql = new Sql(dataSource)

        then:
        five*.count() == [2L]
        five*.value() == [20d]
        sql.count('SELECT COUNT(*) FROM rollup_pending WHERE series_id = ?', [series.id()]) == 0
        sql.count('SELECT COUNT(*) FROM rollup_dirty WHERE bucket = ?', [java.time.LocalDateTime.ofInstant(start, java.time.ZoneOffset.UTC)]) >= 1
    }

    def "an open bucket is written once closed; until then a year's chart reads its points from the raw tail"() {
        given: 'two points in the bucket running now'
        def start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(
                (Instant.now().atZone(java.time.ZoneOffset.UTC).minute.intdiv(5)) * 5))
        sink.record([Reading.of(start.plusSeconds(1), device, 'pdu.current', '0', 4, 'A')])
        sink.record([Reading.of(start.plusSeconds(2), device, 'pdu.current', '0', 6, 'A')])
        def series = catalog.find(device, 'pdu.current', '0').get()
        def sql = new Sql(dataSource)
        // what a year's chart reads: the daily roll-ups of the window
        def year = { history.points(series, Rollups.Resolution.D1, start.minus(Duration.ofDays(365)), start.plus(Duration.ofDays(1))) }

        when: 'a run while the bucket is open'
        rollups.run(Instant.now())

        then: 'no roll-up row yet, and the chart of a year shows both points'
        sql.count('SELECT COUNT(*) FROM rollup_5m WHERE series_id = ?', [series.id()]) == 0
        year()*.count() == [2L]
        year()*.value() == [5d]

        when: 'a run once the bucket closed'
        rollups.run(start.plus(Duration.ofMinutes(5)).plus(RollupDuty.GRACE).plusSeconds(1))

        then: 'its 5-minute, hourly and daily rows, and the chart counts each point once'
        sql.count('SELECT n FROM rollup_5m WHERE series_id = ?', [series.id()]) == 2
        sql.count('SELECT n FROM rollup_1h WHERE series_id = ?', [series.id()]) == 2
        sql.count('SELECT n FROM rollup_1d WHERE series_id = ?', [series.id()]) == 2
        year()*.count() == [2L]
        sql.count('SELECT COUNT(*) FROM rollup_dirty WHERE bucket = ?', [java.time.LocalDateTime.ofInstant(start, java.time.ZoneOffset.UTC)]) == 0

        when: 'a third point in the next bucket'
        sink.record([Reading.of(start.plus(Duration.ofMinutes(5)).plusSeconds(1), device, 'pdu.current', '0', 8, 'A')])

        then: 'the day is its rolled-up row plus the tail'
        year()*.count() == [3L]
        year()*.max() == [8d]
    }

    def "a run rolls up more series than one statement names (512 ids at a time), each from its own points"() {
        given: '1,100 series, two points each in one closed 5-minute bucket'
        String prefix = 'many-' + UUID.randomUUID().toString().take(4)
        Instant bucket = DAY.plus(Duration.ofHours(5))
        sink.record((0..<1100).collectMany { i ->
            [Reading.of(bucket.plusSeconds(10), prefix + '-' + i, 'env.temperature', '0', i, '°C'),
             Reading.of(bucket.plusSeconds(70), prefix + '-' + i, 'env.temperature', '0', i + 2, '°C')]
        })

        when:
        rollups.run(Instant.now())

        then: 'every series has its bucket, average and extremes of its own two points only'
        def sql = new Sql(dataSource)
        (0..<1100).every { i ->
            def series = catalog.find(prefix + '-' + i, 'env.temperature', '0').get()
            def five = history.points(series, Rollups.Resolution.M5, bucket, bucket.plus(Duration.ofMinutes(5)))
            def hour = history.points(series, Rollups.Resolution.H1, bucket, bucket.plus(Duration.ofHours(1)))
            five.size() == 1 && five[0].min() == i && five[0].max() == i + 2 && five[0].value() == i + 1 && five[0].count() == 2 &&
                    hour.size() == 1 && hour[0].max() == i + 2
        }
    }

    def "late points of #n series mark each series and bucket once, in statements of several rows, and raise the mark again when stored again"() {
        given: 'points of a closed bucket, two of each series'
        def late = (0..<n).collectMany { i ->
            [Reading.of(DAY.plusSeconds(3600), device, 'env.humidity', "${i}".toString(), i, '%'),
             Reading.of(DAY.plusSeconds(3601), device, 'env.humidity', "${i}".toString(), i + 1, '%')]
        }
        def sql = new Sql(dataSource)
        def marks = { sql.rows('SELECT p.gen AS gen, COUNT(*) AS n FROM rollup_pending p JOIN series s ON s.id = p.series_id WHERE s.device_id = ? GROUP BY p.gen', [device]) }

        when:
        sink.record(late)

        then: 'one mark per series, raised once'
        marks().collect { [it.gen as long, it.n as long] } == [[1L, n as long]]

        when: 'the batch again (a collector retrying after a lost acknowledgement)'
        sink.record(late)

        then: 'every mark raised again, so the duty re-rolls each series'
        marks().collect { [it.gen as long, it.n as long] } == [[2L, n as long]]

        cleanup: 'the marks left for the duty, which other features count'
        new Sql(dataSource).update('DELETE p FROM rollup_pending p JOIN series s ON s.id = p.series_id WHERE s.device_id = ?', [device])

        where:
        n << [1, 3, 256, 700]
    }

    def "a batch of #n new series gets each its own id, and a spelling the database counts as the same series gets that series' id"() {
        given: 'a series stored before, then a batch of new ones with that series under another case'
        sink.record([Reading.of(DAY.plusSeconds(1), device, 'pdu.outlet.power', 'Outlet-A', 1, 'W')])
        def batch = (0..<n).collect { Reading.of(DAY.plusSeconds(2), device, 'pdu.outlet.power', "o-${it}".toString(), it, 'W') } +
                [Reading.of(DAY.plusSeconds(2), device, 'pdu.outlet.power', 'OUTLET-A', 99, 'W')]

        when:
        sink.record(batch)
        def sql = new Sql(dataSource)
        def stored = sql.rows('SELECT s.instance AS instance, p.value AS value FROM series_point p JOIN series s ON s.id = p.series_id '
                + 'WHERE s.device_id = ? AND p.ts = ?', [device, java.time.LocalDateTime.ofInstant(DAY.plusSeconds(2), java.time.ZoneOffset.UTC)])

        then: 'each new point in its own series'
        sql.count('SELECT COUNT(*) FROM series WHERE device_id = ?', [device]) == n + 1
        stored.findAll { it.instance != 'Outlet-A' }.collectEntries { [it.instance, it.value as double] } ==
                (0..<n).collectEntries { ["o-${it}".toString(), it as double] }

        and: 'the other spelling in the series stored first'
        stored.find { it.instance == 'Outlet-A' }.value as double == 99d

        cleanup: 'the marks left for the duty, which other features count'
        new Sql(dataSource).update('DELETE p FROM rollup_pending p JOIN series s ON s.id = p.series_id WHERE s.device_id = ?', [device])

        where:
        n << [1, 5, 600]
    }
}
