package vn.dcim.mqtt.ingest

import vn.dcim.core.device.MonitoredDevice
import vn.dcim.core.device.MonitoredDeviceRepository
import vn.dcim.mqtt.topic.TopicContract

import java.lang.management.ManagementFactory
import java.time.Instant

/**
 * bench/mqtt decode: CPU time a message spends in the bridge's decoder (topic, JSON, schema, device,
 * mapping) on one thread, without broker or database, so a change to that path can be measured on
 * its own. Prints µs of thread CPU a message, per round. Not a spec: run by bench/mqtt/decode.
 */
class DecodeBench {
    static void main(String[] args) {
        int n = (System.getenv('BENCH_MESSAGES') ?: '200000') as int
        int rounds = (System.getenv('BENCH_ROUNDS') ?: '8') as int
        def registry = [findByProtocolAndEnabled: { p, e ->
            (1..10).collectMany { [MonitoredDevice.mqtt("door-${it}", 'bench', null, 'd'), MonitoredDevice.mqtt("sensor-${it}", 'bench', null, 's')] }
        }] as MonitoredDeviceRepository
        def decoder = new MessageDecoder(new TopicContract(), new KnownDevices(BenchRegistry.devices(registry), null, new BridgeSettings()), new BridgeSettings(), vn.dcim.mqtt.dialect.DialectEngine.shipped(), null)
        Instant t0 = Instant.parse('2026-11-22T00:00:00Z')
        List<Inbound> stream = (0..<n).collect { i ->
            int d = 1 + i % 10
            i % 2 == 0
                    ? new Inbound("dcim/bench/door/door-${d}/access".toString(),
                    MqttBench.accessEvent("m-${i}", t0.plusMillis(i), i).getBytes('UTF-8'),
                    t0, {})
                    : new Inbound("dcim/bench/sensor/sensor-${d}/metric".toString(),
                    MqttBench.sensorMetric("s-${i % MqttBench.SERIES}", t0.plusMillis(i), i).getBytes('UTF-8'),
                    t0, {})
        }
        def cpu = ManagementFactory.threadMXBean
        println "machine: ${Runtime.runtime.availableProcessors()} cores, ${System.getProperty('java.vm.name')} ${System.getProperty('java.version')}"
        rounds.times { r ->
            long c0 = cpu.currentThreadCpuTime
            int rejected = 0
            for (Inbound m : stream) {
                if (decoder.decode(m) instanceof Decoded.Rejected) {
                    rejected++
                }
            }
            double us = (cpu.currentThreadCpuTime - c0) / 1000.0 / n
            println String.format(Locale.ROOT, 'round %d: %.2f µs CPU a message (%d rejected)', r + 1, us, rejected)
        }
    }
}
