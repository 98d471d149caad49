package vn.dcim.core.testing

import org.spockframework.runtime.extension.IGlobalExtension
import org.spockframework.runtime.extension.IMethodInvocation
import org.spockframework.runtime.model.SpecInfo

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardOpenOption

/**
 * What each spec class costs the machine: its wall time and the CPU of its test JVM and of every process it started
 * (the product's JVMs, Chromium, an embedded MariaDB), one line a spec in {@code target/spec-cpu.tsv}: class, fork,
 * wall ms, CPU ms of the whole tree, CPU ms of the processes it started (the tree without the test JVM itself). The suite is
 * bound by CPU on the CI machine, and a spec's wall time there says more about what ran beside it than about itself.
 * The shared MariaDB and Mosquitto are not the spec's children and are not counted. On a system without /proc the CPU
 * columns are empty.
 */
class SpecCpu implements IGlobalExtension {

    private static final Path LOG = Paths.get(System.getProperty('user.dir'), 'target', 'spec-cpu.tsv')
    private static final Path PROC = Paths.get('/proc')
    /** clock ticks a second of /proc's CPU times: 100 on every Linux the suite runs on */
    private static final double TICK_MS = 10d

    @Override
    void visitSpec(SpecInfo spec) {
        spec.addInterceptor { IMethodInvocation invocation ->
            long started = System.nanoTime()
            long[] before = treeTicks()
            try {
                invocation.proceed()
            } finally {
                long[] after = treeTicks()
                boolean measured = before != null && after != null
                record(spec.reflection.name, (System.nanoTime() - started).intdiv(1_000_000) as long,
                        measured ? Math.round((after[0] - before[0]) * TICK_MS) : null,
                        measured ? Math.round((after[1] - before[1]) * TICK_MS) : null)
            }
        }
    }

    private static synchronized void record(String spec, long wallMs, Long cpuMs, Long startedCpuMs) {
        try {
            Files.createDirectories(LOG.parent)
            String line = "${spec}\t${(System.getProperty('dcim.test.fork') ?: '1')}\t${wallMs}\t${cpuMs == null ? '' : cpuMs}\t${startedCpuMs == null ? '' : startedCpuMs}\n"
            Files.write(LOG, line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE, StandardOpenOption.APPEND)
        } catch (IOException ignored) {
            // a measurement, never a spec's failure
        }
    }

    /**
     * CPU ticks of this JVM, its reaped children and every live descendant, and of those without the JVM's own threads;
     * null without /proc
     */
    static long[] treeTicks() {
        if (!Files.isDirectory(PROC)) {
            return null
        }
        long self = ProcessHandle.current().pid()
        Map<Long, Long> parentOf = [:]
        Map<Long, Long> ticksOf = [:]
        Map<Long, Long> ownTicks = [:]
        PROC.toFile().listFiles().each { File dir ->
            if (dir.name ==~ /\d+/) {
                try {
                    String stat = new File(dir, 'stat').text
                    // the command name may hold spaces and parentheses: the fields start after its last ')'
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(' ')
                    long pid = dir.name as long
                    parentOf[pid] = fields[1] as long
                    // utime and stime, then cutime and cstime: the children that ended and were waited for
                    ownTicks[pid] = (fields[11] as long) + (fields[12] as long)
                    ticksOf[pid] = ownTicks[pid] + (fields[13] as long) + (fields[14] as long)
                } catch (IOException | RuntimeException ignored) {
                    // a process that ended while listed
                }
            }
        }
        long tree = ticksOf.findAll { pid, ticks -> descends(pid, self, parentOf) }.values().sum(0L) as long
        [tree, tree - (ownTicks[self] ?: 0L)] as long[]
    }

    private static boolean descends(long pid, long ancestor, Map<Long, Long> parentOf) {
        Long at = pid
        for (int depth = 0; at != null && depth < 64; depth++) {
            if (at == ancestor) {
                return true
            }
            at = parentOf[at]
        }
        false
    }
}
