package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import vn.dcim.core.db.Jdbc
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

/** Issue 36: closed days as compressed chunks, read as if they were rows. */
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
                [1, 2].collect { java.time.LocalDate.ofInstant(FIRST, java.time.ZoneOffset.UTC).plusDays(it).toString() }
        history.points(series, Rollups.Resolution.RAW, FIRST, FIRST.plus(Duration.ofDays(3)))*.value() == (24..<72)*.doubleValue()
    }
}
