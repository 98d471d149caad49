package vn.dcim.mqtt.ingest

import vn.dcim.core.testing.BenchDatabase
import io.micronaut.context.ApplicationContext
import io.micronaut.context.event.ApplicationEventListener
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.core.telemetry.ReadingsRecorded
import vn.dcim.mqtt.broker.BrokerSettings
import vn.dcim.mqtt.testing.Mosquitto

import java.time.Instant
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.TimeUnit

/**
 * bench/mqtt: the bridge against a bare mosquitto_sub on the same stream through a private Mosquitto.
 * 1. drain: N messages (half access events of 10 doors, half metric messages of 10 sensors) queued
 *    in the broker for a persistent session, then the clock runs until the bridge has committed all
 *    of them; the same for `mosquitto_sub -C N`. Ratio = bridge / mosquitto_sub.
 *    Between the two, the Paho client alone (QoS 1, persistent session, acks each message as it
 *    arrives, stores nothing): the ceiling the mandated client library sets before any work of ours.
 * 2. latency: a live stream published by mosquitto_pub at a fixed rate; end-to-end latency is commit
 *    time minus the publisher's time stamp (ts) of each metric message.
 * Not a spec (no Spec suffix): run by bench/mqtt/run.sh.
 */
class MqttBench {
    static final int DOORS = 10
    /** series per sensor: a gateway reports the same sensors again and again, as real ones do */
    static final int SERIES = 100

    /** The product a bench drives: the bench database (DCIM_TEST_DB_URL), the broker, and no bridge of its own. */
    static ApplicationContext context(Mosquitto broker, String clientId) {
        String db = System.getenv('DCIM_TEST_DB_URL') ?: 'jdbc:mariadb://127.0.0.1:3306/dcim_test'
        ApplicationContext.run(BenchDatabase.properties(db) + [
                'dcim.mqtt.url'            : broker.url(),
                'dcim.mqtt.client-id'      : clientId,
                'dcim.mqtt.bridge.enabled' : 'false',
        ] as Map<String, Object>)
    }

    static void main(String[] args) {
        int n = (System.getenv('BENCH_MESSAGES') ?: '200000') as int
        int rate = (System.getenv('BENCH_LIVE_RATE') ?: '5000') as int
        int liveSeconds = (System.getenv('BENCH_LIVE_SECONDS') ?: '10') as int
        // the live stream's series: a centre's sensors reporting again and again (1000), or 0: a new series in every
        // message (a stream of sensors never seen before, the series store's creation path)
        int liveSeries = (System.getenv('BENCH_LIVE_SERIES') ?: '1000') as int
        Mosquitto broker = Mosquitto.asDocumented()
        java.nio.file.Path streamDir = java.nio.file.Files.createTempDirectory('mqtt-bench-')
        ApplicationContext ctx = context(broker, 'dcim-bench')
        try {
            register(ctx)
            def latencies = new ConcurrentLinkedQueue<Long>()
            def measuring = new java.util.concurrent.atomic.AtomicBoolean()
            ctx.registerSingleton(ApplicationEventListener, new LiveLatency(measuring, latencies))
            def pipeline = ctx.getBean(IngestPipeline)
            // BENCH_CONNECTIONS > 1: that many connections in one MQTT 5 shared subscription, as dcim.mqtt.connections
            int connections = (System.getenv('BENCH_CONNECTIONS') ?: '1') as int
            def brokerSettings = ctx.getBean(BrokerSettings)
            brokerSettings.connections = connections
            def subscriber = { ->
                connections > 1
                        ? new BridgeMembers(brokerSettings, ctx.getBean(BridgeSettings), pipeline, { [] }, java.time.Clock.systemUTC(),
                        BridgeConnections.of(brokerSettings))
                        : PahoSubscriber.v3(brokerSettings, ctx.getBean(BridgeSettings), pipeline, java.time.Clock.systemUTC())
            }

            println "machine: ${Runtime.runtime.availableProcessors()} cores, ${System.getProperty('java.vm.name')} ${System.getProperty('java.version')}"
            println "bridge connections: ${connections}${connections > 1 ? ' (MQTT 5 shared subscription)' : ' (MQTT 3.1.1)'}"
            println "stream: ${n} messages, half access events (${DOORS} doors), half metric messages (${DOORS} sensors)"

            // every stream written to files before anything is measured: publishing then costs this
            // JVM nothing, and generating 400,000 messages in Groovy between two drains had made the
            // JIT throw away and recompile shared code (regex, maps) during the measured drain
            int subRuns = (System.getenv('BENCH_SUB_RUNS') ?: '3') as int
            int warmRounds = (System.getenv('BENCH_WARMUP_ROUNDS') ?: '4') as int
            int warm = Math.max(2 * DOORS, n.intdiv(2))
            Map<String, List<List>> streams = [:]
            (1..subRuns).each { streams["sub${it}".toString()] = streamFiles(streamDir, n, "sub${it}") }
            streams['paho-warm'] = streamFiles(streamDir, warm, 'paho-warm')
            streams['paho'] = streamFiles(streamDir, n, 'paho')
            (0..<warmRounds).each { streams["warm${it}".toString()] = streamFiles(streamDir, warm, "warm${it}") }
            streams['bridge'] = streamFiles(streamDir, n, 'bridge')

            // the bare drain rate of mosquitto_sub on the same stream: it varies by half from run to
            // run (scheduling of two single-threaded C processes), so the median of several drains
            sub(broker, ['-E'])
            List<Double> subRates = (1..subRuns).collect {
                publishStream(broker, streams["sub${it}".toString()])
                long s0 = System.nanoTime()
                int subExit = sub(broker, ['-C', n as String])
                assert subExit == 0: "mosquitto_sub did not receive the ${n} messages"
                n / ((System.nanoTime() - s0) / 1e9)
            }
            double subRate = subRates.sort()[subRates.size().intdiv(2)]

            // the Paho client alone on the same stream, after a warm-up drain of half of it
            def pahoCpu = null
            pahoDrain(broker, 0, null)
            publishStream(broker, streams['paho-warm'])
            pahoDrain(broker, warm - warm % (2 * DOORS), null)
            publishStream(broker, streams['paho'])
            double pahoRate = pahoDrain(broker, n, { pahoCpu = it })

            // the bridge: register its session, queue the stream, then drain into MariaDB
            def b = subscriber()
            b.start()
            waitUntil(30) { b.isConnected() }
            Thread.sleep(500)
            b.close()
            // warm-up drains, not counted, so the bridge is measured as it runs for months: compiled by
            // the JIT (with a quarter of the stream C2 was still compiling during the measured drain)
            warmRounds.times { round ->
                publishStream(broker, streams["warm${round}".toString()])
                long warmBase = pipeline.stats().committed()
                b = subscriber()
                b.start()
                waitUntil(600) { pipeline.stats().committed() - warmBase >= warm - warm % (2 * DOORS) }
                b.close()
            }
            publishStream(broker, streams['bridge'])
            System.err.println 'bench: measured drain starts'
            def atStart = pipeline.stats()
            long before = atStart.committed()
            def cpuAtStart = CpuUse.now()
            def threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.threadMXBean
            long allocatedAtStart = threads.totalThreadAllocatedBytes
            def dbAtStart = status(ctx)
            String loadAtStart = load()
            long t0 = System.nanoTime()
            b = subscriber()
            b.start()
            waitUntil(600) { pipeline.stats().committed() - before >= n }
            double bridgeRate = n / ((System.nanoTime() - t0) / 1e9)
            def cpu = CpuUse.now().minus(cpuAtStart)
            long allocated = threads.totalThreadAllocatedBytes - allocatedAtStart
            def dbAtEnd = status(ctx)
            String loadAtEnd = load()
            System.err.println 'bench: measured drain ends'
            def stats = pipeline.stats()

            // live stream at a fixed rate for latency
            latencies.clear()
            measuring.set(true)
            live(broker, rate, liveSeconds, liveSeries)
            waitUntil(60) { pipeline.stats().queued() == 0 && latencies.size() >= rate * liveSeconds * 0.99 }
            def sorted = latencies.toList().sort()
            def pct = { double p -> sorted.isEmpty() ? -1 : sorted[Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)] / 1000.0 }
            b.close()

            long accessRows = count(ctx, "SELECT COUNT(*) FROM access_event WHERE message_id LIKE 'bridge-%'")
            long readingRows = count(ctx, "SELECT COUNT(*) FROM reading WHERE instance LIKE 'bridge-%'")
            println String.format(Locale.ROOT, 'mosquitto_sub drain:      %,.0f msg/s (median of %s)', subRate,
                    subRates.collect { String.format(Locale.ROOT, '%,.0f', it) }.join(' / '))
            println String.format(Locale.ROOT, 'Paho client alone:        %,.0f msg/s  (acks on arrival, stores nothing; ratio %.2f; CPU %s)',
                    pahoRate, pahoRate / subRate, pahoCpu.describe(n))
            println String.format(Locale.ROOT, 'bridge persisted:         %,.0f msg/s  (%d access events + %d readings in MariaDB, %d batches, avg %.0f msg/batch)',
                    bridgeRate, accessRows, readingRows, stats.batches() - atStart.batches(),
                    (stats.committed() - before) / (double) Math.max(1, stats.batches() - atStart.batches()))
            println "bridge time: decode ${stats.decodeMs() - atStart.decodeMs()} ms, store ${stats.storeMs() - atStart.storeMs()} ms"
            println String.format(Locale.ROOT, 'ratio bridge / sub:       %.2f', bridgeRate / subRate)
            println "CPU during the bridge drain: ${cpu.describe(n)}"
            println String.format(Locale.ROOT, 'allocation during the bridge drain: %,d bytes a message (the bridge JVM, every thread)',
                    allocated.intdiv(n))
            // what MariaDB did for the drain (the whole server: another bench on it shows here too)
            def d = { String k -> (dbAtEnd[k] ?: 0L) - (dbAtStart[k] ?: 0L) }
            println String.format(Locale.ROOT, 'MariaDB during the drain: %.2f statements/msg (%,d executes, %,d queries), %,d commits, %,d fsyncs, '
                    + '%.2f rows written/msg, %.2f rows updated/msg, %,d redo bytes/msg; innodb_flush_log_at_trx_commit=%s',
                    (d('Com_stmt_execute') + d('Com_select') + d('Com_insert') + d('Com_update')) / (double) n, d('Com_stmt_execute'),
                    d('Questions'), d('Com_commit'), d('Innodb_data_fsyncs'), d('Handler_write') / (double) n, d('Handler_update') / (double) n,
                    d('Innodb_os_log_written').intdiv(n), variable(ctx, 'innodb_flush_log_at_trx_commit'))
            println "load average during the drain: ${loadAtStart} -> ${loadAtEnd}"
            println String.format(Locale.ROOT, 'live %d msg/s for %d s (%s): p50 %.1f ms, p99 %.1f ms, max %.1f ms end-to-end (publish -> committed), %d samples',
                    rate, liveSeconds, liveSeries > 0 ? liveSeries + ' series' : 'a new series every message',
                    pct(0.50), pct(0.99), pct(1.0), sorted.size())
        } finally {
            ctx.close()
            broker.close()
            streamDir.toFile().deleteDir()
        }
        System.exit(0)
    }

    static void register(ApplicationContext ctx) {
        ctx.getBean(SiteRepository).save(new Site('bench', 'Bench', 'Bench', 'Bench'))
        def devices = ctx.getBean(MonitoredDeviceRepository)
        (1..DOORS).each {
            devices.save(MonitoredDevice.mqtt("door-${it}".toString(), 'bench', null, "door ${it}".toString()))
            devices.save(MonitoredDevice.mqtt("sensor-${it}".toString(), 'bench', null, "sensor ${it}".toString()))
        }
    }

    /** n messages as files of lines, one per device topic: [topic, file] pairs. */
    static List<List> streamFiles(java.nio.file.Path dir, int n, String tag) {
        Instant t0 = Instant.parse('2026-11-22T00:00:00Z')
        int perDevice = n.intdiv(2 * DOORS)
        (1..DOORS).collectMany { d ->
            def doorFile = dir.resolve("${tag}-door-${d}.lines")
            doorFile.toFile().withWriter('UTF-8') { w ->
                (0..<perDevice).each { i -> w.write(accessEvent("${tag}-${d}-${i}", t0.plusMillis(i), i)); w.write('\n') }
            }
            def sensorFile = dir.resolve("${tag}-sensor-${d}.lines")
            sensorFile.toFile().withWriter('UTF-8') { w ->
                (0..<perDevice).each { i -> w.write(sensorMetric("${tag}-${i % SERIES}", t0.plusMillis(i), i)); w.write('\n') }
            }
            [["dcim/bench/door/door-${d}/access".toString(), doorFile], ["dcim/bench/sensor/sensor-${d}/metric".toString(), sensorFile]]
        }
    }

    /** One mosquitto_pub -l per device topic, in parallel. */
    static void publishStream(Mosquitto broker, List<List> files) {
        files.collect { f -> Thread.start { broker.publishFile(f[0] as String, f[1] as java.nio.file.Path) } }*.join()
    }

    /** The bench's access event number i: 500 badge holders passing one door. */
    static String accessEvent(String id, Instant ts, int i) {
        """{"id":"${id}","ts":"${ts}","result":"granted","badge":"B${i % 500}","person":"Nguyễn Văn ${i % 500}","direction":"in"}"""
    }

    /** The bench's metric message number i: one temperature of series {@code instance}. */
    static String sensorMetric(String instance, Instant ts, int i) {
        """{"ts":"${ts}","metrics":[{"metric":"env.temperature","instance":"${instance}","value":${20 + i % 10},"unit":"°C"}]}"""
    }

    /**
     * A live stream of metric messages, ts = the time the line is handed to mosquitto_pub: {@code seconds} at {@code
     * rate}, after one second of the same stream that is not measured: the
     * publisher's process starts and connects while its first lines wait in the pipe, which had put its start-up
     * (~100 ms) on the first few hundred messages and so on the p99.
     */
    static void live(Mosquitto broker, int rate, int seconds, int series) {
        Process p = new ProcessBuilder('mosquitto_pub', '-h', '127.0.0.1', '-p', broker.port as String, '-q', '1',
                '-t', 'dcim/bench/sensor/sensor-1/metric', '-l').redirectErrorStream(true).start()
        def w = new BufferedWriter(new OutputStreamWriter(p.outputStream, 'UTF-8'))
        long start = System.nanoTime()
        int leadIn = rate
        int total = leadIn + rate * seconds
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate)
            long wait = due - System.nanoTime()
            if (wait > 0) {
                w.flush()
                TimeUnit.NANOSECONDS.sleep(wait)
            }
            int k = i - leadIn
            String instance = k < 0 ? "lead-in-${i % 1000}" : "live-${series > 0 ? k % series : k}"
            w.write("""{"ts":"${Instant.now()}","metrics":[{"metric":"env.temperature","instance":"${instance}","value":21}]}\n""")
        }
        w.close()
        p.waitFor(60, TimeUnit.SECONDS)
    }

    /**
     * The Paho v3 client on the persistent session "bench-paho" with the bridge's socket factory,
     * acknowledging each message as its callback returns; connects and waits until it has received
     * {@code n} messages (0: only registers the session) and returns the rate from connect on.
     */
    static double pahoDrain(Mosquitto broker, int n, Closure cpuOut) {
        def received = new java.util.concurrent.atomic.AtomicLong()
        def client = new org.eclipse.paho.client.mqttv3.MqttAsyncClient(broker.url(), 'bench-paho',
                new org.eclipse.paho.client.mqttv3.persist.MemoryPersistence())
        client.callback = new CountingCallback(received)
        def options = new org.eclipse.paho.client.mqttv3.MqttConnectOptions(cleanSession: false, automaticReconnect: false,
                mqttVersion: org.eclipse.paho.client.mqttv3.MqttConnectOptions.MQTT_VERSION_3_1_1,
                socketFactory: new vn.dcim.mqtt.broker.BufferedSocketFactory())
        def cpu0 = CpuUse.now()
        long t0 = System.nanoTime()
        client.connect(options).waitForCompletion()
        client.subscribe('dcim/#', 1).waitForCompletion()
        waitUntil(600) { received.get() >= n }
        double rate = n / ((System.nanoTime() - t0) / 1e9)
        if (cpuOut != null) {
            cpuOut(CpuUse.now().minus(cpu0))
        }
        Thread.sleep(200)
        client.disconnect().waitForCompletion()
        client.close()
        rate
    }

    /**
     * mosquitto_sub on the persistent session "bench-sub", its output discarded by the kernel (read
     * by this JVM, the baseline was as fast as Groovy could count lines); returns its exit code, 0
     * once it has received every message it was asked for.
     */
    static int sub(Mosquitto broker, List<String> extra) {
        Process p = new ProcessBuilder(['mosquitto_sub', '-h', '127.0.0.1', '-p', broker.port as String, '-q', '1', '-c',
                                        '-i', 'bench-sub', '-t', 'dcim/#'] + extra)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start()
        p.waitFor()
    }

    static void waitUntil(int seconds, Closure<Boolean> condition) {
        long until = System.currentTimeMillis() + seconds * 1000L
        while (!condition()) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException('bench timed out')
            }
            // coarse enough that the bench's own polling stays out of the bridge's CPU figure
            Thread.sleep(20)
        }
    }

    /** MariaDB's global counters (SHOW GLOBAL STATUS), the numeric ones. */
    static Map<String, Long> status(ApplicationContext ctx) {
        def c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(ctx.getBean(javax.sql.DataSource)).connection
        try {
            def rs = c.createStatement().executeQuery('SHOW GLOBAL STATUS')
            Map<String, Long> out = [:]
            while (rs.next()) {
                String v = rs.getString(2)
                if (v ==~ /\d{1,18}/) {
                    out[rs.getString(1)] = v as long
                }
            }
            out
        } finally {
            c.close()
        }
    }

    static String variable(ApplicationContext ctx, String name) {
        def c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(ctx.getBean(javax.sql.DataSource)).connection
        try {
            def rs = c.createStatement().executeQuery("SELECT @@GLOBAL.${name}")
            rs.next()
            rs.getString(1)
        } finally {
            c.close()
        }
    }

    /** The machine's load averages (1, 5, 15 min): other work on it shows in every figure. */
    static String load() {
        new File('/proc/loadavg').text.split(' ')[0..2].join(' ')
    }

    static long count(ApplicationContext ctx, String sql) {
        def c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(ctx.getBean(javax.sql.DataSource)).connection
        try {
            def rs = c.createStatement().executeQuery(sql)
            rs.next()
            rs.getLong(1)
        } finally {
            c.close()
        }
    }
}

/**
 * End-to-end latency of the live phase's readings. Statically compiled: it runs on the bridge's
 * writer thread for every batch, and as a dynamic Groovy closure it took ~9 % of that thread's CPU in
 * the profile even outside the live phase, which the bench then counted as the bridge's.
 */
@groovy.transform.CompileStatic
class LiveLatency implements ApplicationEventListener<Object> {
    private final java.util.concurrent.atomic.AtomicBoolean measuring
    private final ConcurrentLinkedQueue<Long> latencies

    LiveLatency(java.util.concurrent.atomic.AtomicBoolean measuring, ConcurrentLinkedQueue<Long> latencies) {
        this.measuring = measuring
        this.latencies = latencies
    }

    @Override
    void onApplicationEvent(Object event) {
        // registered as a plain listener, it is also handed the other events (alarms)
        if (!measuring.get() || !(event instanceof ReadingsRecorded)) {
            return
        }
        ReadingsRecorded e = (ReadingsRecorded) event
        Instant now = Instant.now()
        long wall = now.epochSecond * 1_000_000L + now.nano.intdiv(1000)
        for (def r : e.readings()) {
            if (r.instance().startsWith('live')) {
                latencies.add(wall - (r.time().epochSecond * 1_000_000L + r.time().nano.intdiv(1000)))
            }
        }
    }
}

/** Counts what the Paho client alone receives; statically compiled, so the count costs next to nothing. */
@groovy.transform.CompileStatic
class CountingCallback implements org.eclipse.paho.client.mqttv3.MqttCallback {
    private final java.util.concurrent.atomic.AtomicLong received

    CountingCallback(java.util.concurrent.atomic.AtomicLong received) {
        this.received = received
    }

    @Override
    void connectionLost(Throwable cause) {
    }

    @Override
    void messageArrived(String topic, org.eclipse.paho.client.mqttv3.MqttMessage message) {
        received.incrementAndGet()
    }

    @Override
    void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
    }
}
