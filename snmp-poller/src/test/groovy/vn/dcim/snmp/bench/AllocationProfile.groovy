package vn.dcim.snmp.bench

import groovy.transform.CompileStatic
import jdk.jfr.Recording
import jdk.jfr.consumer.RecordedEvent
import jdk.jfr.consumer.RecordedFrame
import jdk.jfr.consumer.RecordingFile

import java.nio.file.Files
import java.nio.file.Path

/**
 * Where a bench's allocation goes, per unit of work: JFR's allocation samples (jdk.ObjectAllocationSample, each
 * weighted by the bytes its thread allocated since its previous sample) over the round it is started for (a round
 * after the measured ones: recording costs CPU of its own), grouped by the product's method that allocated (the
 * first frame in vn.dcim, else the allocating frame) and the class allocated. A thread's first sample of the run is
 * left out: its weight holds what the thread allocated before (the warm-up), which had put half of all bytes on one
 * SNMP4J callback. Each site's share of the samples is shown in bytes per unit of the bytes the JVM counted
 * (ThreadMXBean); at a few hundred samples a second a site below ~1 % is noise.
 */
@CompileStatic
class AllocationProfile {
    private final Recording recording = new Recording()

    AllocationProfile() {
        recording.enable('jdk.ObjectAllocationSample').with('throttle', '300/s').withStackTrace()
        recording.start()
    }

    /**
     * Stops the recording; the `top` sites in bytes per unit of work, largest first: their share of the samples of
     * the `allocated` bytes counted over the run.
     */
    List<String> report(long units, String unit, long allocated, int top) {
        recording.stop()
        Path file = Files.createTempFile('bench-allocation', '.jfr')
        try {
            recording.dump(file)
            recording.close()
            Map<String, Long> bySite = new HashMap<>()
            Set<Long> seen = new HashSet<>()
            long total = 0
            long samples = 0
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                if (seen.add(e.thread?.javaThreadId ?: -1L)) {
                    continue
                }
                samples++
                long weight = e.getLong('weight')
                total += weight
                bySite.merge(site(e), weight, Long::sum)
            }
            List<Map.Entry<String, Long>> sorted = new ArrayList<>(bySite.entrySet())
            sorted.sort { Map.Entry<String, Long> a, Map.Entry<String, Long> b -> Long.compare(b.value, a.value) }
            double perUnit = allocated / (double) Math.max(1L, units)
            List<String> lines = [String.format(Locale.ROOT, 'allocation by site (%d JFR samples over a round of its own after the measured ones, shares of the %.0f B per %s counted):',
                    samples, perUnit, unit)]
            for (Map.Entry<String, Long> s : sorted.take(top)) {
                double share = s.value / (double) Math.max(1L, total)
                lines << String.format(Locale.ROOT, '  %5.0f B per %s %5.1f %%  %s', share * perUnit, unit, 100 * share, s.key)
            }
            lines
        } finally {
            Files.deleteIfExists(file)
        }
    }

    private static String site(RecordedEvent e) {
        String allocated = e.getClass('objectClass').name.replaceFirst(/^.*\./, '')
        List<RecordedFrame> frames = e.stackTrace?.frames ?: []
        RecordedFrame ours = frames.find { RecordedFrame f -> f.method.type.name.startsWith('vn.dcim.') }
        RecordedFrame where = ours ?: (frames ? frames[0] : null)
        if (where == null) {
            return allocated
        }
        String type = where.method.type.name.replaceFirst(/^.*\./, '')
        String via = ours != null && frames[0] != ours ? ' in ' + frames[0].method.type.name.replaceFirst(/^.*\./, '') + '.' + frames[0].method.name : ''
        "${type}.${where.method.name} ${allocated}${via}"
    }
}
