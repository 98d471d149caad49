package vn.dcim.snmp.bench

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Semaphore
import java.util.concurrent.atomic.AtomicLong

/**
 * The same agent farm scraped through prometheus-snmp-exporter (module `bench` of
 * bench/snmp/exporter-snmp.yml, the same 25 values as the bench-host profile): every target once per
 * round, at most BENCH_CONCURRENCY scrapes in flight, one warm-up round, BENCH_ROUNDS measured.
 * Counts the exporter's own CPU time from /proc/PID/stat (this JVM's HTTP work is not counted).
 * usage: ExporterBench EXPORTER_PORT EXPORTER_PID FIRST_PORT DEVICES
 */
class ExporterBench {
    static final long CLOCK_TICKS = 100 // USER_HZ on Linux (getconf CLK_TCK)

    static void main(String[] args) {
        int exporterPort = args[0] as int
        long pid = args[1] as long
        int firstPort = args[2] as int
        int devices = args[3] as int
        int concurrency = (System.getenv('BENCH_CONCURRENCY') ?: '500') as int
        int rounds = (System.getenv('BENCH_ROUNDS') ?: '3') as int
        def http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        println "exporter devices=$devices concurrency=$concurrency rounds=$rounds"

        scrape(http, exporterPort, firstPort, devices, concurrency, 1, new AtomicLong(), new AtomicLong())
        AtomicLong samples = new AtomicLong()
        AtomicLong failed = new AtomicLong()
        double cpu0 = cpuSeconds(pid)
        long t0 = System.nanoTime()
        scrape(http, exporterPort, firstPort, devices, concurrency, rounds, samples, failed)
        double secs = (System.nanoTime() - t0) / 1e9
        double cpu = cpuSeconds(pid) - cpu0
        long scrapes = (long) devices * rounds
        printf('scrapes %d (%d failed), wall %.1f s%n', scrapes, failed.get(), secs)
        printf('exporter: devices/s %.0f   OIDs/s %.0f   (%.1f values per scrape)%n', scrapes / secs, samples.get() / secs, samples.get() / (double) scrapes)
        printf('exporter CPU %.1f s (%.0f%% of one core): %.0f OIDs per CPU-second%n', cpu, 100 * cpu / secs, samples.get() / cpu)
        printf('exporter CPU %.1f µs per OID%n', cpu * 1e6 / Math.max(1, samples.get()))
        System.exit(0)
    }

    static void scrape(HttpClient http, int exporterPort, int firstPort, int devices, int concurrency, int rounds,
                       AtomicLong samples, AtomicLong failed) {
        def slots = new Semaphore(concurrency)
        def done = new CountDownLatch(devices * rounds)
        rounds.times {
            for (int i = 0; i < devices; i++) {
                slots.acquire()
                def uri = URI.create("http://127.0.0.1:${exporterPort}/snmp?module=bench&target=127.0.0.1:${firstPort + i}")
                CompletableFuture<HttpResponse<String>> f = http.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                f.whenComplete { HttpResponse<String> r, Throwable e ->
                    if (e != null || r.statusCode() != 200) {
                        failed.incrementAndGet()
                    } else {
                        // every sample line except the exporter's own snmp_scrape_* figures is one value read
                        samples.addAndGet(r.body().readLines().count { !it.startsWith('#') && !it.startsWith('snmp_') && !it.isBlank() })
                    }
                    slots.release()
                    done.countDown()
                }
            }
        }
        done.await()
    }

    static double cpuSeconds(long pid) {
        String stat = Files.readString(Path.of("/proc/$pid/stat"))
        // fields after the command name in parentheses: state is field 3, utime 14, stime 15
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(' ')
        (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLOCK_TICKS
    }
}
