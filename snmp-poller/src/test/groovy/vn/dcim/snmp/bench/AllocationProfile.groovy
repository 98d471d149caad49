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
 * weighted by the bytes allocated since the thread's previous sample) over the measured window only, grouped by
 * the product's method that allocated (the first frame in vn.dcim, else the allocating frame) and the class
 * allocated. The weights add up to about the bytes the JVM counted (ThreadMXBean), so a site's share per value
 * is comparable between runs; at a few hundred samples a second, a site below ~1 % is noise.
 */
@CompileStatic
class AllocationProfile {
    private final Recording recording = new Recording()

    AllocationProfile() {
        recording.enable('jdk.ObjectAllocationSample').with('throttle', '300/s').withStackTrace()
        recording.start()
    }

    /** Stops the recording; the `top` sites in bytes per unit of work, largest first, with their share of the samples. */
    List<String> report(long units, String unit, int top) {
        recording.stop()
        Path file = Files.createTempFile('bench-allocation', '.jfr')
        try {
            recording.dump(file)
            recording.close()
            Map<String, Long> bySite = new HashMap<>()
            long total = 0
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                long weight = e.getLong('weight')
                total += weight
                bySite.merge(site(e), weight, Long::sum)
            }
            List<Map.Entry<String, Long>> sorted = new ArrayList<>(bySite.entrySet())
            sorted.sort { Map.Entry<String, Long> a, Map.Entry<String, Long> b -> Long.compare(b.value, a.value) }
            List<String> lines = [String.format(Locale.ROOT, 'allocation by site (JFR samples over the measured run): %.0f B per %s in all', total / (double) Math.max(1L, units), unit)]
            for (Map.Entry<String, Long> s : sorted.take(top)) {
                lines << String.format(Locale.ROOT, '  %5.0f B per %s %5.1f %%  %s', s.value / (double) Math.max(1L, units), unit, 100d * s.value / Math.max(1L, total), s.key)
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
