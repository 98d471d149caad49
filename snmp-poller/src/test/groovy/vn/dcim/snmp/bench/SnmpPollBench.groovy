package vn.dcim.snmp.bench

import com.sun.management.OperatingSystemMXBean
import groovy.transform.CompileStatic
import io.micronaut.context.ApplicationContext
import vn.dcim.core.testing.BenchDatabase
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.Reading
import vn.dcim.core.telemetry.ReadingBatch
import vn.dcim.core.telemetry.ReadingSink
import vn.dcim.snmp.poll.AgentAddress
import vn.dcim.snmp.poll.DevicePoller
import vn.dcim.snmp.poll.PollReadings
import vn.dcim.snmp.poll.PollResult
import vn.dcim.snmp.poll.SnmpClient
import vn.dcim.snmp.profile.ProfileCatalog

import javax.sql.DataSource
import java.lang.management.ManagementFactory
import java.time.Instant
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.Semaphore
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicLong

/**
 * Measures the poller against a farm of real agents (net-snmp snmpd, one UDP port per device, see
 * bench/snmp/run): the product's DevicePoller on one SNMP4J session, readings handed once a second
 * to the product's ReadingSink (JdbcReadingStore into MariaDB) as SnmpPollingService does.
 *
 * Modes (env BENCH_MODE):
 *  - flat:  every device polled back to back, at most BENCH_CONCURRENCY polls in flight, for
 *           BENCH_ROUNDS rounds after one warm-up round: the poller's ceiling and its CPU cost.
 *  - paced: each device polled once every BENCH_INTERVAL_S seconds (spread evenly), for
 *           BENCH_INTERVALS intervals: the production load, with its CPU share and latency.
 * Allocation per OID is counted by the JVM and, by site, sampled by JFR over the measured run (BENCH_JFR=false: not).
 * BENCH_DEAD extra devices point at UDP ports where a socket swallows every request (never answers);
 * their polls time out (2 s, 1 retry) while the latency of the live ones is reported separately.
 * usage: SnmpPollBench FIRST_PORT DEVICES
 */
@CompileStatic // the harness's own cost must not count as the poller's
class SnmpPollBench {
    static final String PROFILE = 'bench-host'
    /** Readings polled but not yet committed before `flat` stops starting polls: MariaDB sets the pace then, not the heap. */
    static final long BACKLOG = 100_000

    final DevicePoller poller
    final ReadingSink sink
    /** What the polls read since the last flush, as SnmpPollingService keeps it: columns, filled under a lock. */
    final Object pendingLock = new Object()
    ReadingBatch pending = new ReadingBatch()
    ReadingBatch spare = new ReadingBatch()
    final AtomicLong persisted = new AtomicLong()
    final List<Long> liveLatencies = Collections.synchronizedList(new ArrayList<Long>())
    final List<Long> deadLatencies = Collections.synchronizedList(new ArrayList<Long>())
    final AtomicLong values = new AtomicLong()
    final AtomicLong failures = new AtomicLong()
    final AtomicLong polls = new AtomicLong()
    final AtomicLong produced = new AtomicLong()
    final AtomicLong flushCpuNanos = new AtomicLong()

    SnmpPollBench(DevicePoller poller, ReadingSink sink) {
        this.poller = poller
        this.sink = sink
    }

    static void main(String[] args) {
        int firstPort = args[0] as int
        int devices = args[1] as int
        String mode = env('BENCH_MODE', 'flat')
        int concurrency = env('BENCH_CONCURRENCY', '500') as int
        int rounds = env('BENCH_ROUNDS', '3') as int
        int intervalS = env('BENCH_INTERVAL_S', '60') as int
        int intervals = env('BENCH_INTERVALS', '2') as int
        int dead = env('BENCH_DEAD', '0') as int
        // BENCH_PERSIST=false: readings are dropped instead of written, to see the polling alone
        boolean persist = env('BENCH_PERSIST', 'true') != 'false'
        String db = env('DCIM_TEST_DB_URL', 'jdbc:mariadb://127.0.0.1:3306/dcim_test')

        Map<String, Object> props = BenchDatabase.properties(db)
        props.putAll(['dcim.snmp.enabled': 'false', 'dcim.mqtt.bridge.enabled': 'false'] as Map<String, Object>)
        ApplicationContext ctx = ApplicationContext.run(props)
        List<DatagramSocket> sinks = (0..<dead).collect { new DatagramSocket(0, InetAddress.loopbackAddress) }
        SnmpClient client = new SnmpClient()
        try {
            List<AgentAddress> live = (0..<devices).collect { new AgentAddress('127.0.0.1', firstPort + it, '2c', 'public', null, null, null, null, null, 2000, 1) }
            List<AgentAddress> gone = sinks.collect { new AgentAddress('127.0.0.1', it.localPort, '2c', 'public', null, null, null, null, null, 2000, 1) }
            register(ctx, live + gone)
            ReadingSink sink = persist ? ctx.getBean(ReadingSink) : new ReadingSink() {
                @Override
                void record(List<Reading> r) {
                }

                @Override
                void record(ReadingBatch b) {
                }
            }
            def bench = new SnmpPollBench(new DevicePoller(client, ProfileCatalog.load()), sink)
            println "mode=$mode devices=$devices dead=$dead persist=$persist " + (mode == 'flat' ? "concurrency=$concurrency rounds=$rounds" : "interval=${intervalS}s intervals=$intervals")
            bench.run(mode, live, gone as Set, concurrency, rounds, intervalS, intervals, ctx)
        } finally {
            client.close()
            sinks*.close()
            Thread.sleep(1000)
            ctx.close()
        }
        System.exit(0)
    }

    void run(String mode, List<AgentAddress> live, Set<AgentAddress> dead, int concurrency, int rounds,
             int intervalS, int intervals, ApplicationContext ctx) {
        List<AgentAddress> all = new ArrayList<AgentAddress>(live)
        all.addAll(dead)
        def flusher = Executors.newSingleThreadScheduledExecutor()
        flusher.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS)

        // warm-up: JIT, connection pool, the agents' caches; not counted
        flat(all, dead, concurrency, env('BENCH_WARMUP_ROUNDS', '1') as int)
        waitDrained()
        [liveLatencies, deadLatencies]*.clear()
        [values, failures, polls, persisted, produced, flushCpuNanos]*.set(0)
        long dbBefore = count(ctx, 'SELECT COUNT(*) FROM reading')

        def os = (OperatingSystemMXBean) ManagementFactory.operatingSystemMXBean
        long cpu0 = os.processCpuTime
        def allocation = (com.sun.management.ThreadMXBean) ManagementFactory.threadMXBean
        long allocated0 = allocation.totalThreadAllocatedBytes
        long gcMs0 = ManagementFactory.garbageCollectorMXBeans.sum { it.collectionTime } as long
        Map<String, Long> threads0 = threadGroupTicks()
        long t0 = System.nanoTime()
        if (mode == 'paced') {
            paced(all, dead, intervalS, intervals)
        } else {
            flat(all, dead, concurrency, rounds)
        }
        long pollEnd = System.nanoTime()
        waitDrained()
        long persistEnd = System.nanoTime()
        double cpu = (os.processCpuTime - cpu0) / 1e9
        long allocated = allocation.totalThreadAllocatedBytes - allocated0
        long gcMs = (ManagementFactory.garbageCollectorMXBeans.sum { it.collectionTime } as long) - gcMs0
        Map<String, Long> threads1 = threadGroupTicks()
        double secs = (pollEnd - t0) / 1e9
        double persistSecs = (persistEnd - t0) / 1e9
        long dbRows = count(ctx, 'SELECT COUNT(*) FROM reading') - dbBefore

        System.gc()
        long heap = ManagementFactory.memoryMXBean.heapMemoryUsage.used
        long maxHeap = Runtime.runtime.maxMemory()
        printf('polls %d (%d failed; dead agents: %d polls), wall %.1f s%n', polls.get(), failures.get(), deadLatencies.size(), secs)
        printf('devices/s %.0f   OIDs/s %.0f   (values decoded: %d, %.1f per poll)%n',
                polls.get() / secs, values.get() / secs, values.get(), values.get() / Math.max(1, polls.get() - deadLatencies.size()))
        printf('poll latency live agents: p50 %.1f ms  p99 %.1f ms  max %.1f ms%n', pct(liveLatencies, 0.50), pct(liveLatencies, 0.99), pct(liveLatencies, 1.0))
        if (!deadLatencies.isEmpty()) {
            printf('poll latency dead agents: p50 %.0f ms (timeout 2 s, 1 retry)%n', pct(deadLatencies, 0.50))
        }
        printf('readings persisted %d (in MariaDB: %d) in %.1f s: %.0f readings/s%n', persisted.get(), dbRows, persistSecs, persisted.get() / persistSecs)
        printf('poller CPU %.1f s over %.1f s wall (%.0f%% of one core): %.0f OIDs per CPU-second%n', cpu, persistSecs, 100 * cpu / persistSecs, values.get() / cpu)
        printf('  of which persisting (sink.record: JDBC batch, latest values, alarm rules): %.1f s%n', flushCpuNanos.get() / 1e9)
        printf('  by thread: %s%n', threads1.collect { k, v -> String.format(Locale.ROOT, '%s %.1f s', k, (v - (threads0[k] ?: 0L)) / 100.0) }.join(', '))
        double jit = ((threads1['JIT compiler'] ?: 0L) - (threads0['JIT compiler'] ?: 0L)) / 100.0
        printf('  without JIT compilation (a warm-up cost that a long-running service pays once): %.0f OIDs per CPU-second%n', values.get() / Math.max(0.01d, cpu - jit))
        double gcCpu = ((threads1['GC'] ?: 0L) - (threads0['GC'] ?: 0L)) / 100.0
        // the unit the exporter is compared in: a value read from an agent (persisted, with its poll's share of everything)
        printf('allocation %.0f bytes per OID (%.1f GiB over %d values); GC threads %.1f s = %.1f%% of the poller CPU, pauses %.1f s%n',
                allocated / (double) Math.max(1, values.get()), allocated / 1073741824.0, values.get(), gcCpu, 100 * gcCpu / cpu, gcMs / 1000.0)
        printf('CPU %.1f µs per OID%n', cpu * 1e6 / Math.max(1, values.get()))
        printf('heap used after GC %.1f MiB (max %.0f MiB)%n', heap / 1048576.0, maxHeap / 1048576.0)
        // Where the bytes go: a round of its own after the measured ones (BENCH_JFR=false: none). Recorded inside the
        // measured run, JFR cost the poller's JVM more than the polling did (its stack walks and the compilations
        // they set off: 10.9 s of CPU against 3.0 s without), so the figures above are taken without it.
        if (env('BENCH_JFR', 'true') != 'false') {
            allocationSites(all, dead, concurrency).each { println it }
        }
        flusher.shutdownNow()
    }

    /** One more flat round under a JFR allocation recording: its top sites in bytes per OID of that round. */
    List<String> allocationSites(List<AgentAddress> all, Set<AgentAddress> dead, int concurrency) {
        def allocation = (com.sun.management.ThreadMXBean) ManagementFactory.threadMXBean
        long values0 = values.get()
        long allocated0 = allocation.totalThreadAllocatedBytes
        def profile = new AllocationProfile()
        flat(all, dead, concurrency, 1)
        waitDrained()
        long allocated = allocation.totalThreadAllocatedBytes - allocated0
        // read after the round's figures are taken: reading the recording costs CPU and allocation of its own
        profile.report(values.get() - values0, 'OID', allocated, 12)
    }

    /** All devices back to back, at most `concurrency` polls in flight. */
    void flat(List<AgentAddress> all, Set<AgentAddress> dead, int concurrency, int rounds) {
        def slots = new Semaphore(concurrency)
        int total = all.size() * rounds
        def done = new CountDownLatch(total)
        rounds.times {
            for (AgentAddress a : all) {
                while (produced.get() - persisted.get() > BACKLOG) {
                    Thread.sleep(5)
                }
                slots.acquire()
                pollOne(a, dead.contains(a)).whenComplete { r, e ->
                    slots.release()
                    done.countDown()
                }
            }
        }
        done.await()
    }

    /** Each device once per interval, start times spread evenly, as a scheduler would. */
    void paced(List<AgentAddress> all, Set<AgentAddress> dead, int intervalS, int intervals) {
        long start = System.nanoTime()
        long stepNanos = (long) (intervalS * 1e9 / all.size())
        int total = all.size() * intervals
        def done = new CountDownLatch(total)
        for (int i = 0; i < total; i++) {
            long due = start + i * stepNanos
            long wait = due - System.nanoTime()
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait)
            }
            AgentAddress a = all[i % all.size()]
            pollOne(a, dead.contains(a)).whenComplete { r, e -> done.countDown() }
        }
        done.await()
    }

    java.util.concurrent.CompletableFuture<PollResult> pollOne(AgentAddress agent, boolean dead) {
        long start = System.nanoTime()
        String id = deviceId(agent)
        poller.poll(agent, PROFILE).whenComplete { PollResult r, Throwable e ->
            long took = System.nanoTime() - start
            (dead ? deadLatencies : liveLatencies) << took
            polls.incrementAndGet()
            Instant at = Instant.now()
            if (e != null) {
                failures.incrementAndGet()
                synchronized (pendingLock) {
                    PollReadings.unanswered(pending, at, id)
                }
                produced.incrementAndGet()
            } else {
                values.addAndGet(r.values().size())
                synchronized (pendingLock) {
                    PollReadings.answered(pending, at, id, r)
                }
                produced.addAndGet(1 + r.values().size())
            }
        }
    }

    /** What SnmpPollingService.flush does each tick: one sink.record for everything polled since. */
    void flush() {
        long cpu0 = ManagementFactory.threadMXBean.currentThreadCpuTime + writerThreadsCpu()
        ReadingBatch batch
        synchronized (pendingLock) {
            batch = pending
            pending = spare
        }
        spare = batch
        if (!batch.isEmpty()) {
            try {
                sink.record(batch)
                persisted.addAndGet(batch.size())
                batch.clear()
            } catch (RuntimeException e) {
                System.err.println("flush failed, retrying next second: ${e.message}")
                synchronized (pendingLock) {
                    batch.addAll(pending, 0, pending.size())
                    spare = pending
                    spare.clear()
                    pending = batch
                }
            } catch (Throwable e) {
                System.err.println("flush failed for good: $e")
                throw e
            }
        }
        flushCpuNanos.addAndGet(ManagementFactory.threadMXBean.currentThreadCpuTime + writerThreadsCpu() - cpu0)
    }

    /** CPU ticks (10 ms) of this JVM's threads from /proc, grouped: the JIT and GC threads are invisible to ThreadMXBean. */
    static Map<String, Long> threadGroupTicks() {
        Map<String, Long> groups = new TreeMap<>()
        File[] tasks = new File('/proc/self/task').listFiles()
        for (File t : (tasks ?: new File[0])) {
            try {
                String name = new File(t, 'comm').text.trim()
                String[] f = new File(t, 'stat').text.replaceFirst(/^.*\) /, '').split(' ')
                String group = name.startsWith('C1 Compiler') || name.startsWith('C2 Compiler') ? 'JIT compiler'
                        : name.startsWith('GC Thread') || name.startsWith('G1 ') || name == 'VM Thread' ? 'GC'
                        : name.startsWith('DefaultUDPTrans') ? 'SNMP4J listener'
                        : name.startsWith('reading-writer') || name.startsWith('pool-') ? 'persisting'
                        : 'other (' + name.replaceAll(/[-_ #]?\d+$/, '') + ')'
                groups.merge(group, (f[11] as long) + (f[12] as long), Long::sum)
            } catch (IOException ignored) {
                // the thread ended meanwhile
            }
        }
        groups
    }

    /** The store's helper threads that write parts of a big batch on their own connections. */
    static long writerThreadsCpu() {
        def mx = ManagementFactory.threadMXBean
        long sum = 0
        for (long id : mx.allThreadIds) {
            def info = mx.getThreadInfo(id)
            if (info != null && info.threadName.startsWith('reading-writer')) {
                sum += Math.max(0L, mx.getThreadCpuTime(id))
            }
        }
        sum
    }

    void waitDrained() {
        while (persisted.get() < produced.get()) {
            Thread.sleep(50)
        }
    }

    static String deviceId(AgentAddress a) { "bench-${a.port()}" }

    static void register(ApplicationContext ctx, List<AgentAddress> agents) {
        ctx.getBean(SiteRepository).save(new Site('bench', 'Bench', 'Bench', 'Bench'))
        ctx.getBean(MonitoredDeviceRepository).saveAll(agents.collect {
            MonitoredDevice.snmpV2c(deviceId(it), 'bench', null, deviceId(it), it.host(), it.port(), it.community())
        })
    }

    static double pct(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN
        }
        List<Long> sorted = new ArrayList<>(nanos).sort()
        sorted[Math.min(sorted.size() - 1, (int) (p * sorted.size()))] / 1e6
    }

    static long count(ApplicationContext ctx, String sql) {
        DataSource ds = DelegatingDataSource.unwrapDataSource(ctx.getBean(DataSource))
        ds.connection.withCloseable { c -> c.createStatement().executeQuery(sql).with { it.next(); it.getLong(1) } }
    }

    static String env(String name, String fallback) { System.getenv(name) ?: fallback }
}
