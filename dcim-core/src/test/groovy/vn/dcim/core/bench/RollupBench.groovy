package vn.dcim.core.bench

import io.micronaut.context.ApplicationContext
import vn.dcim.core.testing.BenchDatabase
import vn.dcim.core.schedule.DutyOutcome
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.core.telemetry.RollupDuty

import java.lang.management.ManagementFactory
import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

/**
 * The roll-up duty at scale (bench/rollups/run): SERIES series polled once a minute for MINUTES
 * minutes of wall-clock time, written through the product's ReadingSink, with the product's RollupDuty
 * run 15, 30, 45 and 60 s into each minute (its schedule; later when the minute's work overran). The
 * points are stamped when written, so the writers mark the open bucket and the duty closes buckets as
 * in production. Prints, per minute, the time to write the minute's points and the duty's four runs
 * with what they recomputed. Minute 0 (creating the series) is a warm-up.
 *
 * <p>Prints at the end {@code duty share: <n> %} (the duty's time per minute after the first, over
 * 60 s; a bucket's work falls in one minute of five, so run 6 minutes or more) and
 * {@code heap per series: <n> B}: the heap in use after a full GC once every series is known and
 * written (the writers' caches: series ids, bucket marks, latest values pending), minus the same
 * before the first point, divided by SERIES.
 * usage: RollupBench SERIES MINUTES
 */
class RollupBench {
    static void main(String[] args) {
        int series = args.length > 0 ? args[0] as int : 50_000
        int minutes = args.length > 1 ? args[1] as int : 10
        String db = System.getenv('DCIM_TEST_DB_URL') ?: 'jdbc:mariadb://127.0.0.1:3306/dcim_bench_rollups'
        ApplicationContext ctx = ApplicationContext.run(BenchDatabase.properties(db))
        try {
            ReadingSink sink = ctx.getBean(ReadingSink)
            RollupDuty duty = ctx.getBean(RollupDuty)
            long heapBefore = heapAfterGc()
            // real time, as collectors live: the points are stamped when written, the duty runs every 15 s
            // of the wall clock; minute 0 (creating the series) is a warm-up and sets the pace after it
            Instant start = null
            println "series=$series minutes=$minutes"
            println String.format('%-6s %10s %10s %10s  %s', 'minute', 'write s', 'duty s', 'max run s', 'per run: series x 5-minute buckets recomputed / of them for late points')
            double dutyTotal = 0
            double writeTotal = 0
            for (int m = 0; m < minutes; m++) {
                Instant minute = m == 0 ? Instant.now() : start.plus(Duration.ofMinutes(m - 1))
                sleepUntil(minute)
                Instant t = Instant.now()
                long w0 = System.nanoTime()
                for (int from = 0; from < series; from += 5_000) {
                    sink.record((from..<Math.min(series, from + 5_000)).collect { int i ->
                        Reading.of(t, 'dev-' + i.intdiv(10), 'env.sensor_' + (i % 10), '0', 20 + (i + m) % 7, '°C')
                    })
                }
                double write = (System.nanoTime() - w0) / 1e9
                List<String> outcomes = []
                double dutySeconds = 0
                double longest = 0
                for (int run = 1; run <= 4; run++) {
                    sleepUntil(minute.plusSeconds(15 * run))
                    long d0 = System.nanoTime()
                    DutyOutcome outcome = duty.run(Instant.now())
                    double s = (System.nanoTime() - d0) / 1e9
                    dutySeconds += s
                    longest = Math.max(longest, s)
                    def counts = outcome.message() =~ /(\d+) 5-minute buckets, (\d+) of them/
                    outcomes << (counts.find() ? counts.group(1) + '/' + counts.group(2) : outcome.message())
                }
                if (m > 0) { // the first minute warms up the JIT and the pool
                    dutyTotal += dutySeconds
                    writeTotal += write
                }
                println String.format('%-6d %10.2f %10.2f %10.2f  %s', m, write, dutySeconds, longest, outcomes.join(' | '))
                if (m == 0) {
                    start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1))
                }
            }
            if (minutes > 1) {
                println String.format('mean per minute after the first: write %.2f s, duty %.2f s (%.0f %% of a minute)',
                        writeTotal / (minutes - 1), dutyTotal / (minutes - 1), 100 * dutyTotal / (minutes - 1) / 60)
                println String.format('duty share: %.1f %%', 100 * dutyTotal / (minutes - 1) / 60)
            }
            long heapAfter = heapAfterGc()
            println String.format('heap per series: %d B (heap in use after GC %.1f MB before the first point, %.1f MB after)',
                    Math.round((heapAfter - heapBefore) / (double) series), heapBefore / 1e6, heapAfter / 1e6)
        } finally {
            ctx.close()
        }
        System.exit(0)
    }

    static void sleepUntil(Instant t) {
        long ms = Duration.between(Instant.now(), t).toMillis()
        if (ms > 0) {
            Thread.sleep(ms)
        }
    }

    /** Heap in use after full collections (System.gc() is a full GC with G1 unless disabled), settled. */
    static long heapAfterGc() {
        long used = Long.MAX_VALUE
        for (int i = 0; i < 4; i++) {
            System.gc()
            Thread.sleep(200)
            used = Math.min(used, ManagementFactory.memoryMXBean.heapMemoryUsage.used)
        }
        used
    }
}
