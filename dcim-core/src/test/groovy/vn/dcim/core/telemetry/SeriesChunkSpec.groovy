package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.db.Jdbc
import vn.dcim.core.db.SqlTime
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.YearMonth
import java.time.ZoneOffset
import java.time.temporal.ChronoUnit

/** Closed days as compressed chunks, read as if they were rows. */
@MicronautTest(transactional = false)
class SeriesChunkSpec extends MariaDbSpec {
    @Inject ReadingSink sink
    @Inject DataSource dataSource
    @Inject SeriesCatalog catalog
    @Inject ReadingHistory history
    @Inject RollupDuty rollups
    @Inject ReadingChunkDuty chunks
    @Inject Jdbc jdbc
    @Inject ReadingPartitions partitions
    @Inject ReadingPartitionDuty partitionDuty

    static final Instant TODAY = Instant.now().truncatedTo(ChronoUnit.DAYS)
    /** Four days that are closed (they ended more than a day ago), then yesterday and today, still rows. */
    static final Instant FIRST = TODAY.minus(Duration.ofDays(5))

    String device = 'ups-' + UUID.randomUUID().toString().take(6)

    def "the demo UPS's #metric charts are the same after its closed days are chunked"() {
        given: 'a point about every minute for six days, polled with jitter, as the demo UPS answers'
        def readings = (0..<6 * 1440).collect { int i ->
            Reading.of(FIRST.plus(Duration.ofMinutes(i)).plusMillis((i * 37) % 900), device, metric, '0', value.call(i) as double, unit)
        }
        sink.record(readings)
        rollups.run(Instant.now())
        def series = catalog.find(device, metric, '0').get()
        def windows = [[FIRST.plus(Duration.ofHours(30)), Duration.ofHours(1)], [FIRST.plus(Duration.ofHours(20)), Duration.ofHours(8)],
                       [FIRST, Duration.ofDays(1)], [FIRST.minus(Duration.ofDays(1)), Duration.ofDays(7)],
                       [TODAY.minus(Duration.ofDays(30)), Duration.ofDays(31)], [TODAY.minus(Duration.ofDays(364)), Duration.ofDays(365)]]
        def charts = { windows.collect { w -> history.read(series, w[0], w[0] + w[1], 600) } }
        def before = charts()
        def rawBefore = history.points(series, Rollups.Resolution.RAW, FIRST, TODAY.plus(Duration.ofDays(1)))

        when:
        def outcome = chunks.run(Instant.now())

        then: 'the four closed days are chunks, the two open ones rows'
        def sql = new Sql(dataSource)
        outcome.message().contains('CHUNKED')
        sql.count('SELECT COUNT(*) FROM series_chunk WHERE series_id = ?', [series.id()]) == 4
        sql.count('SELECT SUM(n) FROM series_chunk WHERE series_id = ?', [series.id()]) == 4 * 1440
        sql.count('SELECT COUNT(*) FROM series_point WHERE series_id = ?', [series.id()]) == 2 * 1440

        and: 'every chart, from an hour of raw points to a year of days, and every raw point read the same'
        charts() == before
        // six days of points: a month's and a year's window are sparse enough for hours
        before*.resolution() == [Rollups.Resolution.RAW, Rollups.Resolution.RAW, Rollups.Resolution.M5, Rollups.Resolution.H1,
                                 Rollups.Resolution.H1, Rollups.Resolution.H1]
        history.points(series, Rollups.Resolution.RAW, FIRST, TODAY.plus(Duration.ofDays(1))) == rawBefore
        rawBefore.size() == 6 * 1440

        and: 'the chunks hold a point in fewer than 2 bytes'
        sql.count('SELECT SUM(LENGTH(points)) FROM series_chunk WHERE series_id = ?', [series.id()]) / (4 * 1440d) < most

        when: 'it runs again'
        chunks.run(Instant.now())

        then: 'nothing changes'
        history.points(series, Rollups.Resolution.RAW, FIRST, TODAY.plus(Duration.ofDays(1))) == rawBefore

        where:
        metric                  | unit | value                                                        || most
        'ups.output.load'       | '%'  | { int i -> 35 + (i % 90 < 45 ? 2 : 0) + (i * 7919) % 3 }      || 1.0
        'ups.input.voltage'     | 'V'  | { int i -> Math.round(2300 + 40 * Math.sin(i / 300d) + (i * 31) % 7) / 10d } || 1.5
        'ups.battery.runtime'   | 's'  | { int i -> 5400 - (i % 1440) }                                 || 1.0
    }

    def "a point written late into a chunked day is read at once and folded in without loss (#order first)"() {
        given: 'a closed day of minute points, rolled up and chunked'
        sink.record((0..<1440).collect { Reading.of(FIRST.plus(Duration.ofMinutes(it)), device, 'ups.output.load', '0', 40, '%') })
        rollups.run(Instant.now())
        chunks.run(Instant.now())
        def series = catalog.find(device, 'ups.output.load', '0').get()
        def noon = FIRST.plus(Duration.ofHours(12))
        def sql = new Sql(dataSource)
        assert sql.count('SELECT COUNT(*) FROM series_point WHERE series_id = ?', [series.id()]) == 0

        when: 'a collector delivers a point of that day late'
        sink.record([Reading.of(noon.plusSeconds(150), device, 'ups.output.load', '0', 90, '%')])

        then: 'it is read with the chunked points of its 5 minutes'
        history.points(series, Rollups.Resolution.RAW, noon, noon.plus(Duration.ofMinutes(5)))*.value() == [40d, 40d, 40d, 90d, 40d, 40d]

        when: 'the roll-up and chunk duties run in either order, a few times'
        3.times {
            if (order == 'roll-up') {
                rollups.run(Instant.now())
                chunks.run(Instant.now())
            } else {
                chunks.run(Instant.now())
                rollups.run(Instant.now())
            }
        }
        rollups.run(Instant.now())
        chunks.run(Instant.now())

        then: 'the point is in the chunk, no row is left, and its bucket counts all six points'
        sql.count('SELECT COUNT(*) FROM series_point WHERE series_id = ?', [series.id()]) == 0
        sql.count('SELECT SUM(n) FROM series_chunk WHERE series_id = ?', [series.id()]) == 1441
        with(history.points(series, Rollups.Resolution.M5, noon, noon.plus(Duration.ofMinutes(5)))) {
            it*.count() == [6L]
            it*.max() == [90d]
        }
        history.points(series, Rollups.Resolution.RAW, noon, noon.plus(Duration.ofMinutes(5)))*.value() == [40d, 40d, 40d, 90d, 40d, 40d]

        where:
        order << ['roll-up', 'chunk duty']
    }

    def "#what stays rows"() {
        given:
        sink.record([new Reading(FIRST.plusSeconds(60), device, metric, '0', value, text, null),
                     new Reading(FIRST.plusSeconds(120), device, metric, '0', 1d, text, null)])
        rollups.run(Instant.now())

        when:
        chunks.run(Instant.now())

        then:
        def series = catalog.find(device, metric, '0').get()
        new Sql(dataSource).count('SELECT COUNT(*) FROM series_point WHERE series_id = ?', [series.id()]) == 2
        new Sql(dataSource).count('SELECT COUNT(*) FROM series_chunk WHERE series_id = ?', [series.id()]) == 0

        where:
        what                                  | metric            | value | text
        'a state series (its texts)'          | 'ups.status'      | 2d    | 'onLine'
        'a gauge day with a point sans number' | 'ups.output.load' | null  | null
    }

    def "a state's time in each state counts its first point whether chunks exist or not"() {
        given:
        sink.record([new Reading(FIRST.plus(Duration.ofHours(1)), device, 'ups.status', '0', 2d, 'onLine', null)])
        def series = catalog.find(device, 'ups.status', '0').get()

        expect:
        history.firstRaw(series) == FIRST.plus(Duration.ofHours(1))
    }

    def "retention drops the chunks of expired days whole, as it drops day partitions (Art. 30.7a)"() {
        given: 'three closed days, chunked'
        sink.record((0..<3 * 24).collect { Reading.of(FIRST.plus(Duration.ofHours(it)), device, 'ups.output.load', '0', it, '%') })
        rollups.run(Instant.now())
        chunks.run(Instant.now())
        def series = catalog.find(device, 'ups.output.load', '0').get()
        def sql = new Sql(dataSource)
        assert sql.count('SELECT COUNT(*) FROM series_chunk WHERE series_id = ?', [series.id()]) == 3

        when: 'retention keeps 183 days and runs when the first day lies 184 days and 3 hours back'
        def now = FIRST.plus(Duration.ofDays(184)).plus(Duration.ofHours(3))
        def outcome = new ReadingRetentionDuty(jdbc, partitions, 183, 90, 1830, 0).run(now)

        then: 'the first day went; the second, partly expired, stays whole'
        outcome.status().name() == 'ok'
        outcome.message().contains('series_chunk: ')
        sql.rows('SELECT day FROM series_chunk WHERE series_id = ? ORDER BY day', [series.id()])*.day*.toString() ==
                [1, 2].collect { LocalDate.ofInstant(FIRST, ZoneOffset.UTC).plusDays(it).toString() }
        history.points(series, Rollups.Resolution.RAW, FIRST, FIRST.plus(Duration.ofDays(3)))*.value() == (24..<72)*.doubleValue()
    }

    def "a batch of series-days folds in one transaction, each series as if folded alone"() {
        given: 'on one closed day: a gauge of minute points, a state, a gauge with a point sans number, a gauge whose bucket waits for its roll-up, a gauge already chunked that got a late point and a series without points that day'
        def day = LocalDate.ofInstant(FIRST, ZoneOffset.UTC)
        def minutes = { String metric, int n, double value -> (0..<n).collect { Reading.of(FIRST.plus(Duration.ofMinutes(it)), device, metric, '0', value, '%') } }
        sink.record(minutes('ups.output.load', 1440, 40) + minutes('ups.battery.charge', 1440, 100) + minutes('ups.input.frequency', 60, 50)
                + [new Reading(FIRST.plusSeconds(60), device, 'ups.status', '0', 2d, 'onLine', null),
                   new Reading(FIRST.plusSeconds(60), device, 'ups.output.current', '0', null, null, null)]
                + [Reading.of(FIRST.plus(Duration.ofDays(1)), device, 'ups.temperature', '0', 30, '°C')])
        rollups.run(Instant.now())
        def id = { String metric -> catalog.find(device, metric, '0').get().id() }
        jdbc.inTransaction('chunk the charge', { c -> SeriesChunks.fold(c, id('ups.battery.charge'), day) })
        sink.record([Reading.of(FIRST.plus(Duration.ofHours(12)).plusSeconds(30), device, 'ups.battery.charge', '0', 99, '%')])
        // the late point marked its bucket; a freshly written gauge's buckets wait until RollupDuty ran
        rollups.run(Instant.now())
        sink.record([Reading.of(FIRST.plus(Duration.ofHours(2)).plusSeconds(20), device, 'ups.input.frequency', '0', 49.9, 'Hz')])
        def metrics = ['ups.output.load', 'ups.status', 'ups.output.current', 'ups.input.frequency', 'ups.battery.charge', 'ups.temperature']
        def sql = new Sql(dataSource)
        def rowsOf = { String metric -> sql.count('SELECT COUNT(*) FROM series_point WHERE series_id = ? AND ts < ?', [id(metric), SqlTime.of(FIRST.plus(Duration.ofDays(1)))]) }
        def rawBefore = metrics.collect { history.points(catalog.find(device, it, '0').get(), Rollups.Resolution.RAW, FIRST, FIRST.plus(Duration.ofDays(1))) }

        when:
        def folds = jdbc.inTransaction('fold a batch', { c -> SeriesChunks.fold(c, metrics.collect { id(it) }, day) })

        then: 'each series has the outcome of its own'
        metrics.collect { folds[id(it)] } == [SeriesChunks.Fold.CHUNKED, SeriesChunks.Fold.KEPT_AS_ROWS, SeriesChunks.Fold.KEPT_AS_ROWS,
                                              SeriesChunks.Fold.WAITING_FOR_ROLLUP, SeriesChunks.Fold.SPILLED, SeriesChunks.Fold.NOTHING]

        and: 'only the folded series lost their rows of that day: the others kept every one'
        metrics.collect { rowsOf(it) } == [0, 1, 1, 61, 6, 0]
        sql.count('SELECT SUM(n) FROM series_chunk WHERE day = ? AND series_id = ?', [day, id('ups.output.load')]) == 1440
        sql.count('SELECT SUM(n) FROM series_chunk WHERE day = ? AND series_id = ?', [day, id('ups.battery.charge')]) == 1440 - 5

        and: 'every point of every series reads as before'
        metrics.collect { history.points(catalog.find(device, it, '0').get(), Rollups.Resolution.RAW, FIRST, FIRST.plus(Duration.ofDays(1))) } == rawBefore
        rawBefore[0].size() == 1440
        rawBefore[3..5]*.size() == [61, 1441, 0]
    }

    def "the day partitions the fold emptied are coalesced a month at a time; late, state and waiting points stay, and retention still drops whole partitions (Art. 30.7a)"() {
        given: 'the store two months ahead: day partitions prepared, a gauge polled every 6 hours and a state once a day over two whole months'
        def m1 = YearMonth.from(LocalDate.now(ZoneOffset.UTC)).plusMonths(1)
        def m2 = m1.plusMonths(1)
        def now = m2.plusMonths(1).atDay(10).atStartOfDay().toInstant(ZoneOffset.UTC)
        partitionDuty.run(now)
        def start = m1.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)
        def end = m2.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)
        def days = (int) Duration.between(start, end).toDays()
        // every 6 hours, not every minute: points ahead of the clock mark their buckets as open ones, rolled up one by one
        sink.record((0..<days * 4).collect { Reading.of(start.plus(Duration.ofHours(6 * it)), device, 'ups.output.load', '0', 30 + it % 17, '%') })
        sink.record((0..<days).collect { new Reading(start.plus(Duration.ofDays(it)).plusSeconds(7), device, 'ups.status', '0', 2d, 'onLine', null) })
        rollups.run(now)
        def gauge = catalog.find(device, 'ups.output.load', '0').get()
        def state = catalog.find(device, 'ups.status', '0').get()
        def rawBefore = history.points(gauge, Rollups.Resolution.RAW, start, end)
        def pc = { YearMonth m -> 'pc' + m.atEndOfMonth().toString().replace('-', '') }

        when: 'the chunk duty runs'
        def outcome = chunks.run(now)

        then: 'the two months are a partition each, the state points are still rows in them, the open days keep their day partitions'
        def sql = new Sql(dataSource)
        def names = partitions.of('series_point')*.name()
        outcome.message().contains('coalesced into')
        names.containsAll([pc(m1), pc(m2)])
        partitions.of('series_point').find { it.name() == pc(m1) }.below() == m2.atDay(1)
        !names.any { it.startsWith('p' + m1.toString().replace('-', '')) || it.startsWith('p' + m2.toString().replace('-', '')) }
        names.contains('p' + m2.plusMonths(1).atDay(9).toString().replace('-', ''))
        sql.count("SELECT COUNT(*) FROM series_point PARTITION (${pc(m1)}) WHERE series_id = ?".toString(), [state.id()]) == m1.lengthOfMonth()
        sql.count('SELECT COUNT(*) FROM series_point WHERE series_id = ?', [gauge.id()]) == 0
        sql.count('SELECT SUM(n) FROM series_chunk WHERE series_id = ?', [gauge.id()]) == days * 4

        and: 'every point reads as before'
        history.points(gauge, Rollups.Resolution.RAW, start, end) == rawBefore
        rawBefore.size() == days * 4

        when: 'a point arrives late into a coalesced day, and the duties run again'
        def late = m1.atDay(15).atTime(12, 3).toInstant(ZoneOffset.UTC)
        sink.record([Reading.of(late, device, 'ups.output.load', '0', 99, '%')])
        def inPartition = sql.count("SELECT COUNT(*) FROM series_point PARTITION (${pc(m1)}) WHERE series_id = ?".toString(), [gauge.id()])
        rollups.run(now)
        chunks.run(now)
        rollups.run(now)
        chunks.run(now)

        then: 'it landed in the month partition, was read, and is folded into its day without loss'
        inPartition == 1
        sql.count('SELECT COUNT(*) FROM series_point WHERE series_id = ?', [gauge.id()]) == 0
        sql.count('SELECT SUM(n) FROM series_chunk WHERE series_id = ?', [gauge.id()]) == days * 4 + 1
        history.points(gauge, Rollups.Resolution.RAW, start, end).size() == days * 4 + 1

        when: 'retention keeps 183 days and its cutoff lies on the 15th of the second month'
        def later = m2.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofDays(183)).plus(Duration.ofHours(3))
        new ReadingRetentionDuty(jdbc, partitions, 183, 90, 1830, 0).run(later)

        then: 'the first month went as a whole partition, the second stays and keeps only the rows of its kept days'
        def left = partitions.of('series_point')*.name()
        !left.contains(pc(m1))
        left.contains(pc(m2))
        sql.rows('SELECT CAST(ts AS DATE) d FROM series_point WHERE series_id = ? ORDER BY ts', [state.id()])*.d*.toString() ==
                (15..m2.lengthOfMonth()).collect { m2.atDay(it).toString() }
        sql.count('SELECT SUM(n) FROM series_chunk WHERE series_id = ?', [gauge.id()]) == (m2.lengthOfMonth() - 14) * 4
    }
}
