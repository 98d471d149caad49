package vn.dcim.snmp.bench

import io.micronaut.context.ApplicationContext
import vn.dcim.core.testing.BenchDatabase
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.device.Protocol
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.snmp.poll.SnmpPollingService

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant
import java.util.concurrent.ConcurrentHashMap

/**
 * Two pollers (two application contexts, as two machines) on one MariaDB schema share a
 * farm of real agents (bench/snmp/run DEVICES pair). Reports each poller's share, whether any device
 * was polled twice in an interval or missed one, and, after one poller freezes (as kill -9: no more
 * polls, no lease renewals), how long its devices went unpolled before the survivor took them over.
 *
 * Poll starts are sampled from the pollers' own device states every BENCH_SAMPLE_MS (a device is polled
 * once an interval, so sampling far faster than the interval misses none).
 * usage: PollerPairBench FIRST_PORT DEVICES
 * knobs: BENCH_INTERVAL_S (60), BENCH_LEASE_TTL_S (30), BENCH_INTERVALS (2 measured intervals before the crash)
 */
class PollerPairBench {
    final Map<String, ApplicationContext> pollers = new ConcurrentHashMap<>()
    final Map<String, Set<Instant>> starts = new ConcurrentHashMap<>()
    /** The poller that started each sampled poll, by device and start. */
    final Map<String, Map<Instant, String>> startedBy = new ConcurrentHashMap<>()

    static void main(String[] args) {
        int firstPort = args[0] as int
        int devices = args[1] as int
        int intervalS = env('BENCH_INTERVAL_S', '60') as int
        int ttlS = env('BENCH_LEASE_TTL_S', '30') as int
        int intervals = env('BENCH_INTERVALS', '2') as int
        String db = env('DCIM_TEST_DB_URL', 'jdbc:mariadb://127.0.0.1:3306/dcim_test')
        new PollerPairBench().run(db, firstPort, devices, intervalS, ttlS, intervals)
        System.exit(0)
    }

    void run(String db, int firstPort, int devices, int intervalS, int ttlS, int intervals) {
        println "pair: devices=$devices interval=${intervalS}s lease-ttl=${ttlS}s measured intervals=$intervals"
        def a = start(db, 'poller-a', ttlS, true)
        a.getBean(SiteRepository).save(new Site('bench', 'Bench', 'Bench', 'Bench'))
        a.getBean(MonitoredDeviceRepository).saveAll((0..<devices).collect {
            new MonitoredDevice("bench-${firstPort + it}", 'bench', null, "bench-${it}", Protocol.snmp, '127.0.0.1', firstPort + it, '2c',
                    'public', null, null, null, null, null, 'bench-host', intervalS, 2000, 1, true)
        })
        start(db, 'poller-b', ttlS, false)
        Thread sampler = Thread.start { sample() }
        try {
            long t0 = System.nanoTime()
            waitUntil(Duration.ofSeconds(10L * intervalS)) {
                held('poller-a') + held('poller-b') == devices && starts.size() == devices
            }
            println String.format('shared out and all polled once after %.1f s: poller-a holds %d, poller-b holds %d',
                    (System.nanoTime() - t0) / 1e9, held('poller-a'), held('poller-b'))

            // a steady run: one interval to settle (the first polls are spread by the hand-out), then the measured ones
            Thread.sleep(intervalS * 1000L)
            Instant from = Instant.now()
            Thread.sleep(intervals * intervalS * 1000L)
            Instant to = Instant.now()
            report('steady', from, to, intervalS, devices)
            println "share: poller-a ${held('poller-a')}, poller-b ${held('poller-b')} (${owners()})"

            // the crash: poller-a stops polling and renewing at once
            Set<String> orphans = devicesOf('poller-a')
            def frozen = pollers['poller-a'].getBean(SnmpPollingService)
            frozen.@ticker.shutdownNow()
            frozen.@writer.shutdownNow()
            Instant crashedAt = Instant.now()
            Map<String, Instant> lastBefore = orphans.collectEntries { id -> [(id): starts[id]?.findAll { it <= crashedAt }?.max()] }
            waitUntil(Duration.ofSeconds(ttlS + 4L * intervalS)) {
                orphans.every { id -> starts[id]?.any { it > crashedAt } }
            }
            Instant allBack = Instant.now()
            List<Long> gaps = orphans.collect { id ->
                Instant next = starts[id].findAll { it > crashedAt }.min()
                Duration.between(lastBefore[id] ?: crashedAt, next).toMillis()
            }.sort()
            List<Long> afterCrash = orphans.collect { id -> Duration.between(crashedAt, starts[id].findAll { it > crashedAt }.min()).toMillis() }.sort()
            println String.format('failover: %d devices of poller-a; poller-b polled all of them again %.1f s after the crash '
                    + '(first after %.1f s, median %.1f s; limit: two intervals); longest gap between two polls of one device %.1f s = %.2f intervals; '
                    + 'poller-b now holds %d',
                    orphans.size(), Duration.between(crashedAt, allBack).toMillis() / 1e3, afterCrash[0] / 1e3,
                    afterCrash[afterCrash.size().intdiv(2)] / 1e3, gaps[-1] / 1e3, gaps[-1] / 1000.0 / intervalS, held('poller-b'))
            Thread.sleep(2 * intervalS * 1000L)
            report('after failover', allBack, Instant.now(), intervalS, devices)
        } finally {
            sampler.interrupt()
            pollers.values()*.close()
        }
    }

    ApplicationContext start(String db, String id, int ttlS, boolean clean) {
        def ctx = ApplicationContext.run(BenchDatabase.properties(db, clean) + [
                'dcim.snmp.enabled'          : 'true',
                'dcim.snmp.lease.instance-id': id,
                'dcim.snmp.lease.ttl'        : "${ttlS}s".toString(),
                'dcim.mqtt.bridge.enabled'   : 'false',
        ] as Map<String, Object>)
        pollers[id] = ctx
        ctx
    }

    void sample() {
        long every = env('BENCH_SAMPLE_MS', '200') as long
        while (!Thread.currentThread().interrupted) {
            pollers.each { String poller, ApplicationContext ctx ->
                ctx.getBean(SnmpPollingService).@states.each { String id, state ->
                    Instant started = state.@lastStarted
                    if (started != null && starts.computeIfAbsent(id) { ConcurrentHashMap.newKeySet() }.add(started)) {
                        startedBy.computeIfAbsent(id) { new ConcurrentHashMap<>() }.put(started, poller)
                    }
                }
            }
            try { Thread.sleep(every) } catch (InterruptedException e) { return }
        }
    }

    /**
     * The gaps between consecutive polls of each device started in [from, to]: a gap shorter than 90 % of
     * the interval is a device polled twice in one interval, one longer than 1.5 intervals an interval missed.
     * (Counting polls in the window would say 1 or 2 by where the window falls on a poller's rounds.)
     */
    void report(String phase, Instant from, Instant to, int intervalS, int devices) {
        List<Long> gaps = []
        Map<String, Integer> byPoller = [:].withDefault { 0 }
        int polled = 0
        starts.each { String id, Set<Instant> ts ->
            List<Instant> inWindow = ts.findAll { !it.isBefore(from) && !it.isAfter(to) }.sort()
            polled += inWindow ? 1 : 0
            inWindow.each { byPoller[startedBy[id][it]]++ }
            (1..<Math.max(1, inWindow.size())).each { gaps << Duration.between(inWindow[it - 1], inWindow[it]).toMillis() }
        }
        gaps.sort()
        long interval = intervalS * 1000L
        println String.format('%s, %.0f s: devices polled %d of %d; polls by poller %s; gap between two polls of a device '
                + 'min %.1f s, median %.1f s, max %.1f s; polled twice in an interval (gap < 0.9 interval) %d, interval missed (gap > 1.5) %d',
                phase, Duration.between(from, to).toMillis() / 1e3, polled, devices, byPoller.sort(),
                (gaps ? gaps[0] : 0) / 1e3, (gaps ? gaps[gaps.size().intdiv(2)] : 0) / 1e3, (gaps ? gaps[-1] : 0) / 1e3,
                gaps.count { it < interval * 0.9 }, gaps.count { it > interval * 1.5 })
    }

    int held(String id) {
        pollers[id].getBean(SnmpPollingService).heldDevices()
    }

    Set<String> devicesOf(String owner) {
        rows("SELECT device_id FROM device_lease WHERE owner = '$owner'")*.device_id as Set<String>
    }

    Map owners() {
        rows("SELECT owner, COUNT(*) AS n FROM device_lease GROUP BY owner").collectEntries { [(it.owner): it.n] }
    }

    List<Map> rows(String sql) {
        DataSource ds = DelegatingDataSource.unwrapDataSource(pollers.values().first().getBean(DataSource))
        ds.connection.withCloseable { c ->
            def rs = c.createStatement().executeQuery(sql)
            def out = []
            while (rs.next()) {
                out << (1..rs.metaData.columnCount).collectEntries { [(rs.metaData.getColumnLabel(it)): rs.getObject(it)] }
            }
            out
        }
    }

    static void waitUntil(Duration limit, Closure<Boolean> done) {
        long end = System.nanoTime() + limit.toNanos()
        while (!done()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("not within $limit")
            }
            Thread.sleep(200)
        }
    }

    static String env(String name, String fallback) { System.getenv(name) ?: fallback }
}
