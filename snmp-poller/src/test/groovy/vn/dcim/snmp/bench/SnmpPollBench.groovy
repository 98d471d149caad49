package vn.dcim.snmp.bench

import com.sun.management.OperatingSystemMXBean
import vn.dcim.snmp.poll.AgentAddress
import vn.dcim.snmp.poll.DevicePoller
import vn.dcim.snmp.poll.SnmpClient
import vn.dcim.snmp.profile.ProfileCatalog

import java.lang.management.ManagementFactory
import java.util.concurrent.CompletableFuture

/**
 * Polls N simulated agents (snmpsim communities dev0001..devN) for R rounds, all devices of a round
 * at once, and prints devices/s, values/s, p50/p99 poll latency, poller CPU and heap.
 * usage: SnmpPollBench PORT DEVICES ROUNDS
 */
class SnmpPollBench {
    static void main(String[] args) {
        int port = args[0] as int
        int devices = args[1] as int
        int rounds = args[2] as int
        def client = new SnmpClient()
        def poller = new DevicePoller(client, ProfileCatalog.load())
        def os = (OperatingSystemMXBean) ManagementFactory.operatingSystemMXBean
        List<Long> latencies = Collections.synchronizedList([])
        long values = 0, failures = 0
        long cpu0 = os.processCpuTime
        long t0 = System.nanoTime()
        rounds.times { round ->
            def polls = (1..devices).collect { i ->
                def agent = new AgentAddress('127.0.0.1', port, '2c', String.format('dev%04d', i), null, null, null, null, null, 10000, 1)
                long start = System.nanoTime()
                poller.poll(agent, null).whenComplete { r, e -> latencies << (System.nanoTime() - start) }
            }
            CompletableFuture.allOf(polls as CompletableFuture[]).handle { v, e -> null }.join()
            polls.each { f ->
                if (f.completedExceptionally) failures++ else values += f.join().values().size()
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9
        double cpu = (os.processCpuTime - cpu0) / 1e9
        def sorted = latencies.sort()
        def pct = { double p -> sorted[Math.min(sorted.size() - 1, (int) (p * sorted.size()))] / 1e6 }
        def rt = Runtime.runtime
        System.gc()
        printf('devices=%d rounds=%d polls=%d failed=%d%n', devices, rounds, devices * rounds, failures)
        printf('wall %.1f s: %.0f devices/s, %.0f values/s%n', secs, devices * rounds / secs, values / secs)
        printf('poll latency p50 %.0f ms, p99 %.0f ms%n', pct(0.50), pct(0.99))
        printf('poller CPU %.1f s: %.0f values per CPU-second%n', cpu, values / cpu)
        printf('heap used after GC %.0f MiB (max %.0f MiB)%n', (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0)
        client.close()
    }
}
