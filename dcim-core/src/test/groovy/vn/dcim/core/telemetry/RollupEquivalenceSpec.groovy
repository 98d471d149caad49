package vn.dcim.core.telemetry

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Unroll
import vn.dcim.core.testing.MariaDbSpec
import vn.dcim.core.testing.Sql

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit
import java.util.concurrent.Callable
import java.util.concurrent.Executors

/**
 * The set-based roll-ups (one statement for many series) equal the naive computation, series
 * by series and bucket by bucket, on random points: closed buckets (the marks of late points), the
 * open bucket (marked as a whole), points arriving after a run into buckets already rolled up, states
 * without numbers, and two runs at once (clustered instances must not count twice).
 */
@MicronautTest(transactional = false)
class RollupEquivalenceSpec extends MariaDbSpec {
    @Inject ReadingSink sink
    @Inject DataSource dataSource
    @Inject RollupDuty rollups

    @Unroll
    def "roll-ups equal the per-series computation: #what"() {
        given: 'random points of #seriesCount series, unique times per series'
        def random = new Random(seed)
        String prefix = 're-' + UUID.randomUUID().toString().take(6)
        Instant now = Instant.now()
        // closed: from an hour before yesterday's midnight, over three hours (two days, four hours);
        // open: within the 5-minute bucket running now, which the writers mark as a whole
        Instant from = open ? now.truncatedTo(ChronoUnit.MINUTES).minusSeconds(now.atZone(java.time.ZoneOffset.UTC).minute % 5 * 60)
                : now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofHours(25))
        long spanMs = open ? 5 * 60_000 - 1 : 3 * 3_600_000
        Set<String> used = [] as Set
        Closure<List<Reading>> draw = { int perSeries ->
            (0..<seriesCount).collectMany { s ->
                (0..<perSeries).collect {
                    long ms
                    do { ms = (long) (random.nextDouble() * spanMs) } while (!used.add("$s/$ms"))
                    boolean state = states && random.nextInt(3) == 0
                    Double value = state && random.nextBoolean() ? null : Math.round(random.nextGaussian() * 1000) / 10d
                    new Reading(from.plusMillis(ms), "$prefix-$s", 'env.mixed', '0', value, state ? 'st' + random.nextInt(4) : null, null)
                }
            }
        }
        List<Reading> first = draw(points)
        List<Reading> later = draw(latePoints)

        when: 'the points, a run, the later points (into buckets already rolled up), a run (or two at once); the open bucket is rolled up once closed'
        first.collate(500).each { sink.record(it) }
        if (stalled) {
            wholeBucketMarks(prefix)
        }
        rollups.run(Instant.now())
        later.collate(500).each { sink.record(it) }
        Instant runAt = open ? Instant.now().plus(Duration.ofMinutes(8)) : Instant.now()
        if (concurrent) {
            def pool = Executors.newFixedThreadPool(2)
            pool.invokeAll([{ rollups.run(runAt) } as Callable, { rollups.run(runAt) } as Callable])*.get()
            pool.shutdown()
        } else {
            rollups.run(runAt)
        }
        List<Reading> all = first + later

        then: 'every 5-minute, hourly and daily row equals the naive computation over all points'
        [['rollup_5m', 300], ['rollup_1h', 3_600], ['rollup_1d', 86_400]].every { table, seconds ->
            def expected = naive(all, seconds as long)
            def stored = stored(table as String, prefix)
            assert stored.keySet() == expected.keySet()
            expected.each { k, e -> assertSame(stored[k], e, "$table $k") }
            true
        }

        where:
        what                                                  | seed | seriesCount | points | latePoints | open  | states | concurrent | stalled
        'closed buckets'                                      | 1    | 12          | 40     | 0          | false | false  | false      | false
        'closed buckets, late points re-roll their buckets'   | 2    | 12          | 40     | 25         | false | false  | false      | false
        'states without numbers, late points'                 | 3    | 8           | 30     | 10         | false | true   | false      | false
        'the open bucket, points written after its first run' | 4    | 20          | 3      | 3          | true  | false  | false      | false
        'the open bucket, two runs at once'                   | 5    | 20          | 3      | 2          | true  | true   | true       | false
        'closed buckets, two runs at once'                    | 6    | 10          | 30     | 20         | false | false  | true       | false
        'a stall: many buckets marked whole closed at once'   | 7    | 10          | 40     | 0          | false | true   | false      | true
    }

    /**
     * As if the duty had stalled while the writers marked the buckets as a whole (they were open then): this
     * spec's late marks become whole-bucket marks, so one run finds some 36 closed buckets in four hours of two
     * days, and rolls their hours and days up once after all of them.
     */
    void wholeBucketMarks(String prefix) {
        def sql = new Sql(dataSource)
        sql.update("INSERT INTO rollup_dirty (bucket, shard, gen, done_gen) SELECT DISTINCT p.bucket, 0, 1, 0 FROM rollup_pending p"
                + " JOIN series s ON s.id = p.series_id WHERE s.device_id LIKE ? ON DUPLICATE KEY UPDATE gen = rollup_dirty.gen + 1", [prefix + '-%'])
        sql.update("DELETE p FROM rollup_pending p JOIN series s ON s.id = p.series_id WHERE s.device_id LIKE ?", [prefix + '-%'])
        assert sql.count("SELECT COUNT(*) FROM rollup_dirty") >= 20
    }

    /** Per series and bucket: n, n_value, min, max, sum, last time (µs), last value and text. */
    static Map<String, List> naive(List<Reading> points, long seconds) {
        points.groupBy { r -> r.deviceId() + '@' + Math.floorDiv(r.time().epochSecond, seconds) * seconds }.collectEntries { k, ps ->
            def numbers = ps*.value().findAll { it != null }
            def last = ps.max { it.time() }
            [(k): [ps.size() as long, numbers.size() as long, numbers ? numbers.min() : null, numbers ? numbers.max() : null,
                   numbers ? numbers.sum() : null, last.time().epochSecond * 1_000_000 + last.time().nano.intdiv(1000), last.value(), last.text()]]
        }
    }

    Map<String, List> stored(String table, String prefix) {
        new Sql(dataSource).rows("SELECT s.device_id, TIMESTAMPDIFF(SECOND, '1970-01-01', r.bucket) b, r.n, r.n_value, r.min_value,"
                + " r.max_value, r.sum_value, TIMESTAMPDIFF(MICROSECOND, '1970-01-01', r.last_ts) l, r.last_value, r.last_text FROM $table r"
                + " JOIN series s ON s.id = r.series_id WHERE s.device_id LIKE ?", [prefix + '-%']).collectEntries { row ->
            [(row.device_id + '@' + row.b): [row.n as long, row.n_value as long, row.min_value, row.max_value, row.sum_value,
                                             row.l as long, row.last_value, row.last_text]]
        }
    }

    static void assertSame(List stored, List expected, String where) {
        assert stored != null, where
        assert stored[0] == expected[0] && stored[1] == expected[1] && stored[5] == expected[5] && stored[7] == expected[7], where
        [2, 3, 4, 6].each { i ->
            assert (stored[i] == null) == (expected[i] == null), "$where column $i"
            if (expected[i] != null) {
                assert Math.abs((stored[i] as double) - (expected[i] as double)) <= 1e-9 * Math.max(1d, Math.abs(expected[i] as double)),
                        "$where column $i: ${stored[i]} != ${expected[i]}"
            }
        }
    }
}
