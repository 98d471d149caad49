package vn.dcim.mqtt.ingest

import com.fasterxml.jackson.databind.ObjectMapper
import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.mqtt.dialect.DialectEngine
import vn.dcim.mqtt.dialect.DialectLoader
import vn.dcim.mqtt.dialect.DialectResult
import vn.dcim.mqtt.topic.TopicContract

import java.lang.management.ManagementFactory
import java.time.Instant

/**
 * bench/mqtt/dialects: CPU a message spends being understood, on one thread, without
 * broker or database: today's contract through the bridge's decoder (as bench/mqtt/decode) against the
 * shipped vendor dialects over their own vectors (every message a dialect takes, repeated), overall and
 * per dialect. Prints µs of thread CPU a message and messages a second per core. Not a spec.
 */
class DialectBench {
    static void main(String[] args) {
        int n = (System.getenv('BENCH_MESSAGES') ?: '100000') as int
        int rounds = (System.getenv('BENCH_ROUNDS') ?: '5') as int
        def cpu = ManagementFactory.threadMXBean
        println "machine: ${Runtime.runtime.availableProcessors()} cores, ${System.getProperty('java.vm.name')} ${System.getProperty('java.version')}"

        def registry = [findByProtocolAndEnabled: { p, e ->
            (1..10).collectMany { [MonitoredDevice.mqtt("door-${it}", 'bench', null, 'd'), MonitoredDevice.mqtt("sensor-${it}", 'bench', null, 's')] }
        }] as MonitoredDeviceRepository
        def decoder = new MessageDecoder(new TopicContract(), new KnownDevices(BenchRegistry.devices(registry), null, new BridgeSettings()), new BridgeSettings(), DialectEngine.shipped(), null)
        Instant t0 = Instant.parse('2026-11-22T00:00:00Z')
        List<Inbound> contract = (0..<n).collect { i ->
            int d = 1 + i % 10
            i % 2 == 0
                    ? new Inbound("dcim/bench/door/door-${d}/access".toString(), MqttBench.accessEvent("m-${i}", t0.plusMillis(i), i).getBytes('UTF-8'), t0, {})
                    : new Inbound("dcim/bench/sensor/sensor-${d}/metric".toString(), MqttBench.sensorMetric("s-${i % MqttBench.SERIES}", t0.plusMillis(i), i).getBytes('UTF-8'), t0, {})
        }

        // the vectors' messages, in file order once (so discovery configs teach their topics), then repeated
        def json = new ObjectMapper()
        Map<String, List<List>> perDialect = [:]
        def engine = DialectEngine.shipped()
        DialectLoader.shipped().each { d ->
            def text = DialectBench.classLoader.getResource("dialects/vectors/${d.name()}.jsonl").text
            text.readLines().findAll { it.trim() && !it.trim().startsWith('#') }.each { line ->
                def v = json.readTree(line)
                if (!v.has('topic')) return
                byte[] payload = v.has('payloadBase64') ? Base64.decoder.decode(v.get('payloadBase64').asText())
                        : (v.get('payload').isTextual() ? v.get('payload').asText() : v.get('payload').toString()).getBytes('UTF-8')
                if (engine.evaluate(v.get('topic').asText(), payload, t0) instanceof DialectResult.Taken) {
                    perDialect.computeIfAbsent(d.name(), { [] }) << [v.get('topic').asText(), payload]
                }
            }
        }
        List<List> all = perDialect.values().collectMany { it }

        rounds.times { r ->
            long c0 = cpu.currentThreadCpuTime
            for (Inbound m : contract) {
                decoder.decode(m)
            }
            double contractUs = (cpu.currentThreadCpuTime - c0) / 1000.0 / n
            double vendorUs = run(engine, all, n, t0)
            println String.format(Locale.ROOT, 'round %d: contract %.2f µs (%,.0f msg/s/core); dialects %.2f µs (%,.0f msg/s/core) = %.0f %% of the contract\'s rate',
                    r + 1, contractUs, 1e6 / contractUs, vendorUs, 1e6 / vendorUs, 100 * contractUs / vendorUs)
        }
        perDialect.each { name, msgs ->
            double us = run(engine, msgs, Math.max(n / 5 as int, 1000), t0)
            println String.format(Locale.ROOT, '  %-15s %.2f µs a message (%,.0f msg/s/core) over %d vector messages', name, us, 1e6 / us, msgs.size())
        }
    }

    static double run(DialectEngine engine, List<List> msgs, int n, Instant t0) {
        def cpu = ManagementFactory.threadMXBean
        long c0 = cpu.currentThreadCpuTime
        for (int i = 0; i < n; i++) {
            def m = msgs[i % msgs.size()]
            engine.evaluate((String) m[0], (byte[]) m[1], t0)
        }
        (cpu.currentThreadCpuTime - c0) / 1000.0 / n
    }
}
