package vn.dcim.mqtt.ingest

import io.micronaut.context.ApplicationContext
import vn.dcim.core.device.DiscoveredSource
import vn.dcim.core.device.DiscoveredSources
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.core.site.Site
import vn.dcim.core.site.SiteRepository
import vn.dcim.mqtt.broker.BrokerSettings
import vn.dcim.mqtt.dialect.DialectEngine
import vn.dcim.mqtt.testing.Mosquitto

import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import java.util.function.Supplier

/**
 * bench/mqtt/vendor: MQTT ingest of a vendor dialect against today's contract, end to
 * end, through a private Mosquitto configured as bench/mqtt's into MariaDB. Two streams of the same
 * size and the same readings: metric messages of 10 sensors on {@code dcim/bench/sensor/sensor-N/metric}
 * (today's contract, devices registered) and the same values as Zigbee2MQTT sensors publish them on
 * {@code zigbee2mqtt/bench-z-N} (sources heard once, then bound through the discovery inbox as an
 * operator would). Each message gives BENCH_READINGS readings (1: temperature; 3: temperature,
 * humidity, battery). Both streams are queued for the bridge's persistent session and drained into
 * MariaDB in turn (contract, dialect, contract, dialect, ...), so both see the same machine load;
 * warm-up drains of each first. Prints every drain, the medians and dialect / contract. Not a spec.
 */
class VendorMqttBench {
    static final int SENSORS = 10
    static final List<List> FIELDS = [['env.temperature', 'temperature', '°C'], ['env.humidity', 'humidity', '%'],
                                      ['device.battery', 'battery', '%']]

    static void main(String[] args) {
        int n = (System.getenv('BENCH_MESSAGES') ?: '200000') as int
        int rounds = (System.getenv('BENCH_ROUNDS') ?: '3') as int
        int warmRounds = (System.getenv('BENCH_WARMUP_ROUNDS') ?: '3') as int
        int k = (System.getenv('BENCH_READINGS') ?: '1') as int
        assert k in [1, 3]: 'BENCH_READINGS is 1 or 3'
        n -= n % SENSORS
        Mosquitto broker = Mosquitto.asDocumented()
        Path dir = Files.createTempDirectory('mqtt-vendor-bench-')
        ApplicationContext ctx = MqttBench.context(broker, 'dcim-vendor-bench')
        try {
            ctx.getBean(SiteRepository).save(new Site('bench', 'Bench', 'Bench', 'Bench'))
            def devices = ctx.getBean(MonitoredDeviceRepository)
            (1..SENSORS).each { devices.save(MonitoredDevice.mqtt("sensor-${it}".toString(), 'bench', null, "sensor ${it}".toString())) }
            def pipeline = ctx.getBean(IngestPipeline)
            def engine = ctx.getBean(DialectEngine)
            def subscriber = { ->
                PahoSubscriber.of(ctx.getBean(BrokerSettings), ctx.getBean(BridgeSettings), pipeline,
                        { -> engine.topicFilters() } as Supplier<List<String>>, java.time.Clock.systemUTC())
            }
            println "machine: ${Runtime.runtime.availableProcessors()} cores, ${System.getProperty('java.vm.name')} ${System.getProperty('java.version')}, load average ${new File('/proc/loadavg').text.trim()}"
            println "streams: ${n} messages each, ${k} reading(s) a message, ${SENSORS} sensors; today's contract vs zigbee2mqtt"

            // the bridge's session, and the Zigbee sensors heard once and bound through the inbox
            def b = subscriber()
            b.start()
            MqttBench.waitUntil(30) { b.isSubscribed() }
            def sources = ctx.getBean(DiscoveredSources)
            (1..SENSORS).each { broker.publish("zigbee2mqtt/bench-z-${it}".toString(), '{"temperature": 20}') }
            MqttBench.waitUntil(60) { sources.count(DiscoveredSource.State.unbound) >= SENSORS }
            sources.find(DiscoveredSource.State.unbound, 100, 0).each { s ->
                String id = s.sourceId().replace('bench-', '')
                sources.bind(s.id(), id, 'bench', "Zigbee ${id}".toString())
            }
            Thread.sleep(500)
            b.close()

            int drains = 0
            def drain = { String kind, int size ->
                def files = streamFiles(dir, kind, size, k, drains++)
                MqttBench.publishStream(broker, files)
                def s0 = pipeline.stats()
                def cpu0 = CpuUse.now()
                long t0 = System.nanoTime()
                def sub = subscriber()
                sub.start()
                MqttBench.waitUntil(600) { pipeline.stats().committed() - s0.committed() >= size }
                double rate = size / ((System.nanoTime() - t0) / 1e9)
                def cpu = CpuUse.now().minus(cpu0)
                def s1 = pipeline.stats()
                // the last batch's acknowledgements leave before the session closes: a message left
                // unacknowledged would come again with the next drain and be counted there
                Thread.sleep(1000)
                sub.close()
                long readings = s1.readings() - s0.readings()
                long dead = s1.deadLetters() - s0.deadLetters()
                long again = s1.committed() - s0.committed() - size
                assert readings >= (long) size * k && dead == 0: "${kind}: ${readings} readings and ${dead} dead letters of ${size} messages"
                [rate: rate, cpu: cpu.describe(size), decodeMs: s1.decodeMs() - s0.decodeMs(), storeMs: s1.storeMs() - s0.storeMs(), again: again]
            }
            int warm = Math.max(SENSORS, (n.intdiv(2) - n.intdiv(2) % SENSORS))
            warmRounds.times {
                drain('contract', warm)
                drain('dialect', warm)
            }
            Map<String, List<Double>> rates = [contract: [], dialect: []]
            rounds.times { r ->
                ['contract', 'dialect'].each { kind ->
                    def m = drain(kind, n)
                    rates[kind] << (m.rate as double)
                    println String.format(Locale.ROOT, 'round %d %-8s %,8.0f msg/s persisted (%,.0f readings/s); decode %d ms, store %d ms; %d delivered again; CPU %s',
                            r + 1, kind, m.rate, m.rate * k, m.decodeMs, m.storeMs, m.again, m.cpu)
                }
            }
            def median = { List<Double> xs -> xs.sort()[xs.size().intdiv(2)] }
            double c = median(rates.contract)
            double d = median(rates.dialect)
            println String.format(Locale.ROOT, "today's contract: %,.0f msg/s (median of %d); zigbee2mqtt: %,.0f msg/s (median of %d); dialect / contract %.2f",
                    c, rounds, d, rounds, d / c)
        } finally {
            ctx.close()
            broker.close()
            dir.toFile().deleteDir()
        }
        System.exit(0)
    }

    /**
     * The stream of one drain as one file of lines a sensor: the contract's metric message or the
     * Zigbee2MQTT state message with the same values and times (each drain an hour later, so no point
     * repeats an earlier drain's and is ignored as a replay).
     */
    static List<List> streamFiles(Path dir, String kind, int n, int k, int drainNo) {
        Instant t0 = Instant.parse('2026-11-22T00:00:00Z').plusSeconds(3600L * drainNo)
        int perSensor = n.intdiv(SENSORS)
        (1..SENSORS).collect { s ->
            def file = dir.resolve("${kind}-${drainNo}-${s}.lines")
            file.toFile().withWriter('UTF-8') { w ->
                for (int i = 0; i < perSensor; i++) {
                    Instant ts = t0.plusMillis(i)
                    List<Number> values = [20 + i % 10, 40 + i % 20, 90 + i % 10].take(k)
                    if (kind == 'contract') {
                        w.write('{"ts":"' + ts + '","metrics":[' + (0..<k).collect { j ->
                            '{"metric":"' + FIELDS[j][0] + '","instance":"0","value":' + values[j] + ',"unit":"' + FIELDS[j][2] + '"}'
                        }.join(',') + ']}')
                    } else {
                        w.write('{' + (0..<k).collect { j -> '"' + FIELDS[j][1] + '":' + values[j] }.join(',')
                                + ',"linkquality":120,"last_seen":"' + ts + '"}')
                    }
                    w.write('\n')
                }
            }
            [kind == 'contract' ? "dcim/bench/sensor/sensor-${s}/metric".toString() : "zigbee2mqtt/bench-z-${s}".toString(), file]
        }
    }
}
