package vn.dcim.mqtt.ingest

import java.lang.management.ManagementFactory

/** CPU time of this JVM's threads and of the local MariaDB and Mosquitto servers, for the bench's breakdown. */
class CpuUse {
    final Map<String, Long> threadNanos
    final long jvmNanos
    final Map<String, Long> serverNanos
    /** context switches of this JVM's threads: each hand-over of a message between threads can cost one */
    final long switches

    CpuUse(Map<String, Long> threadNanos, long jvmNanos, Map<String, Long> serverNanos, long switches) {
        this.threadNanos = threadNanos
        this.jvmNanos = jvmNanos
        this.serverNanos = serverNanos
        this.switches = switches
    }

    static CpuUse now() {
        // from /proc rather than ThreadMXBean: the collector's and the compilers' threads count too
        Map<String, Long> threads = [:]
        new File('/proc/self/task').eachDir { t ->
            try {
                def stat = new File(t, 'stat').text
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                def f = stat.substring(stat.lastIndexOf(')') + 2).split(' ')
                long nanos = ((f[11] as long) + (f[12] as long)) * 10_000_000L
                // pool threads share a name prefix; group them
                threads.merge(name.replaceAll(/[-_ #]?\d+$/, ''), nanos, Long::sum)
            } catch (IOException ignored) {
                // the thread ended meanwhile
            }
        }
        def os = ManagementFactory.operatingSystemMXBean as com.sun.management.OperatingSystemMXBean
        new CpuUse(threads, os.processCpuTime, ['mariadbd': serverTicks('mariadbd'), 'mosquitto': serverTicks('mosquitto')],
                contextSwitches())
    }

    /** voluntary and involuntary context switches of every thread of this JVM, from /proc */
    static long contextSwitches() {
        long n = 0
        new File('/proc/self/task').eachDir { t ->
            try {
                new File(t, 'status').eachLine { line ->
                    if (line.contains('ctxt_switches:')) {
                        n += line.split(':')[1].trim() as long
                    }
                }
            } catch (IOException ignored) {
                // the thread ended meanwhile
            }
        }
        n
    }

    /** utime + stime of every process of that name, in nanoseconds (clock ticks of 10 ms). */
    static long serverTicks(String name) {
        long ticks = 0
        new File('/proc').eachDir { d ->
            if (d.name ==~ /\d+/) {
                try {
                    if (new File(d, 'comm').text.trim() == name) {
                        def f = new File(d, 'stat').text.replaceFirst(/^.*\) /, '').split(' ')
                        ticks += (f[11] as long) + (f[12] as long)
                    }
                } catch (IOException ignored) {
                    // the process ended meanwhile
                }
            }
        }
        ticks * 10_000_000L
    }

    CpuUse minus(CpuUse before) {
        Map<String, Long> threads = threadNanos.collectEntries { k, v -> [k, v - (before.threadNanos[k] ?: 0L)] } as Map<String, Long>
        new CpuUse(threads, jvmNanos - before.jvmNanos,
                serverNanos.collectEntries { k, v -> [k, v - before.serverNanos[k]] } as Map<String, Long>,
                switches - before.switches)
    }

    String describe(int messages) {
        def perMsg = { long nanos -> String.format(Locale.ROOT, '%.1f µs/msg', nanos / 1000.0 / messages) }
        def top = threadNanos.findAll { it.value > 50_000_000L }.sort { -it.value }.collect { k, v ->
            String.format(Locale.ROOT, '%s %.1f s', k, v / 1e9)
        }
        String.format(Locale.ROOT, 'bridge JVM %.1f s (%s, %.1f context switches/msg; threads: %s), MariaDB %.1f s (%s), Mosquitto %.1f s',
                jvmNanos / 1e9, perMsg(jvmNanos), switches / (double) messages, top.join(', '), serverNanos.mariadbd / 1e9,
                perMsg(serverNanos.mariadbd), serverNanos.mosquitto / 1e9)
    }
}
